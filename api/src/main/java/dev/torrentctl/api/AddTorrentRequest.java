package dev.torrentctl.api;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to add and how. Options left unset take the client's defaults.
 *
 * <pre>{@code
 * AddTorrentRequest request = AddTorrentRequest.builder(TorrentSource.torrentFile(bytes))
 *         .savePath("/downloads/linux")
 *         .category("iso")
 *         .tags(Set.of("debian"))
 *         .stopped(true)
 *         .speedLimits(SpeedLimits.of(DataRate.ofKibibytesPerSecond(512), DataRate.ofKibibytesPerSecond(64)))
 *         .build();
 * }</pre>
 *
 * <p>Each option needs a {@link Capability}; {@link #requiredCapabilities()} says which, and a
 * backend refuses a request it cannot honour completely with {@link UnsupportedCapabilityException}
 * rather than dropping an option.
 *
 * @param source where the torrent comes from
 * @param savePath the folder to save into (the client's default when empty)
 * @param stopped add it stopped (paused) instead of starting it
 * @param category the category (label) to file it under
 * @param tags tags to attach
 * @param skipHashCheck trust data already on disk without checking it
 * @param sequentialDownload download pieces in order
 * @param firstLastPiecePriority download the first and last piece of each file first
 * @param contentLayout how to lay out the files (the client's default when empty)
 * @param name the torrent's name in the client, instead of the one in its metadata
 * @param speedLimits the torrent's own rate limits ({@link SpeedLimits#UNLIMITED} sets none)
 * @param shareLimits the torrent's share limits (the client's default when empty)
 * @param automaticManagement turn the client's automatic torrent management on or off (its default when empty)
 * @param filePriorities priorities of files by index ({@link FilePriority#SKIP}: not downloaded); the
 *     others normal. Needs a .torrent file (a magnet's files are not known yet); since 0.2
 * @param bandwidthPriority the torrent's bandwidth priority (the client's default when empty); since 0.2
 * @since 0.1
 */
public record AddTorrentRequest(TorrentSource source, Optional<String> savePath, boolean stopped,
        Optional<String> category, Set<String> tags, boolean skipHashCheck, boolean sequentialDownload,
        boolean firstLastPiecePriority, Optional<ContentLayout> contentLayout, Optional<String> name,
        SpeedLimits speedLimits, Optional<ShareLimits> shareLimits, Optional<Boolean> automaticManagement,
        java.util.Map<Integer, FilePriority> filePriorities, Optional<BandwidthPriority> bandwidthPriority) {

    /** Checks for nulls and copies the tags and file priorities. */
    public AddTorrentRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(savePath, "savePath");
        Objects.requireNonNull(category, "category");
        tags = Set.copyOf(tags);
        Objects.requireNonNull(contentLayout, "contentLayout");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(speedLimits, "speedLimits");
        Objects.requireNonNull(shareLimits, "shareLimits");
        Objects.requireNonNull(automaticManagement, "automaticManagement");
        filePriorities = java.util.Map.copyOf(filePriorities);
        Objects.requireNonNull(bandwidthPriority, "bandwidthPriority");
    }

    /**
     * A request without file or bandwidth priorities (the constructor of 0.1).
     *
     * @param source where the torrent comes from
     * @param savePath the folder to save into
     * @param stopped add it stopped
     * @param category the category
     * @param tags tags to attach
     * @param skipHashCheck trust data on disk
     * @param sequentialDownload pieces in order
     * @param firstLastPiecePriority first and last pieces first
     * @param contentLayout the layout of the files
     * @param name the torrent's name
     * @param speedLimits rate limits
     * @param shareLimits share limits
     * @param automaticManagement automatic torrent management
     */
    public AddTorrentRequest(TorrentSource source, Optional<String> savePath, boolean stopped,
            Optional<String> category, Set<String> tags, boolean skipHashCheck, boolean sequentialDownload,
            boolean firstLastPiecePriority, Optional<ContentLayout> contentLayout, Optional<String> name,
            SpeedLimits speedLimits, Optional<ShareLimits> shareLimits, Optional<Boolean> automaticManagement) {
        this(source, savePath, stopped, category, tags, skipHashCheck, sequentialDownload, firstLastPiecePriority,
                contentLayout, name, speedLimits, shareLimits, automaticManagement, java.util.Map.of(),
                Optional.empty());
    }

    /** @param source where the torrent comes from @return a builder with no options set */
    public static Builder builder(TorrentSource source) {
        return new Builder(source);
    }

    /** @param source where the torrent comes from @return a request with no options */
    public static AddTorrentRequest of(TorrentSource source) {
        return builder(source).build();
    }

    /** @return a builder with this request's source and options */
    public Builder toBuilder() {
        Builder b = new Builder(source);
        b.savePath = savePath;
        b.stopped = stopped;
        b.category = category;
        b.tags.addAll(tags);
        b.skipHashCheck = skipHashCheck;
        b.sequentialDownload = sequentialDownload;
        b.firstLastPiecePriority = firstLastPiecePriority;
        b.contentLayout = contentLayout;
        b.name = name;
        b.speedLimits = speedLimits;
        b.shareLimits = shareLimits;
        b.automaticManagement = automaticManagement;
        b.filePriorities.putAll(filePriorities);
        b.bandwidthPriority = bandwidthPriority;
        return b;
    }

    /** @return the capabilities a backend needs to honour this request completely */
    public Set<Capability> requiredCapabilities() {
        Set<Capability> needed = EnumSet.of(source.capability());
        savePath.ifPresent(p -> needed.add(Capability.ADD_OPTION_SAVE_PATH));
        if (stopped) {
            needed.add(Capability.ADD_OPTION_STOPPED);
        }
        category.ifPresent(c -> needed.add(Capability.ADD_OPTION_CATEGORY));
        if (!tags.isEmpty()) {
            needed.add(Capability.ADD_OPTION_TAGS);
        }
        if (skipHashCheck) {
            needed.add(Capability.ADD_OPTION_SKIP_HASH_CHECK);
        }
        if (sequentialDownload) {
            needed.add(Capability.ADD_OPTION_SEQUENTIAL);
        }
        if (firstLastPiecePriority) {
            needed.add(Capability.ADD_OPTION_FIRST_LAST_PIECE);
        }
        contentLayout.ifPresent(l -> needed.add(Capability.ADD_OPTION_CONTENT_LAYOUT));
        name.ifPresent(n -> needed.add(Capability.ADD_OPTION_NAME));
        if (!speedLimits.equals(SpeedLimits.UNLIMITED)) {
            needed.add(Capability.ADD_OPTION_SPEED_LIMITS);
        }
        shareLimits.ifPresent(l -> {
            needed.add(Capability.ADD_OPTION_SHARE_LIMITS);
            if (l.inactiveSeedingTime().kind() != Limit.Kind.GLOBAL) {
                needed.add(Capability.INACTIVE_SEEDING_TIME_LIMIT);
            }
            if (l.seedingTime().kind() != Limit.Kind.GLOBAL) {
                needed.add(Capability.SEEDING_TIME_LIMIT);
            }
            l.action().ifPresent(a -> needed.add(Capability.SHARE_LIMIT_ACTION));
        });
        automaticManagement.ifPresent(a -> needed.add(Capability.ADD_OPTION_AUTOMATIC_MANAGEMENT));
        if (!filePriorities.isEmpty()) {
            needed.add(Capability.ADD_OPTION_FILE_PRIORITIES);
            if (filePriorities.containsValue(FilePriority.LOW)) {
                needed.add(Capability.FILE_PRIORITY_LOW);
            }
            if (filePriorities.containsValue(FilePriority.MAXIMUM)) {
                needed.add(Capability.FILE_PRIORITY_MAXIMUM);
            }
        }
        bandwidthPriority.ifPresent(p -> needed.add(Capability.ADD_OPTION_BANDWIDTH_PRIORITY));
        return needed;
    }

    /** Builds an {@link AddTorrentRequest}; not thread-safe. */
    public static final class Builder {
        private final TorrentSource source;
        private Optional<String> savePath = Optional.empty();
        private boolean stopped;
        private Optional<String> category = Optional.empty();
        private final Set<String> tags = new LinkedHashSet<>();
        private final java.util.Map<Integer, FilePriority> filePriorities = new java.util.TreeMap<>();
        private Optional<BandwidthPriority> bandwidthPriority = Optional.empty();
        private boolean skipHashCheck;
        private boolean sequentialDownload;
        private boolean firstLastPiecePriority;
        private Optional<ContentLayout> contentLayout = Optional.empty();
        private Optional<String> name = Optional.empty();
        private SpeedLimits speedLimits = SpeedLimits.UNLIMITED;
        private Optional<ShareLimits> shareLimits = Optional.empty();
        private Optional<Boolean> automaticManagement = Optional.empty();

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

        /** @param value trust existing data without a hash check @return this builder */
        public Builder skipHashCheck(boolean value) {
            this.skipHashCheck = value;
            return this;
        }

        /** @param value download pieces in order @return this builder */
        public Builder sequentialDownload(boolean value) {
            this.sequentialDownload = value;
            return this;
        }

        /** @param value download the first and last pieces first @return this builder */
        public Builder firstLastPiecePriority(boolean value) {
            this.firstLastPiecePriority = value;
            return this;
        }

        /** @param layout how to lay out the files @return this builder */
        public Builder contentLayout(ContentLayout layout) {
            this.contentLayout = Optional.of(Objects.requireNonNull(layout, "contentLayout"));
            return this;
        }

        /** @param value the torrent's name in the client @return this builder */
        public Builder name(String value) {
            this.name = Optional.of(nonBlank(value, "name"));
            return this;
        }

        /** @param limits the torrent's rate limits @return this builder */
        public Builder speedLimits(SpeedLimits limits) {
            this.speedLimits = Objects.requireNonNull(limits, "speedLimits");
            return this;
        }

        /** @param limits the torrent's share limits @return this builder */
        public Builder shareLimits(ShareLimits limits) {
            this.shareLimits = Optional.of(Objects.requireNonNull(limits, "shareLimits"));
            return this;
        }

        /** @param value automatic torrent management on or off @return this builder */
        public Builder automaticManagement(boolean value) {
            this.automaticManagement = Optional.of(value);
            return this;
        }

        /**
         * @param index a file's index in the torrent, from 0
         * @param priority its priority ({@link FilePriority#SKIP}: not downloaded)
         * @return this builder
         * @since 0.2
         */
        public Builder filePriority(int index, FilePriority priority) {
            if (index < 0) {
                throw new InvalidInputException("add", "parameter 'filePriorities': a file index cannot be negative, got "
                        + index, null);
            }
            filePriorities.put(index, Objects.requireNonNull(priority, "priority"));
            return this;
        }

        /**
         * @param priority the torrent's bandwidth priority
         * @return this builder
         * @since 0.2
         */
        public Builder bandwidthPriority(BandwidthPriority priority) {
            this.bandwidthPriority = Optional.of(Objects.requireNonNull(priority, "priority"));
            return this;
        }

        /** @return the request */
        public AddTorrentRequest build() {
            return new AddTorrentRequest(source, savePath, stopped, category, tags, skipHashCheck, sequentialDownload,
                    firstLastPiecePriority, contentLayout, name, speedLimits, shareLimits, automaticManagement,
                    filePriorities, bandwidthPriority);
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
