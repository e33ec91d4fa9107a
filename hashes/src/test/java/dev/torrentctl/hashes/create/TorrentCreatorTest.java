package dev.torrentctl.hashes.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("TorrentCreator")
class TorrentCreatorTest {
    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static Path tree(Path dir) throws IOException {
        Path root = dir.resolve("album");
        Files.createDirectories(root.resolve("cd2"));
        Files.write(root.resolve("01.flac"), random(70_000, 1));
        Files.write(root.resolve("cd2/02.flac"), random(40_000, 2));
        Files.write(root.resolve("cover.jpg"), random(3_000, 3));
        Files.write(root.resolve("empty.txt"), new byte[0]);
        return root;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TorrentVersion.class)
    @DisplayName("gives the same bytes from disk and from memory, on one thread or several")
    void deterministicAcrossSourcesAndThreads(TorrentVersion version, @TempDir Path dir) throws IOException {
        Path root = tree(dir);
        byte[] fromDiskParallel = TorrentCreator.fromPath(root, version).pieceLength(16_384).threads(4).build();
        byte[] fromDiskSerial = TorrentCreator.fromPath(root, version).pieceLength(16_384).threads(1).build();
        TorrentCreator.Builder memory = TorrentCreator.builder("album", version).pieceLength(16_384);
        for (String p : List.of("cover.jpg", "cd2/02.flac", "empty.txt", "01.flac")) {
            memory.addFile(p, Files.readAllBytes(root.resolve(p)));
        }
        assertThat(fromDiskParallel).isEqualTo(fromDiskSerial).isEqualTo(memory.build());
        Metainfo m = Metainfo.parse(fromDiskParallel);
        assertThat(m.version()).isEqualTo(version);
        assertThat(m.files().stream().filter(f -> !f.padding()).map(f -> f.joinedPath()))
                .containsExactly("01.flac", "cd2/02.flac", "cover.jpg", "empty.txt");
    }

    @Test
    @DisplayName("records trackers in tiers, web seeds, private flag, comment, source and creation date")
    void recordsOptions(@TempDir Path dir) throws IOException {
        byte[] torrent = TorrentCreator.fromPath(tree(dir), TorrentVersion.HYBRID)
                .trackerTier(List.of("http://a.invalid/1", "http://a.invalid/2")).tracker("udp://b.invalid:80")
                .webSeed("http://ws.invalid/").privateTorrent(true).comment("c").source("SRC")
                .creationDate(Instant.ofEpochSecond(1_600_000_000)).build();
        Metainfo m = Metainfo.parse(torrent);
        assertThat(m.trackers()).containsExactly(List.of("http://a.invalid/1", "http://a.invalid/2"),
                List.of("udp://b.invalid:80"));
        assertThat(m.webSeeds()).containsExactly("http://ws.invalid/");
        assertThat(m.privateTorrent()).isTrue();
        assertThat(m.comment()).hasValue("c");
        assertThat(m.source()).hasValue("SRC");
        assertThat(m.creationDate()).hasValue(Instant.ofEpochSecond(1_600_000_000));
    }

    @Test
    @DisplayName("reports progress in order, ending at the total")
    void reportsProgress(@TempDir Path dir) throws IOException {
        List<Long> seen = new ArrayList<>();
        TorrentCreator.fromPath(tree(dir), TorrentVersion.V1).pieceLength(16_384).threads(2)
                .progress((done, total) -> {
                    assertThat(total).isEqualTo(113_000);
                    seen.add(done);
                }).build();
        assertThat(seen).isSorted().last().isEqualTo(113_000L);
        assertThat(seen).hasSize(7);
    }

    @Test
    @DisplayName("chooses a power-of-two piece length for about 1500 pieces, within 16 KiB and 16 MiB")
    void autoPieceLength() {
        assertThat(TorrentCreator.autoPieceLength(0)).isEqualTo(16_384);
        assertThat(TorrentCreator.autoPieceLength(1L << 30)).isEqualTo(1 << 20);
        assertThat(TorrentCreator.autoPieceLength(1L << 40)).isEqualTo(16 << 20);
        assertThat(TorrentCreator.autoPieceLength(3_000L * 65_536)).isEqualTo(131_072);
    }

    @Test
    @DisplayName("fails with the file's name when a file shrinks while it is hashed")
    void fileChangedWhileHashing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shrinks.bin");
        Files.write(file, random(50_000, 4));
        TorrentCreator.Builder b = TorrentCreator.fromPath(file, TorrentVersion.V2);
        Files.write(file, random(10, 4));
        assertThatThrownBy(b::build).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("shrinks.bin").hasMessageContaining("changed while being hashed");
    }

    @Test
    @DisplayName("refuses unsafe paths and names, and empty content")
    void refusesBadInput() {
        assertThatThrownBy(() -> TorrentCreator.builder("..", TorrentVersion.V1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TorrentCreator.builder("t", TorrentVersion.V1).addFile("a/../b", new byte[1]))
                .hasMessageContaining("unsafe or empty path component '..'");
        assertThatThrownBy(() -> TorrentCreator.builder("t", TorrentVersion.V1).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TorrentCreator.builder("t", TorrentVersion.V1).pieceLength(20_000))
                .hasMessageContaining("power of two");
    }
}
