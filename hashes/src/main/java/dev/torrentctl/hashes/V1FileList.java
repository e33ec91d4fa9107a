package dev.torrentctl.hashes;

import dev.torrentctl.hashes.internal.BencodeLexer;
import dev.torrentctl.hashes.internal.PathComponents;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A v1 {@code info.files} list kept compact: per file its length, attributes and where its path
 * list is in the raw bytes. A {@link TorrentFile} is made when asked for, so that a torrent with
 * hundreds of thousands of files costs some twenty bytes per file rather than hundreds. Immutable
 * once built.
 */
final class V1FileList extends AbstractList<TorrentFile> implements RandomAccess {
    /** BitComet's pad files carry no {@code attr}; libtorrent knows them by this in the path. */
    static final String BITCOMET_PAD = "_____padding_file_";
    private static final int NONE = -1;

    private static final byte[] BITCOMET_PAD_BYTES = BITCOMET_PAD.getBytes(StandardCharsets.US_ASCII);
    private static final byte PADDING_BIT = (byte) (1 << FileAttribute.PADDING.ordinal());

    private final byte[] raw;
    private final boolean sanitize;
    private int size;
    private long[] lengths = new long[16];
    private int[] paths = new int[16]; // offset of the path list, or NONE for a pad file without one
    private byte[] attributes = new byte[16];
    private int[] symlinks; // offset of the symlink path list or NONE; made when the first symlink comes

    V1FileList(byte[] raw, boolean sanitize) {
        this.raw = raw;
        this.sanitize = sanitize;
    }

    /**
     * @param pathOffset where the file's path list is, or -1 for a pad file without one
     */
    void add(long length, int pathOffset, Set<FileAttribute> attrs, int symlinkOffset) {
        if (size == lengths.length) {
            int n = size + (size >> 1);
            lengths = Arrays.copyOf(lengths, n);
            paths = Arrays.copyOf(paths, n);
            attributes = Arrays.copyOf(attributes, n);
            if (symlinks != null) {
                symlinks = Arrays.copyOf(symlinks, n);
            }
        }
        if (symlinkOffset != NONE && symlinks == null) {
            symlinks = new int[lengths.length];
            Arrays.fill(symlinks, NONE);
        }
        lengths[size] = length;
        paths[size] = pathOffset;
        byte bits = bits(attrs);
        if (pathOffset != NONE && contains(raw, pathOffset, BITCOMET_PAD_BYTES)) {
            bits |= PADDING_BIT; // the marker cannot span two components: their headers part them
        }
        attributes[size] = bits;
        if (symlinks != null) {
            symlinks[size] = symlinkOffset;
        }
        size++;
    }

    /** @param torrentName the torrent's name, part of every path for BitComet's pad files */
    void finish(String torrentName) {
        if (torrentName.contains(BITCOMET_PAD)) { // libtorrent looks for it in the whole path, name included
            for (int i = 0; i < size; i++) {
                attributes[i] |= PADDING_BIT;
            }
        }
    }

    /** Throws the exception {@code tooLarge} makes for the first file longer than {@code max}. */
    void checkLengths(long max, java.util.function.IntFunction<TorrentFormatException> tooLarge) {
        for (int i = 0; i < size; i++) {
            if (lengths[i] > max) {
                throw tooLarge.apply(i);
            }
        }
    }

    /** @return the length of every file but pad files: the torrent's content */
    long contentBytes() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            if ((attributes[i] & PADDING_BIT) == 0) {
                total = Math.addExact(total, lengths[i]);
            }
        }
        return total;
    }

    /** @return whether paths are read as the torrent has them (not sanitized), so their bytes can be hashed */
    boolean pathsAsWritten() {
        return !sanitize;
    }

    /**
     * Hashes file {@code index}'s path from its bytes, ASCII letters folded, as
     * {@link DuplicatePaths} does from strings: each directory prefix goes to {@code directories},
     * and the whole path is returned.
     */
    long pathHash(int index, java.util.function.LongConsumer directories) {
        if (paths[index] == NONE) { // .pad/<length>
            long dir = DuplicatePaths.hash(DuplicatePaths.FNV_OFFSET, ".pad");
            directories.accept(dir);
            return DuplicatePaths.hash(DuplicatePaths.hash(dir, "/"), Long.toString(lengths[index]));
        }
        long h = DuplicatePaths.FNV_OFFSET;
        int p = paths[index] + 1;
        boolean first = true;
        while (raw[p] != 'e') {
            long header = BencodeLexer.stringHeader(raw, p, false);
            int length = (int) (header >>> 32);
            int start = (int) header;
            if (!first) {
                directories.accept(h);
                h = DuplicatePaths.hashByte(h, '/');
            }
            for (int i = start; i < start + length; i++) {
                h = DuplicatePaths.hashByte(h, raw[i]);
            }
            first = false;
            p = start + length;
        }
        return h;
    }

    private static boolean contains(byte[] in, int listOffset, byte[] word) {
        int end = listEnd(in, listOffset);
        outer:
        for (int i = listOffset; i + word.length <= end; i++) {
            for (int k = 0; k < word.length; k++) {
                if (in[i + k] != word[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int listEnd(byte[] in, int listOffset) {
        int p = listOffset + 1;
        while (in[p] != 'e') {
            long header = BencodeLexer.stringHeader(in, p, false);
            p = (int) header + (int) (header >>> 32);
        }
        return p;
    }

    /** @return the length of every file, symlinks counting 0: what the v1 pieces cover */
    long pieceBytes() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total = Math.addExact(total, lengths[i]);
        }
        return total;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public TorrentFile get(int index) {
        java.util.Objects.checkIndex(index, size);
        Set<FileAttribute> attrs = attributes(attributes[index]);
        List<String> path = paths[index] == NONE ? List.of(".pad", Long.toString(lengths[index]))
                : components(paths[index], true);
        Optional<List<String>> target = symlinks == null || symlinks[index] == NONE ? Optional.empty()
                : Optional.of(components(symlinks[index], false));
        return new TorrentFile(path, lengths[index], attrs, target);
    }

    /** The strings of a path list that the parser validated: sanitized as libtorrent does when lenient. */
    private List<String> components(int offset, boolean isFilePath) {
        List<String> out = new ArrayList<>(2);
        int p = offset + 1;
        while (raw[p] != 'e') {
            long header = BencodeLexer.stringHeader(raw, p, false);
            int length = (int) (header >>> 32);
            int start = (int) header;
            if (sanitize && !PathComponents.isPlain(raw, start, length)) {
                PathComponents.sanitize(raw, start, length).ifPresent(out::add);
            } else {
                out.add(new String(raw, start, length, StandardCharsets.UTF_8));
            }
            p = start + length;
        }
        if (out.isEmpty() && isFilePath) {
            out.add("_"); // libtorrent's name when every component was sanitized away
        }
        return out.isEmpty() ? List.of("_") : List.copyOf(out);
    }

    private static byte bits(Set<FileAttribute> attrs) {
        int b = 0;
        for (FileAttribute a : attrs) {
            b |= 1 << a.ordinal();
        }
        return (byte) b;
    }

    private static Set<FileAttribute> attributes(byte bits) {
        if (bits == 0) {
            return Set.of();
        }
        Set<FileAttribute> out = EnumSet.noneOf(FileAttribute.class);
        for (FileAttribute a : FileAttribute.values()) {
            if ((bits & 1 << a.ordinal()) != 0) {
                out.add(a);
            }
        }
        return out;
    }
}
