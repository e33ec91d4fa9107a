package dev.torrentctl.api;

import java.util.Objects;

/**
 * A user name and password. {@link #toString()} never shows the password.
 *
 * @param username the user name
 * @param password the password
 * @since 0.1
 */
public record Credentials(String username, String password) {
    /** Checks for nulls. */
    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** @return the user name and a redacted password */
    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=****]";
    }
}
