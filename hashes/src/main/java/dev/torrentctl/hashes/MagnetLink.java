package dev.torrentctl.hashes;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A magnet link (BEP 9; BEP 52 {@code btmh} for v2): the torrent's infohashes, an optional display
 * name and trackers. Parsing accepts {@code xt=urn:btih:} with 40 hex digits or 32 base32
 * characters, {@code xt=urn:btmh:1220} with 64 hex digits, or both (a hybrid).
 * {@link #toString()} gives the canonical link.
 *
 * @param infoHashes the torrent's hashes
 * @param displayName the {@code dn} parameter
 * @param trackers the {@code tr} parameters, in order
 * @since 0.1
 */
public record MagnetLink(InfoHashes infoHashes, Optional<String> displayName, List<String> trackers) {
    private static final String PREFIX = "magnet:?";

    /** Copies the trackers. */
    public MagnetLink {
        Objects.requireNonNull(infoHashes, "infoHashes");
        Objects.requireNonNull(displayName, "displayName");
        trackers = List.copyOf(trackers);
    }

    /** @param infoHashes the torrent's hashes @return a builder */
    public static Builder builder(InfoHashes infoHashes) {
        return new Builder(infoHashes);
    }

    /**
     * @param link a {@code magnet:?} URI
     * @return the parsed link
     * @throws MagnetFormatException naming the offending parameter
     */
    public static MagnetLink parse(String link) {
        Objects.requireNonNull(link, "link");
        if (!link.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new MagnetFormatException("", "does not start with 'magnet:?': '" + Abbreviate.of(link) + "'");
        }
        Optional<InfoHashV1> v1 = Optional.empty();
        Optional<InfoHashV2> v2 = Optional.empty();
        Optional<String> dn = Optional.empty();
        List<String> trackers = new ArrayList<>();
        for (String pair : link.substring(PREFIX.length()).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = decode(key, eq < 0 ? "" : pair.substring(eq + 1));
            String baseKey = key.replaceFirst("\\.\\d+$", "");
            switch (baseKey) {
                case "xt" -> {
                    if (value.regionMatches(true, 0, "urn:btih:", 0, 9)) {
                        if (v1.isPresent()) {
                            throw new MagnetFormatException(key, "more than one urn:btih");
                        }
                        v1 = Optional.of(parseHash(key, () -> InfoHashV1.parse(value.substring(9))));
                    } else if (value.regionMatches(true, 0, "urn:btmh:", 0, 9)) {
                        if (v2.isPresent()) {
                            throw new MagnetFormatException(key, "more than one urn:btmh");
                        }
                        String mh = value.substring(9);
                        if (!mh.startsWith("1220")) {
                            throw new MagnetFormatException(key, "urn:btmh must be a SHA-256 multihash (1220 + 64 hex)");
                        }
                        v2 = Optional.of(parseHash(key, () -> InfoHashV2.parse(mh)));
                    } else {
                        throw new MagnetFormatException(key, "expected urn:btih: or urn:btmh:, got '"
                                + Abbreviate.of(value) + "'");
                    }
                }
                case "dn" -> dn = Optional.of(value);
                case "tr" -> trackers.add(value);
                default -> { /* other parameters are not needed here yet */ }
            }
        }
        if (v1.isEmpty() && v2.isEmpty()) {
            throw new MagnetFormatException("xt", "missing: a magnet needs urn:btih or urn:btmh");
        }
        return new MagnetLink(new InfoHashes(v1, v2), dn, trackers);
    }

    private static <T> T parseHash(String key, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (TorrentFormatException e) {
            throw new MagnetFormatException(key, e.getMessage());
        }
    }

    private static String decode(String key, String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MagnetFormatException(key, "bad percent-encoding: " + e.getMessage());
        }
    }

    /** @return the canonical link: {@code btih} (hex), {@code btmh}, {@code dn}, then {@code tr} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(PREFIX);
        List<String> params = new ArrayList<>();
        infoHashes.v1().ifPresent(h -> params.add("xt=urn:btih:" + h.hex()));
        infoHashes.v2().ifPresent(h -> params.add("xt=urn:btmh:" + h.multihash()));
        displayName.ifPresent(n -> params.add("dn=" + encode(n)));
        trackers.forEach(t -> params.add("tr=" + encode(t)));
        sb.append(String.join("&", params));
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Builds a {@link MagnetLink}; not thread-safe. */
    public static final class Builder {
        private final InfoHashes infoHashes;
        private Optional<String> displayName = Optional.empty();
        private List<String> trackers = List.of();

        private Builder(InfoHashes infoHashes) {
            this.infoHashes = Objects.requireNonNull(infoHashes, "infoHashes");
        }

        /** @param name the display name @return this builder */
        public Builder displayName(String name) {
            this.displayName = Optional.of(name);
            return this;
        }

        /** @param urls tracker URLs @return this builder */
        public Builder trackers(List<String> urls) {
            this.trackers = List.copyOf(urls);
            return this;
        }

        /** @return the link */
        public MagnetLink build() {
            return new MagnetLink(infoHashes, displayName, trackers);
        }
    }
}
