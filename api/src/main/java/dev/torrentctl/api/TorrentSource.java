package dev.torrentctl.api;

import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
     * @param magnet a magnet link
     * @return the source
     * @throws InvalidInputException if it is not a valid magnet link (the message says why)
     */
    static TorrentSource magnet(String magnet) {
        Objects.requireNonNull(magnet, "magnet");
        try {
            return new Magnet(MagnetLink.parse(magnet.strip()));
        } catch (TorrentFormatException e) {
            throw new InvalidInputException("add", "not a valid magnet link: " + e.getMessage(), e);
        }
    }

    /**
     * @param torrent the bytes of a .torrent file (copied)
     * @return the source
     */
    static TorrentSource torrentFile(byte[] torrent) {
        return new TorrentFile(torrent.clone(), null);
    }

    /**
     * A .torrent file by path, read when it is added: a file that cannot be read fails that one
     * source of an {@link Api#addAll(java.util.List, Wait)}, not the others.
     *
     * @param path the file
     * @return the source
     */
    static TorrentSource torrentFile(Path path) {
        return new TorrentFile(null, Objects.requireNonNull(path, "path"));
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

    /**
     * A .torrent file, as bytes or by path. The add path reads it the way clients do, with
     * {@link Metainfo#parseLenient} and qBittorrent's limits: unsorted keys (as private trackers
     * ship them), a trailing newline and unsafe path components (made safe as libtorrent makes
     * them) are accepted, as qBittorrent and libtorrent accept them, and the raw {@code info} bytes
     * are hashed, so what the client can add, torrentctl can add. Strict parsing stays the default
     * of {@link Metainfo}.
     */
    final class TorrentFile implements TorrentSource {
        /** The largest .torrent read from a path: qBittorrent's own limit (100 MiB). */
        public static final int MAX_BYTES = BencodeDecoder.Limits.QBITTORRENT.maxInputBytes();
        private final byte[] bytes;
        private final Path path;

        private TorrentFile(byte[] bytes, Path path) {
            this.bytes = bytes;
            this.path = path;
        }

        /** @return the path, for a file added by path */
        public java.util.Optional<Path> path() {
            return java.util.Optional.ofNullable(path);
        }

        /**
         * @return a copy of the file's bytes (read now, for a file added by path)
         * @throws InvalidInputException if the file cannot be read or exceeds {@link #MAX_BYTES}
         */
        public byte[] bytes() {
            if (bytes != null) {
                return bytes.clone();
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] read = in.readNBytes(MAX_BYTES + 1);
                if (read.length > MAX_BYTES) {
                    throw new InvalidInputException("add", "'" + path + "' is larger than " + MAX_BYTES
                            + " bytes, the most a client accepts for a .torrent", null);
                }
                return read;
            } catch (NoSuchFileException e) {
                throw new InvalidInputException("add", "no such file: '" + path + "'", e);
            } catch (IOException e) {
                throw new InvalidInputException("add", "cannot read '" + path + "': " + e, e);
            }
        }

        /**
         * @return the parsed file, read as clients read it ({@link Metainfo#parseLenient}, qBittorrent's limits)
         * @throws InvalidInputException if it cannot be read or is not a .torrent a client accepts
         *     (the message has the byte offset)
         */
        public Metainfo metainfo() {
            return metainfo(bytes());
        }

        /**
         * @param content the file's bytes, as {@link #bytes()} gave them
         * @return the parsed file, read as clients read it
         * @throws InvalidInputException if it is not a .torrent a client accepts
         */
        public Metainfo metainfo(byte[] content) {
            try {
                return Metainfo.parseLenient(content, BencodeDecoder.Limits.QBITTORRENT);
            } catch (TorrentFormatException e) {
                throw new InvalidInputException("add", "not a valid .torrent file" + (path == null ? "" : " ('" + path
                        + "')") + ": " + e.getMessage(), e);
            }
        }

        /** @return the infohashes, as {@link #metainfo()} computes them */
        public InfoHashes infoHashes() {
            return metainfo().infoHashes();
        }

        @Override
        public Capability capability() {
            return Capability.ADD_TORRENT_FILE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TorrentFile other && Arrays.equals(bytes, other.bytes) && Objects.equals(path, other.path);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + Objects.hashCode(path);
        }

        @Override
        public String toString() {
            return bytes != null ? "TorrentFile[" + bytes.length + " bytes]" : "TorrentFile[" + path + "]";
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
