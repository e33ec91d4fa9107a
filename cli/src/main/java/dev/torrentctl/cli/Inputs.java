package dev.torrentctl.cli;

import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the torrents and magnets that commands take as arguments. */
final class Inputs {
    private Inputs() {}

    static boolean isMagnet(String argument) {
        return argument.regionMatches(true, 0, "magnet:", 0, 7);
    }

    static MagnetLink magnet(String argument) {
        try {
            return MagnetLink.parse(argument);
        } catch (TorrentFormatException e) {
            throw new BadInputException("magnet", e.getMessage(), e);
        }
    }

    static Metainfo torrent(Path file) {
        return torrent(file, false);
    }

    /**
     * Reads at most the decoder's input limit, so a huge or endless file fails fast.
     *
     * @param lenient read it as libtorrent does ({@link Metainfo#parseLenient})
     */
    static Metainfo torrent(Path file, boolean lenient) {
        BencodeDecoder decoder = BencodeDecoder.strict();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(decoder.limits().maxInputBytes() + 1);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
        try {
            return lenient ? Metainfo.parseLenient(bytes, decoder.limits()) : Metainfo.parse(bytes, decoder);
        } catch (TorrentFormatException e) {
            throw new BadInputException(file.toString(), e.getMessage(), e);
        }
    }
}
