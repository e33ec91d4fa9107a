package dev.torrentctl.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.hashes.bencode.BencodeException;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Metainfo.infoHashesOf")
class InfoHashScannerTest {

    /** Over 1 MiB, so the info span is hashed on another core while it is scanned. */
    private static byte[] large(TorrentVersion version) {
        TorrentCreator.Builder b = TorrentCreator.builder("many", version).pieceLength(16_384);
        for (int i = 0; i < 30_000; i++) {
            b.addFile(String.format("d%03d/file-%05d.bin", i % 100, i), new byte[] {(byte) i});
        }
        byte[] torrent = b.build();
        assertThat(torrent.length).isGreaterThan(OverlappedDigest.MIN_INPUT_BYTES);
        return torrent;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TorrentVersion.class)
    @DisplayName("agrees with Metainfo.parse on a large torrent, hashed while it is scanned")
    void largeTorrentsAgree(TorrentVersion version) {
        byte[] torrent = large(version);
        InfoHashes expected = Metainfo.parse(torrent).infoHashes();
        for (int i = 0; i < 20; i++) { // the hand-over races the pool; repeat to cover both sides
            assertThat(Metainfo.infoHashesOf(torrent)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TorrentVersion.class)
    @DisplayName("fails with the offset when a large torrent breaks after hashing has begun, and does not hang")
    void largeBrokenTorrentFails(TorrentVersion version) {
        byte[] torrent = large(version);
        byte[] broken = Arrays.copyOf(torrent, torrent.length);
        String text = new String(torrent, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("6:length", torrent.length * 3 / 4);
        assertThat(at).isPositive();
        broken[at] = 'x'; // a key's length prefix, deep inside the info dictionary
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> Metainfo.infoHashesOf(broken)).isInstanceOfSatisfying(BencodeException.class,
                    e -> assertThat(e.offset()).isEqualTo(at));
        }
        assertThatThrownBy(() -> Metainfo.infoHashesOf(Arrays.copyOf(torrent, torrent.length - 1)))
                .isInstanceOf(BencodeException.class).hasMessageContaining("unexpected end of input");
    }
}
