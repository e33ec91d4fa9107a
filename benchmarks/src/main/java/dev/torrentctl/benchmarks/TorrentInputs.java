package dev.torrentctl.benchmarks;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The .torrent files the parse benchmarks read: canonical v1 torrents with random piece hashes
 * (nothing is downloaded or hashed to make them), the same bytes on every run.
 *
 * <ul>
 *   <li>small: one 1.5 GiB file in 1 MiB pieces (1,536 pieces, about 31 KB);
 *   <li>medium: 1,000 files of 1 to 16 MiB in 4 MiB pieces (about 100 KB);
 *   <li>large: 100,000 files of 0.1 to 2 MiB in 4 MiB pieces (about 6.4 MB).
 * </ul>
 */
final class TorrentInputs {
    private TorrentInputs() {}

    static byte[] v1(String size) {
        Random random = new Random(size.hashCode());
        return switch (size) {
            case "small" -> torrent(random, List.of(1536L << 20), 1 << 20, true);
            case "medium" -> torrent(random, lengths(random, 1000, 1 << 20, 16 << 20), 4 << 20, false);
            case "large" -> torrent(random, lengths(random, 100_000, 100 << 10, 2 << 20), 4 << 20, false);
            default -> throw new IllegalArgumentException("unknown size " + size);
        };
    }

    /**
     * The large file list of issue 14: {@code files} files of 100 to 999 bytes named by six digits
     * in 4 MiB pieces; 320,000 files make 9.9 MB, within libtorrent's default limits.
     */
    static byte[] fileList(int files) {
        Random random = new Random(files);
        StringBuilder list = new StringBuilder(files * 32);
        long total = 0;
        for (int i = 0; i < files; i++) {
            int length = 100 + random.nextInt(900);
            total += length;
            list.append("d6:lengthi").append(length).append("e4:pathl6:").append(String.format("%06d", i))
                    .append("ee");
        }
        int pieceLength = 4 << 20;
        byte[] pieces = new byte[(int) ((total + pieceLength - 1) / pieceLength) * 20];
        random.nextBytes(pieces);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(list.length() + pieces.length + 200);
        out.writeBytes(("d8:announce31:http://tracker.invalid/announce4:infod5:filesl" + list + "e4:name4:huge"
                + "12:piece lengthi" + pieceLength + "e6:pieces" + pieces.length + ":")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(pieces);
        out.writeBytes("ee".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static List<Long> lengths(Random random, int count, long min, long max) {
        List<Long> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(min + (long) (random.nextDouble() * (max - min)));
        }
        return out;
    }

    private static byte[] torrent(Random random, List<Long> lengths, int pieceLength, boolean singleFile) {
        long total = lengths.stream().mapToLong(Long::longValue).sum();
        byte[] pieces = new byte[(int) ((total + pieceLength - 1) / pieceLength) * 20];
        random.nextBytes(pieces);
        BDictionary.Builder info = BDictionary.builder().put("name", "benchmark").put("piece length", pieceLength)
                .put("pieces", pieces);
        if (singleFile) {
            info.put("length", lengths.get(0));
        } else {
            List<BValue> files = new ArrayList<>(lengths.size());
            for (int i = 0; i < lengths.size(); i++) {
                files.add(BDictionary.builder().put("length", lengths.get(i))
                        .put("path", BList.of(List.of(BString.of(String.format("dir%03d", i % 997)),
                                BString.of(String.format("file-%06d.bin", i)))))
                        .build());
            }
            info.put("files", BList.of(files));
        }
        return Bencode.encode(BDictionary.builder()
                .put("announce", "http://tracker.invalid/announce")
                .put("created by", "torrentctl benchmarks")
                .put("creation date", 1_700_000_000L)
                .put("info", info.build())
                .build());
    }
}
