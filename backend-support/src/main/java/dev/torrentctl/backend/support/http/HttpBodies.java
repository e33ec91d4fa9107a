package dev.torrentctl.backend.support.http;

import dev.torrentctl.api.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.HttpEntity;

/** Request and answer pieces every HTTP backend builds the same way. */
public final class HttpBodies {
    private HttpBodies() {}

    /**
     * @param entity an answer's body, or {@code null}
     * @return its text, decoded as UTF-8 unless the answer names another charset; empty without a body
     * @throws IOException if it cannot be read
     */
    public static String text(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        try {
            org.apache.hc.core5.http.ContentType type = org.apache.hc.core5.http.ContentType.parse(entity.getContentType());
            if (type != null && type.getCharset() != null) {
                charset = type.getCharset();
            }
        } catch (IllegalArgumentException e) {
            // an unknown charset: read as UTF-8, as clients send
        }
        // read through the transport's guards (size, rate) byte block by byte block
        try (java.io.InputStream in = entity.getContent()) {
            return in == null ? "" : new String(in.readAllBytes(), charset);
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
