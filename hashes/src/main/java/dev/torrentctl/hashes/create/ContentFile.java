package dev.torrentctl.hashes.create;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** One file to put into a torrent: its path in the torrent, its length, and where its bytes are. */
final class ContentFile {
    final List<String> path;
    final long length;
    private final byte[] bytes;
    private final Path file;

    private ContentFile(List<String> path, long length, byte[] bytes, Path file) {
        this.path = List.copyOf(path);
        this.length = length;
        this.bytes = bytes;
        this.file = file;
    }

    static ContentFile ofBytes(List<String> path, byte[] bytes) {
        return new ContentFile(path, bytes.length, bytes.clone(), null);
    }

    static ContentFile ofFile(List<String> path, Path file, long length) {
        return new ContentFile(path, length, null, file);
    }

    /** Reads {@code length} bytes at {@code position} into {@code into[at...]}. */
    void read(long position, byte[] into, int at, int length) {
        if (bytes != null) {
            System.arraycopy(bytes, (int) position, into, at, length);
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(into, at, length);
            long p = position;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, p);
                if (n < 0) {
                    throw new EOFException(file + " is shorter than the " + this.length + " bytes it had when the"
                            + " torrent was planned: it changed while being hashed");
                }
                p += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
