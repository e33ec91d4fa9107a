package dev.torrentctl.hashes.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashV2;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFile;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("hashes agrees with libtorrent 2.0")
class LibtorrentCrossCheckIT {

    static Stream<Arguments> cases() {
        return Stream.of(ContentSet.values()).flatMap(set -> Stream.of(TorrentVersion.values())
                .map(version -> Arguments.of(set, version)));
    }

    private static String flag(TorrentVersion version) {
        return version.name().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("cases")
    @DisplayName("a torrent made by libtorrent parses to libtorrent's hashes, files and pieces")
    void libtorrentTorrentsParseAlike(ContentSet set, TorrentVersion version, @TempDir Path dir) throws IOException {
        Path content = set.writeTo(dir);
        Path torrent = dir.resolve("made-by-libtorrent.torrent");
        ReferenceTool.libtorrent("create", flag(version), content.toString(), torrent.toString(), "32768");
        LibtorrentView expected = LibtorrentView.parse(ReferenceTool.libtorrent("inspect", torrent.toString()));

        Metainfo m = Metainfo.parse(Files.readAllBytes(torrent));

        assertThat(m.version()).isEqualTo(version);
        assertThat(Metainfo.infoHashesOf(Files.readAllBytes(torrent))).isEqualTo(m.infoHashes());
        assertThat(m.infoHashes().v1()).isEqualTo(Optional.ofNullable(expected.v1).map(InfoHashV1::parse));
        assertThat(m.infoHashes().v2()).isEqualTo(Optional.ofNullable(expected.v2).map(InfoHashV2::parse));
        assertThat(m.name()).isEqualTo(expected.name);
        assertThat(m.pieceLengthBytes()).isEqualTo(expected.piece_length);
        assertThat(m.pieceCount()).isEqualTo(expected.num_pieces);
        assertThat(contentFiles(m)).isEqualTo(expected.contentFiles());
        if (version != TorrentVersion.V2) { // libtorrent pads v2 files internally; a v2 file tree lists none
            assertThat(m.files().stream().anyMatch(TorrentFile::padding))
                    .isEqualTo(expected.files.stream().anyMatch(f -> f.pad));
        }
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("cases")
    @DisplayName("a torrent made by hashes from disk loads in libtorrent with the same hashes and files")
    void hashesTorrentsLoadAlike(ContentSet set, TorrentVersion version, @TempDir Path dir) throws IOException {
        Path content = set.writeTo(dir);
        byte[] bytes = TorrentCreator.fromPath(content, version).pieceLength(32768).threads(3).build();
        Path torrent = dir.resolve("made-by-hashes.torrent");
        Files.write(torrent, bytes);

        LibtorrentView loaded = LibtorrentView.parse(ReferenceTool.libtorrent("inspect", torrent.toString()));
        Metainfo m = Metainfo.parse(bytes);

        assertThat(Optional.ofNullable(loaded.v1).map(InfoHashV1::parse)).isEqualTo(m.infoHashes().v1());
        assertThat(Optional.ofNullable(loaded.v2).map(InfoHashV2::parse)).isEqualTo(m.infoHashes().v2());
        assertThat(loaded.contentFiles()).isEqualTo(contentFiles(m));
        assertThat(loaded.num_pieces).isEqualTo(m.pieceCount());
    }

    private static List<String> contentFiles(Metainfo m) {
        return m.files().stream().filter(f -> !f.padding()).map(f -> f.joinedPath() + "=" + f.lengthBytes()).toList();
    }
}
