package dev.torrentctl.api;

import java.util.Objects;

/**
 * The answer to a {@linkplain Api#rawCall raw call}: the status and the body as text.
 *
 * @param status the HTTP status code
 * @param body the body, decoded as UTF-8
 * @since 0.1
 */
public record RawResponse(int status, String body) {
    /** Checks for nulls. */
    public RawResponse {
        Objects.requireNonNull(body, "body");
    }

    /** @return whether the status is 2xx */
    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
