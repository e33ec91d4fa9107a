package dev.torrentctl.api;

import java.util.Objects;

/**
 * A client's API key (qBittorrent 5.2+: {@code Authorization: Bearer qbt_...}). The key is never
 * shown: {@link #toString()} redacts it.
 *
 * @since 0.1
 */
public final class ApiKey {
    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * @param value the key as the client shows it
     * @return the key
     * @throws InvalidInputException if it is empty or contains whitespace or control characters
     */
    public static ApiKey of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            throw new InvalidInputException("configure", "parameter 'apiKey': an API key is printable ASCII without"
                    + " spaces", null);
        }
        return new ApiKey(value);
    }

    /** @return the key itself, for the backend that sends it; never log it */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return {@code ApiKey[****]} */
    @Override
    public String toString() {
        return "ApiKey[****]";
    }
}
