package dev.torrentctl.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A category: a name, and the save path its torrents go to (when the client manages it).
 *
 * @param name the name; qBittorrent nests categories with {@code /}
 * @param savePath where its torrents are saved, or empty for the client's default
 * @since 0.1
 */
public record Category(String name, Optional<String> savePath) {
    /** @throws InvalidInputException if the name is blank */
    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(savePath, "savePath");
        if (name.isBlank()) {
            throw new InvalidInputException("category", "parameter 'name' is blank", null);
        }
    }

    /** @param name the name @return a category with the client's default save path */
    public static Category of(String name) {
        return new Category(name, Optional.empty());
    }

    /** @param name the name @param savePath its save path @return a category */
    public static Category of(String name, String savePath) {
        return new Category(name, Optional.of(savePath));
    }
}
