package dev.torrentctl.daemons.scripted;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request a {@link ScriptedHttpServer} received, as it arrived on the wire (the body is already
 * de-chunked; whether it was chunked shows in its headers).
 *
 * @param method the HTTP method
 * @param path the raw path
 * @param query the raw query, empty when there is none
 * @param headers the headers, names in lower case
 * @param body the body's bytes
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
        byte[] body) {

    /** Copies the mutable parts. */
    public RecordedRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /**
     * @param name a header name, in any case
     * @return its first value
     */
    public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the body decoded as UTF-8 */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
