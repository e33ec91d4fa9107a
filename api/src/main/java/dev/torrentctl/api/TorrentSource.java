package dev.torrentctl.api;

import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFormatException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a torrent to add comes from: a magnet link, the bytes of a .torrent file, or an HTTP(S)
 * URL the client downloads the .torrent from.
 *
 * @since 0.1
 */
public sealed interface TorrentSource {

    /** @return the capability a backend needs to add from this kind of source */
    Capability capability();

    /** @param magnet a magnet link @return the source */
    static TorrentSource magnet(MagnetLink magnet) {
        return new Magnet(magnet);
    }

    /**
     * @param torrent the bytes of a .torrent file (copied)
     * @return the source
     */
    static TorrentSource torrentFile(byte[] torrent) {
        return new TorrentFile(torrent.clone());
    }

    /**
     * @param url an {@code http} or {@code https} URL of a .torrent file
     * @return the source
     * @throws InvalidInputException if the URL is not HTTP(S)
     */
    static TorrentSource url(URI url) {
        String scheme = Objects.requireNonNull(url, "url").getScheme();
        if (scheme == null || !(scheme.toLowerCase(Locale.ROOT).equals("http")
                || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
            throw new InvalidInputException("add", "a torrent URL must be http or https, got scheme '" + scheme + "'", null);
        }
        return new Url(url);
    }

    /**
     * A magnet link.
     *
     * @param link the link
     */
    record Magnet(MagnetLink link) implements TorrentSource {
        /** Checks for null. */
        public Magnet {
            Objects.requireNonNull(link, "link");
        }

        @Override
        public Capability capability() {
            return Capability.ADD_MAGNET;
        }
    }

    /** The bytes of a .torrent file. */
    final class TorrentFile implements TorrentSource {
        private final byte[] bytes;

        private TorrentFile(byte[] bytes) {
            this.bytes = bytes;
        }

        /** @return a copy of the file's bytes */
        public byte[] bytes() {
            return bytes.clone();
        }

        /**
         * @return the parsed file
         * @throws InvalidInputException if the bytes are not a valid .torrent (the message has the byte offset)
         */
        public Metainfo metainfo() {
            try {
                return Metainfo.parse(bytes);
            } catch (TorrentFormatException e) {
                throw new InvalidInputException("add", "not a valid .torrent file: " + e.getMessage(), e);
            }
        }

        @Override
        public Capability capability() {
            return Capability.ADD_TORRENT_FILE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TorrentFile other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "TorrentFile[" + bytes.length + " bytes]";
        }
    }

    /**
     * An HTTP(S) URL of a .torrent file, which the client downloads.
     *
     * @param url the URL
     */
    record Url(URI url) implements TorrentSource {
        /** Checks for null. */
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public Capability capability() {
            return Capability.ADD_URL;
        }

        /** @return the URL without user-info or query (which may hold a passkey) */
        @Override
        public String toString() {
            return "Url[" + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                    + Objects.toString(url.getRawPath(), "") + "]";
        }
    }
}
