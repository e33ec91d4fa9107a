package dev.torrentctl.api;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to add and how.
 *
 * <pre>{@code
 * AddTorrentRequest request = AddTorrentRequest.builder(TorrentSource.torrentFile(bytes))
 *         .savePath("/downloads/linux")
 *         .category("iso")
 *         .tags(Set.of("debian"))
 *         .stopped(true)
 *         .build();
 * }</pre>
 *
 * @param source where the torrent comes from
 * @param savePath the folder to save into (the client's default when empty)
 * @param stopped add it stopped (paused) instead of starting it
 * @param category the category (label) to file it under
 * @param tags tags to attach
 * @since 0.1
 */
public record AddTorrentRequest(TorrentSource source, Optional<String> savePath, boolean stopped,
        Optional<String> category, Set<String> tags) {

    /** Checks for nulls and copies the tags. */
    public AddTorrentRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(savePath, "savePath");
        Objects.requireNonNull(category, "category");
        tags = Set.copyOf(tags);
    }

    /** @param source where the torrent comes from @return a builder with no options set */
    public static Builder builder(TorrentSource source) {
        return new Builder(source);
    }

    /** @param source where the torrent comes from @return a request with no options */
    public static AddTorrentRequest of(TorrentSource source) {
        return builder(source).build();
    }

    /** Builds an {@link AddTorrentRequest}; not thread-safe. */
    public static final class Builder {
        private final TorrentSource source;
        private Optional<String> savePath = Optional.empty();
        private boolean stopped;
        private Optional<String> category = Optional.empty();
        private final Set<String> tags = new LinkedHashSet<>();

        private Builder(TorrentSource source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** @param path the folder to save into @return this builder */
        public Builder savePath(String path) {
            this.savePath = Optional.of(nonBlank(path, "savePath"));
            return this;
        }

        /** @param value add it stopped @return this builder */
        public Builder stopped(boolean value) {
            this.stopped = value;
            return this;
        }

        /** @param name the category @return this builder */
        public Builder category(String name) {
            this.category = Optional.of(nonBlank(name, "category"));
            return this;
        }

        /** @param names tags to attach (added to those already set) @return this builder */
        public Builder tags(Set<String> names) {
            for (String t : names) {
                String tag = nonBlank(t, "tags");
                if (tag.contains(",")) {
                    throw new InvalidInputException("add", "parameter 'tags': a tag cannot contain ',': '" + tag + "'", null);
                }
                tags.add(tag);
            }
            return this;
        }

        /** @return the request */
        public AddTorrentRequest build() {
            return new AddTorrentRequest(source, savePath, stopped, category, tags);
        }

        private static String nonBlank(String value, String parameter) {
            Objects.requireNonNull(value, parameter);
            if (value.isBlank()) {
                throw new InvalidInputException("add", "parameter '" + parameter + "' is blank", null);
            }
            return value;
        }
    }
}
