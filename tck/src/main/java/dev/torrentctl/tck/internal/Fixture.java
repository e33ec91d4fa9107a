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

/**
 * A torrent made on the fly for one test: tiny random content, a unique name, no tracker (so no
 * test needs the network), and the hashes {@code hashes} computes for it.
 */
public record Fixture(FixtureKind kind, String name, Optional<byte[]> torrent, InfoHashes infoHashes,
        TorrentSource source) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Fixture create(FixtureKind kind) {
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
        byte[] torrent = TorrentCreator.builder(name, version)
                .addFile("a.bin", random(40 * 1024 + 123))
                .addFile("sub/b.bin", random(20 * 1024))
                .build();
        InfoHashes hashes = Metainfo.parse(torrent).infoHashes();
        return new Fixture(kind, name, Optional.of(torrent), hashes, TorrentSource.torrentFile(torrent));
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
