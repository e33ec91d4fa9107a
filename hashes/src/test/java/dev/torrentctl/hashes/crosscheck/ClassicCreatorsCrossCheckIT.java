package dev.torrentctl.hashes.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("hashes reads v1 torrents of mktorrent and transmission-create as they and libtorrent do")
class ClassicCreatorsCrossCheckIT {
    private static final Pattern SHOW_HASH = Pattern.compile("(?m)^\\s*Hash:\\s*([0-9a-f]{40})\\s*$");

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContentSet.class)
    @DisplayName("mktorrent: hash, files, trackers, web seed, comment, source and private flag")
    void mktorrent(ContentSet set, @TempDir Path dir) throws IOException {
        Path content = set.writeTo(dir);
        Path torrent = dir.resolve("mktorrent.torrent");
        ReferenceTool.run("mktorrent", "-l", "15", "-a", "http://a.invalid/announce,http://b.invalid/announce",
                "-a", "udp://c.invalid:6969", "-w", "http://seed.invalid/files/", "-c", "made by mktorrent",
                "-s", "SRC", "-p", "-o", torrent.toString(), content.toString());

        Metainfo m = checkAgainstLibtorrentAndTransmissionShow(torrent);

        assertThat(m.trackers()).containsExactly(List.of("http://a.invalid/announce", "http://b.invalid/announce"),
                List.of("udp://c.invalid:6969"));
        assertThat(m.webSeeds()).containsExactly("http://seed.invalid/files/");
        assertThat(m.comment()).hasValue("made by mktorrent");
        assertThat(m.source()).hasValue("SRC");
        assertThat(m.privateTorrent()).isTrue();
        assertThat(m.createdBy()).hasValueSatisfying(c -> assertThat(c).startsWith("mktorrent"));
        assertThat(m.creationDate()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ContentSet.class)
    @DisplayName("transmission-create: hash, files, trackers, comment and private flag")
    void transmissionCreate(ContentSet set, @TempDir Path dir) throws IOException {
        Path content = set.writeTo(dir);
        Path torrent = dir.resolve("transmission.torrent");
        ReferenceTool.run("transmission-create", "-s", "32", "-t", "http://a.invalid/announce", "-t",
                "udp://c.invalid:6969", "-c", "made by transmission", "-p", "-o", torrent.toString(), content.toString());

        Metainfo m = checkAgainstLibtorrentAndTransmissionShow(torrent);

        assertThat(m.trackers().stream().flatMap(List::stream))
                .containsExactly("http://a.invalid/announce", "udp://c.invalid:6969");
        assertThat(m.comment()).hasValue("made by transmission");
        assertThat(m.privateTorrent()).isTrue();
        assertThat(m.createdBy()).hasValueSatisfying(c -> assertThat(c).startsWith("Transmission"));
    }

    private static Metainfo checkAgainstLibtorrentAndTransmissionShow(Path torrent) throws IOException {
        Metainfo m = Metainfo.parse(Files.readAllBytes(torrent));
        LibtorrentView libtorrent = LibtorrentView.parse(ReferenceTool.libtorrent("inspect", torrent.toString()));
        Matcher show = SHOW_HASH.matcher(ReferenceTool.run("transmission-show", torrent.toString()));
        assertThat(show.find()).as("transmission-show prints a Hash line").isTrue();

        assertThat(m.version()).isEqualTo(TorrentVersion.V1);
        assertThat(m.infoHashes().v1()).contains(InfoHashV1.parse(libtorrent.v1)).contains(InfoHashV1.parse(show.group(1)));
        assertThat(m.files().stream().filter(f -> !f.padding()).map(f -> f.joinedPath() + "=" + f.lengthBytes()).toList())
                .isEqualTo(libtorrent.contentFiles());
        assertThat(m.pieceCount()).isEqualTo(libtorrent.num_pieces);
        assertThat(m.privateTorrent()).isEqualTo(libtorrent.private_);
        return m;
    }
}
