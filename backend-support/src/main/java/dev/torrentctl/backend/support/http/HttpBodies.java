package dev.torrentctl.backend.support.http;

import dev.torrentctl.api.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Request and answer pieces every HTTP backend builds the same way. */
public final class HttpBodies {
    private HttpBodies() {}

    /**
     * @param entity an answer's body, or {@code null}
     * @return its text, decoded as UTF-8 unless the answer names another charset; empty without a body
     * @throws IOException if it cannot be read
     */
    public static String text(HttpEntity entity) throws IOException {
        try {
            return entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new IOException("unreadable response body", e);
        }
    }

    /**
     * @param credentials user name and password
     * @return the value of an {@code Authorization} header for HTTP Basic (UTF-8, as clients expect)
     */
    public static String basicAuthorization(Credentials credentials) {
        return "Basic " + Base64.getEncoder().encodeToString((credentials.username() + ":" + credentials.password())
                .getBytes(StandardCharsets.UTF_8));
    }
}
