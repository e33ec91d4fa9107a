package dev.torrentctl.hashes;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A magnet link (BEP 9; BEP 52 {@code btmh} for v2; BEP 53 {@code so}). Parsing accepts
 * {@code xt=urn:btih:} with 40 hex digits or 32 base32 characters, {@code xt=urn:btmh:1220} with 64
 * hex digits, or both (a hybrid); {@code dn}, {@code xl}, {@code tr}, {@code ws}, {@code xs},
 * {@code as}, {@code kt}, {@code x.pe} and {@code so}; numbered forms such as {@code tr.1}; and keeps
 * every other parameter in order. Values are percent-decoded ({@code +} stays a plus sign). Errors
 * name the offending parameter. {@link #toString()} gives the canonical link, and
 * {@code parse(link.toString())} equals {@code link}.
 *
 * @param infoHashes the torrent's hashes ({@code xt})
 * @param displayName {@code dn}
 * @param exactLength {@code xl}, the total size in bytes
 * @param trackers {@code tr}, in order
 * @param webSeeds {@code ws} (BEP 19 web seeds), in order
 * @param exactSources {@code xs}, in order
 * @param acceptableSources {@code as}, in order
 * @param keywords {@code kt}, in order
 * @param peers {@code x.pe}, as {@code host:port}, in order
 * @param selectOnly {@code so}: the file indices to download, as inclusive ranges
 * @param otherParameters every parameter not listed above, in order
 * @since 0.1
 */
public record MagnetLink(InfoHashes infoHashes, Optional<String> displayName, OptionalLong exactLength,
        List<String> trackers, List<String> webSeeds, List<String> exactSources, List<String> acceptableSources,
        List<String> keywords, List<String> peers, List<IndexRange> selectOnly, List<Parameter> otherParameters) {
    private static final String PREFIX = "magnet:?";

    /** Copies the lists. */
    public MagnetLink {
        Objects.requireNonNull(infoHashes, "infoHashes");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(exactLength, "exactLength");
        trackers = List.copyOf(trackers);
        webSeeds = List.copyOf(webSeeds);
        exactSources = List.copyOf(exactSources);
        acceptableSources = List.copyOf(acceptableSources);
        keywords = List.copyOf(keywords);
        peers = List.copyOf(peers);
        selectOnly = List.copyOf(selectOnly);
        otherParameters = List.copyOf(otherParameters);
    }

    /**
     * An inclusive range of file indices, for BEP 53 {@code so}.
     *
     * @param first the first index
     * @param last the last index, at least {@code first}
     */
    public record IndexRange(int first, int last) {
        /** @throws IllegalArgumentException if the range is negative or reversed */
        public IndexRange {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("not a file index range: " + first + "-" + last);
            }
        }

        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }

    /**
     * A parameter this class does not interpret.
     *
     * @param name the name, as in the link
     * @param value the percent-decoded value
     */
    public record Parameter(String name, String value) {
        /** Checks for nulls. */
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param infoHashes the torrent's hashes @return a builder */
    public static Builder builder(InfoHashes infoHashes) {
        return new Builder(infoHashes);
    }

    /** @return a builder holding this link's values */
    public Builder toBuilder() {
        Builder b = new Builder(infoHashes);
        b.displayName = displayName;
        b.exactLength = exactLength;
        b.trackers.addAll(trackers);
        b.webSeeds.addAll(webSeeds);
        b.exactSources.addAll(exactSources);
        b.acceptableSources.addAll(acceptableSources);
        b.keywords.addAll(keywords);
        b.peers.addAll(peers);
        b.selectOnly.addAll(selectOnly);
        b.otherParameters.addAll(otherParameters);
        return b;
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
        Builder b = new Builder(null);
        for (String pair : link.substring(PREFIX.length()).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String value = decode(key, rawValue);
            switch (baseKey(key)) {
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
                case "dn" -> {
                    if (b.displayName.isPresent()) {
                        throw new MagnetFormatException(key, "appears more than once");
                    }
                    b.displayName = Optional.of(value);
                }
                case "xl" -> {
                    if (b.exactLength.isPresent()) {
                        throw new MagnetFormatException(key, "appears more than once");
                    }
                    b.exactLength = OptionalLong.of(exactLength(key, value));
                }
                case "tr" -> addNonEmpty(b.trackers, value);
                case "ws" -> addNonEmpty(b.webSeeds, value);
                case "xs" -> addNonEmpty(b.exactSources, value);
                case "as" -> addNonEmpty(b.acceptableSources, value);
                case "kt" -> {
                    for (String keyword : rawValue.split("\\+")) {
                        addNonEmpty(b.keywords, decode(key, keyword));
                    }
                }
                case "x.pe" -> b.peers.add(peer(key, value));
                case "so" -> {
                    if (!b.selectOnly.isEmpty()) {
                        throw new MagnetFormatException(key, "appears more than once");
                    }
                    b.selectOnly.addAll(selectOnly(key, value));
                }
                default -> b.otherParameters.add(new Parameter(key, value));
            }
        }
        if (v1.isEmpty() && v2.isEmpty()) {
            throw new MagnetFormatException("xt", "missing: a magnet needs urn:btih or urn:btmh");
        }
        return new MagnetLink(new InfoHashes(v1, v2), b.displayName, b.exactLength, b.trackers, b.webSeeds,
                b.exactSources, b.acceptableSources, b.keywords, b.peers, b.selectOnly, b.otherParameters);
    }

    /** {@code tr.1} → {@code tr}; {@code x.pe} stays. */
    private static String baseKey(String key) {
        int dot = key.lastIndexOf('.');
        if (dot > 0 && dot < key.length() - 1 && key.substring(dot + 1).chars().allMatch(Character::isDigit)) {
            return key.substring(0, dot);
        }
        return key;
    }

    private static void addNonEmpty(List<String> list, String value) {
        if (!value.isEmpty()) {
            list.add(value);
        }
    }

    private static long exactLength(String key, String value) {
        try {
            long l = Long.parseLong(value);
            if (l >= 0 && value.chars().allMatch(Character::isDigit)) {
                return l;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MagnetFormatException(key, "must be a non-negative byte count, got '" + Abbreviate.of(value) + "'");
    }

    private static String peer(String key, String value) {
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? "" : value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(value.substring(colon + 1));
            new DhtNode(host, port);
            return value;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new MagnetFormatException(key, "must be host:port, got '" + Abbreviate.of(value) + "'");
        }
    }

    private static List<IndexRange> selectOnly(String key, String value) {
        List<IndexRange> out = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            try {
                int dash = part.indexOf('-');
                int first = parseIndex(dash < 0 ? part : part.substring(0, dash));
                int last = dash < 0 ? first : parseIndex(part.substring(dash + 1));
                out.add(new IndexRange(first, last));
            } catch (IllegalArgumentException e) {
                throw new MagnetFormatException(key, "must be file indices and ranges such as 0,2,4-6, got '"
                        + Abbreviate.of(value) + "'");
            }
        }
        return out;
    }

    private static int parseIndex(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(s);
        }
        return Integer.parseInt(s);
    }

    private static <T> T parseHash(String key, Supplier<T> parse) {
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

    /**
     * @return the canonical link: {@code xt} ({@code btih} in hex, then {@code btmh}), {@code dn},
     *     {@code xl}, {@code tr}, {@code ws}, {@code xs}, {@code as}, {@code kt}, {@code x.pe},
     *     {@code so}, then the other parameters in their order
     */
    @Override
    public String toString() {
        List<String> params = new ArrayList<>();
        infoHashes.v1().ifPresent(h -> params.add("xt=urn:btih:" + h.hex()));
        infoHashes.v2().ifPresent(h -> params.add("xt=urn:btmh:" + h.multihash()));
        displayName.ifPresent(n -> params.add("dn=" + encode(n)));
        exactLength.ifPresent(l -> params.add("xl=" + l));
        trackers.forEach(t -> params.add("tr=" + encode(t)));
        webSeeds.forEach(t -> params.add("ws=" + encode(t)));
        exactSources.forEach(t -> params.add("xs=" + encode(t)));
        acceptableSources.forEach(t -> params.add("as=" + encode(t)));
        if (!keywords.isEmpty()) {
            params.add("kt=" + String.join("+", keywords.stream().map(MagnetLink::encode).toList()));
        }
        peers.forEach(p -> params.add("x.pe=" + encode(p)));
        if (!selectOnly.isEmpty()) {
            params.add("so=" + String.join(",", selectOnly.stream().map(IndexRange::toString).toList()));
        }
        otherParameters.forEach(p -> params.add(p.name() + "=" + encode(p.value())));
        return PREFIX + String.join("&", params);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":").replace("%2F", "/");
    }

    /** Builds a {@link MagnetLink}; not thread-safe. */
    public static final class Builder {
        private final InfoHashes infoHashes;
        private Optional<String> displayName = Optional.empty();
        private OptionalLong exactLength = OptionalLong.empty();
        private final List<String> trackers = new ArrayList<>();
        private final List<String> webSeeds = new ArrayList<>();
        private final List<String> exactSources = new ArrayList<>();
        private final List<String> acceptableSources = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<String> peers = new ArrayList<>();
        private final List<IndexRange> selectOnly = new ArrayList<>();
        private final List<Parameter> otherParameters = new ArrayList<>();

        private Builder(InfoHashes infoHashes) {
            this.infoHashes = infoHashes;
        }

        /** @param name the display name @return this builder */
        public Builder displayName(String name) {
            this.displayName = Optional.of(name);
            return this;
        }

        /** @param bytes the total size @return this builder */
        public Builder exactLength(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("exact length is negative: " + bytes);
            }
            this.exactLength = OptionalLong.of(bytes);
            return this;
        }

        /** @param urls tracker URLs, replacing any set before @return this builder */
        public Builder trackers(List<String> urls) {
            trackers.clear();
            trackers.addAll(urls);
            return this;
        }

        /** @param urls web seed URLs, replacing any set before @return this builder */
        public Builder webSeeds(List<String> urls) {
            webSeeds.clear();
            webSeeds.addAll(urls);
            return this;
        }

        /** @param addresses peers as {@code host:port}, replacing any set before @return this builder */
        public Builder peers(List<String> addresses) {
            peers.clear();
            addresses.forEach(a -> peers.add(peer("x.pe", a)));
            return this;
        }

        /** @param ranges file index ranges to download, replacing any set before @return this builder */
        public Builder selectOnly(List<IndexRange> ranges) {
            selectOnly.clear();
            selectOnly.addAll(ranges);
            return this;
        }

        /** @param words search keywords, replacing any set before @return this builder */
        public Builder keywords(List<String> words) {
            keywords.clear();
            keywords.addAll(words);
            return this;
        }

        /** @return the link */
        public MagnetLink build() {
            return new MagnetLink(infoHashes, displayName, exactLength, trackers, webSeeds, exactSources,
                    acceptableSources, keywords, peers, selectOnly, otherParameters);
        }
    }
}
