package dev.torrentctl.tck.internal;

import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A torrent made on the fly for one test: tiny random content, a unique name, no tracker (so no
 * test needs the network), and the hashes {@code hashes} computes for it.
 */
public record Fixture(FixtureKind kind, String name, Optional<byte[]> torrent, InfoHashes infoHashes,
        TorrentSource source) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Name of the first file, at the torrent's top level. */
    public static final String FILE_A = "a.bin";
    /** Size of {@link #FILE_A}: not a multiple of the piece length. */
    public static final int FILE_A_SIZE = 40 * 1024 + 123;
    /** Path of the second file, in a folder. */
    public static final String FILE_B = "sub/b.bin";
    /** Size of {@link #FILE_B}. */
    public static final int FILE_B_SIZE = 20 * 1024;

    public static Fixture create(FixtureKind kind) {
        return create(kind, UnaryOperator.identity());
    }

    /**
     * @param kind v1, v2, hybrid (or a magnet, which ignores {@code metadata})
     * @param metadata adds trackers, web seeds, a comment, ... to the .torrent
     * @return the fixture
     */
    public static Fixture create(FixtureKind kind, UnaryOperator<TorrentCreator.Builder> metadata) {
        String name = "torrentctl-tck-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + Long.toHexString(RANDOM.nextLong());
        if (kind == FixtureKind.MAGNET) {
            byte[] hash = new byte[20];
            RANDOM.nextBytes(hash);
            MagnetLink magnet = MagnetLink.builder(InfoHashes.of(InfoHashV1.of(hash))).displayName(name).build();
            return new Fixture(kind, name, Optional.empty(), magnet.infoHashes(), TorrentSource.magnet(magnet));
        }
        TorrentVersion version = switch (kind) {
            case V1 -> TorrentVersion.V1;
            case V2 -> TorrentVersion.V2;
            default -> TorrentVersion.HYBRID;
        };
        byte[] torrent = metadata.apply(TorrentCreator.builder(name, version)
                .addFile(FILE_A, random(FILE_A_SIZE))
                .addFile(FILE_B, random(FILE_B_SIZE)))
                .build();
        InfoHashes hashes = Metainfo.parse(torrent).infoHashes();
        return new Fixture(kind, name, Optional.of(torrent), hashes, TorrentSource.torrentFile(torrent));
    }

    /**
     * A v1 .torrent whose {@code info} keys are in reverse order, as some private trackers ship
     * them: strict bencode refuses it, clients accept it, and its infohash is the SHA-1 of the raw
     * (unsorted) {@code info} bytes.
     *
     * @return the bytes and their infohash
     */
    public static Fixture unsortedInfoKeys() {
        Fixture sorted = create(FixtureKind.V1);
        dev.torrentctl.hashes.bencode.BDictionary root = (dev.torrentctl.hashes.bencode.BDictionary)
                dev.torrentctl.hashes.bencode.BencodeDecoder.strict().decode(sorted.torrent().orElseThrow());
        dev.torrentctl.hashes.bencode.BDictionary info = (dev.torrentctl.hashes.bencode.BDictionary)
                root.get("info").orElseThrow();
        java.io.ByteArrayOutputStream infoBytes = new java.io.ByteArrayOutputStream();
        infoBytes.write('d');
        java.util.List<java.util.Map.Entry<dev.torrentctl.hashes.bencode.BString, dev.torrentctl.hashes.bencode.BValue>>
                entries = new java.util.ArrayList<>(info.entries().entrySet());
        java.util.Collections.reverse(entries);
        entries.forEach(e -> {
            infoBytes.writeBytes(dev.torrentctl.hashes.bencode.Bencode.encode(e.getKey()));
            infoBytes.writeBytes(dev.torrentctl.hashes.bencode.Bencode.encode(e.getValue()));
        });
        infoBytes.write('e');
        byte[] rawInfo = infoBytes.toByteArray();
        java.io.ByteArrayOutputStream torrent = new java.io.ByteArrayOutputStream();
        torrent.write('d');
        root.entries().forEach((k, v) -> {
            torrent.writeBytes(dev.torrentctl.hashes.bencode.Bencode.encode(k));
            torrent.writeBytes(k.utf8().equals("info") ? rawInfo : dev.torrentctl.hashes.bencode.Bencode.encode(v));
        });
        torrent.write('e');
        byte[] bytes = torrent.toByteArray();
        byte[] sha1;
        try {
            sha1 = java.security.MessageDigest.getInstance("SHA-1").digest(rawInfo);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Fixture(FixtureKind.V1, sorted.name(), Optional.of(bytes), InfoHashes.of(InfoHashV1.of(sha1)),
                TorrentSource.torrentFile(bytes));
    }

    public AddTorrentRequest.Builder request() {
        return AddTorrentRequest.builder(source).stopped(true);
    }

    public TorrentRef ref() {
        return TorrentRef.of(infoHashes);
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        RANDOM.nextBytes(b);
        return b;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + infoHashes;
    }
}
