package dev.torrentctl.hashes.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Content to make torrents of, the same for every tool: deterministic bytes, in a folder on disk. */
enum ContentSet {
    SINGLE_FILE,
    MANY_FILES,
    EMPTY_FILES,
    NESTED_DIRECTORIES,
    UNICODE_NAMES;

    static final String ROOT = "content";

    /** @return relative path (with {@code /}) to content; for {@link #SINGLE_FILE}, one file named ROOT */
    Map<String, byte[]> files() {
        Random random = new Random(ordinal() * 7919L + 1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        switch (this) {
            case SINGLE_FILE -> files.put("", bytes(random, 100_000));
            case MANY_FILES -> {
                int[] sizes = {1, 16_384, 16_385, 32_768, 5_000, 70_001, 123, 49_152, 2, 99_999};
                for (int i = 0; i < 40; i++) {
                    files.put(String.format("file-%02d.bin", i), bytes(random, sizes[i % sizes.length] + i));
                }
            }
            case EMPTY_FILES -> {
                files.put("a-empty", new byte[0]);
                files.put("b-data.bin", bytes(random, 40_000));
                files.put("c/empty-too", new byte[0]);
                files.put("d-small.txt", bytes(random, 10));
            }
            case NESTED_DIRECTORIES -> {
                files.put("top.bin", bytes(random, 20_000));
                files.put("one/two/three/four/deep.bin", bytes(random, 50_000));
                files.put("one/two/mid.bin", bytes(random, 16_384));
                files.put("one/side.txt", bytes(random, 300));
                files.put("zeta/last.bin", bytes(random, 33_000));
            }
            case UNICODE_NAMES -> {
                files.put("日本語/ファイル.txt", bytes(random, 17_000));
                files.put("émoji 🎉.bin", bytes(random, 40_000));
                files.put("Ünïcödé/ß/ñ.dat", bytes(random, 3));
            }
            default -> throw new IllegalStateException();
        }
        return files;
    }

    boolean singleFile() {
        return this == SINGLE_FILE;
    }

    /** Writes the content below {@code dir}; returns the path to give a tool (ROOT). */
    Path writeTo(Path dir) {
        try {
            Path root = dir.resolve(ROOT);
            for (Map.Entry<String, byte[]> e : files().entrySet()) {
                Path target = e.getKey().isEmpty() ? root : root.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }
}
