package dev.torrentctl.hashes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the files of a torrent whose paths repeat an earlier file's or a directory's, as libtorrent
 * does when it loads a torrent ({@code resolve_duplicate_filenames}): paths compare with ASCII
 * letters folded to lower case, directories are taken first, pad files of the same size may share a
 * path. libtorrent saves a repeat as {@code name.N.ext} with the first free N; each N it has to skip
 * is a collision, and libtorrent 2.1 refuses a torrent with more than 500 of them
 * ({@code max_duplicate_filenames}), as a denial of service.
 *
 * <p>The common case (no repeat) costs one 64-bit hash per file and directory; only a torrent with
 * a repeat (or a hash collision) compares whole paths.
 */
final class DuplicatePaths {
    /** libtorrent 2.1's default {@code max_duplicate_filenames}. */
    static final int MAX_COLLISIONS = 500;

    private DuplicatePaths() {}

    /** A repeated path and the one libtorrent saves the file under. */
    record Rename(int index, String path, String savedAs) {}

    interface Sink {
        void rename(Rename r);
    }

    /**
     * @param files the files in order
     * @param multiFile whether paths are below a folder named {@code name}
     * @throws TorrentFormatException past {@link #MAX_COLLISIONS}
     */
    static void find(List<TorrentFile> files, String name, boolean multiFile, Sink sink) {
        if (files.size() < 2 || !anyRepeat(files)) {
            return;
        }
        String prefix = multiFile ? name + "/" : "";
        Map<String, Integer> seen = new HashMap<>(); // lower-cased full path -> file index, or -1 for a directory
        for (TorrentFile f : files) {
            StringBuilder dir = new StringBuilder(prefix);
            for (int c = 0; c < f.path().size() - 1; c++) {
                dir.append(f.path().get(c));
                seen.putIfAbsent(lower(dir.toString()), -1);
                dir.append('/');
            }
        }
        int collisions = 0;
        for (int i = 0; i < files.size(); i++) {
            TorrentFile f = files.get(i);
            String full = prefix + f.joinedPath();
            Integer other = seen.putIfAbsent(lower(full), i);
            if (other == null) {
                continue;
            }
            if (other >= 0 && f.padding() && files.get(other).padding()
                    && files.get(other).lengthBytes() == f.lengthBytes()) {
                continue;
            }
            String ext = extension(full);
            String base = removeExtension(full);
            for (int n = 1;; n++) {
                String candidate = base + "." + n + ext;
                if (seen.putIfAbsent(lower(candidate), i) == null) {
                    sink.rename(new Rename(i, f.joinedPath(), candidate.substring(prefix.length())));
                    break;
                }
                if (++collisions > MAX_COLLISIONS) {
                    throw new TorrentFormatException("the torrent repeats file paths so often that renaming them"
                            + " took more than " + MAX_COLLISIONS + " collisions (at file " + i + " '"
                            + f.joinedPath() + "'); libtorrent 2.1 refuses it as a denial of service");
                }
            }
        }
    }

    /** One pass of 64-bit hashes over every directory and file path; true if any two are equal. */
    private static boolean anyRepeat(List<TorrentFile> files) {
        LongSet set = new LongSet();
        if (files instanceof V1FileList compact && compact.pathsAsWritten()) { // from the bytes, making no files
            long[] fileHashes = new long[compact.size()];
            for (int i = 0; i < fileHashes.length; i++) {
                fileHashes[i] = compact.pathHash(i, set::add);
            }
            for (long h : fileHashes) {
                if (!set.add(h)) {
                    return true;
                }
            }
            return false;
        }
        // directories first, as libtorrent; a file that hashes like a directory is a repeat
        for (TorrentFile f : files) {
            if (f.path().size() > 1) {
                long h = FNV_OFFSET;
                for (int c = 0; c < f.path().size() - 1; c++) {
                    h = hash(h, f.path().get(c));
                    set.add(h); // a directory repeats often: not a finding
                    h = hash(h, "/");
                }
            }
        }
        for (TorrentFile f : files) {
            long h = FNV_OFFSET;
            for (int c = 0; c < f.path().size(); c++) {
                if (c > 0) {
                    h = hash(h, "/");
                }
                h = hash(h, f.path().get(c));
            }
            if (!set.add(h)) {
                return true;
            }
        }
        return false;
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;

    static long hash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = hashByte(h, s.charAt(i));
        }
        return h;
    }

    /** FNV-1a, one unit (a byte or a char) at a time, ASCII letters folded to lower case. */
    static long hashByte(long h, int c) {
        if (c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
        }
        return (h ^ (c & 0xffff)) * 0x100000001b3L;
    }

    private static String lower(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? s : new String(out);
    }

    /** libtorrent's {@code extension}: from the last dot of the last component, or empty. */
    private static String extension(String f) {
        for (int i = f.length() - 1; i >= 0 && f.charAt(i) != '/'; i--) {
            if (f.charAt(i) == '.') {
                return f.substring(i);
            }
        }
        return "";
    }

    /** libtorrent's {@code remove_extension}. */
    private static String removeExtension(String f) {
        int slash = f.lastIndexOf('/');
        int dot = f.lastIndexOf('.');
        return dot <= 0 || dot < slash ? f : f.substring(0, dot);
    }

    /** An open-addressing set of longs, for the common case's hashes; at most half full. */
    private static final class LongSet {
        private long[] table = new long[1024];
        private int size;
        private boolean hasZero;

        boolean add(long v) {
            if (v == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (2 * (size + 1) > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                size = 0;
                for (long x : old) {
                    if (x != 0) {
                        insert(x);
                    }
                }
            }
            return insert(v);
        }

        private boolean insert(long v) {
            int mask = table.length - 1;
            int i = (int) ((v ^ (v >>> 29)) * 0x9E3779B97F4A7C15L >>> 32) & mask;
            while (table[i] != 0) {
                if (table[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = v;
            size++;
            return true;
        }
    }
}
