package dev.torrentctl.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.hashes.create.TorrentCreator;
import dev.torrentctl.hashes.internal.Digests;
import dev.torrentctl.hashes.internal.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MetainfoTest {

    @ParameterizedTest
    @EnumSource(TorrentVersion.class)
    @DisplayName("a created torrent parses back with its version, files and a hash of the raw info bytes")
    void createdTorrentParsesBack(TorrentVersion version) {
        byte[] torrent = TorrentCreator.builder("t", version).addFile("a.bin", new byte[40_000])
                .addFile("d/b.bin", new byte[5]).build();
        Metainfo m = Metainfo.parse(torrent);
        assertThat(m.version()).isEqualTo(version);
        assertThat(m.name()).isEqualTo("t");
        assertThat(m.totalSizeBytes()).isEqualTo(40_005);
        assertThat(m.files().stream().filter(f -> !f.padding()).map(TorrentFile::joinedPath)).containsExactly("a.bin", "d/b.bin");
        assertThat(m.files().stream().anyMatch(TorrentFile::padding)).isEqualTo(version == TorrentVersion.HYBRID);
    }

    @Test
    @DisplayName("the v1 hash is the SHA-1 of the info bytes as found, even when its keys are unsorted")
    void v1HashIsOverRawBytes() {
        String info = "d6:lengthi1e12:piece lengthi16384e4:name1:x6:pieces20:" + "a".repeat(20) + "e";
        byte[] torrent = ("d4:info" + info + "e").getBytes(StandardCharsets.ISO_8859_1);
        Metainfo m = Metainfo.parse(torrent, dev.torrentctl.hashes.bencode.BencodeDecoder.lenient());
        byte[] expected = Digests.sha1().digest(info.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(m.infoHashes().v1().orElseThrow().hex()).isEqualTo(Hex.encode(expected));
        assertThatThrownBy(() -> Metainfo.parse(torrent)).isInstanceOf(TorrentFormatException.class)
                .hasMessageContaining("not sorted");
    }

    @Test
    @DisplayName("a path component that could escape the download folder is rejected")
    void unsafePathIsRejected() {
        String info = "d5:filesld6:lengthi1e4:pathl2:..1:aeee4:name1:x12:piece lengthi16384e6:pieces20:"
                + "a".repeat(20) + "e";
        byte[] torrent = ("d4:info" + info + "e").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Metainfo.parse(torrent)).isInstanceOf(TorrentFormatException.class)
                .hasMessageContaining("unsafe path component '..'");
    }
}
