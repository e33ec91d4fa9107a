package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.TransferInfo;
import dev.torrentctl.hashes.Metainfo;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties of a torrent, its peers and the client's transfer statistics. */
public abstract class DetailsContract extends Contract {

    @Test
    @DisplayName("properties match the .torrent: pieces, piece size, comment, creator, creation date, privacy")
    void propertiesMatchTheTorrent() {
        requires(Capability.PROPERTIES, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Instant created = Instant.parse("2024-05-06T07:08:09Z");
        Fixture f = Fixture.create(FixtureKind.V1, b -> b.comment("tck comment").createdBy("tck creator")
                .creationDate(created));
        addStopped(f);
        Metainfo meta = Metainfo.parse(f.torrent().orElseThrow());
        TorrentProperties p = context().api().properties(f.ref());
        assertThat(p.piecesTotal()).isEqualTo(meta.pieceCount());
        assertThat(p.pieceSizeBytes()).isEqualTo(meta.pieceLengthBytes());
        assertThat(p.piecesHave()).isZero();
        assertThat(p.comment()).isEqualTo("tck comment");
        assertThat(p.createdBy()).isEqualTo("tck creator");
        assertThat(p.creationDate()).contains(created);
        assertThat(p.isPrivate()).contains(false);
        assertThat(p.totalDownloadedBytes()).isZero();
        assertThat(p.completedOn()).isEmpty();
        assertThat(p.addedOn()).hasValueSatisfying(a -> assertThat(a).isAfter(Instant.now().minusSeconds(600)));
        assertThat(p.savePath()).isNotBlank();
        assertThat(p.raw()).isNotEmpty();
    }

    @Test
    @DisplayName("a stopped torrent has no peers; properties and peers of an unknown torrent are not found")
    void peersOfAStoppedTorrent() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.PEERS, Capability.PROPERTIES);
        assertThat(api.peers(f.ref())).isEmpty();
        var unknown = Fixture.create(FixtureKind.MAGNET).ref();
        assertThatThrownBy(() -> api.peers(unknown)).isInstanceOf(TorrentNotFoundException.class);
        assertThatThrownBy(() -> api.properties(unknown)).isInstanceOf(TorrentNotFoundException.class);
    }

    @Test
    @DisplayName("transfer statistics are consistent: rates and totals not negative, a connection status")
    void transferInfo() {
        requires(Capability.TRANSFER_INFO);
        TransferInfo info = context().api().transferInfo();
        assertThat(info.sessionDownloadedBytes()).isNotNegative();
        assertThat(info.sessionUploadedBytes()).isNotNegative();
        assertThat(info.connectionStatus()).isNotNull();
        info.freeDiskSpaceBytes().ifPresent(free -> assertThat(free).isPositive());
        info.dhtNodes().ifPresent(n -> assertThat(n).isNotNegative());
    }
}
