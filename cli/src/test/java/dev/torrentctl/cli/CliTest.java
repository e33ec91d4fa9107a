package dev.torrentctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The torrentctl command")
class CliTest {
    @TempDir
    Path dir;

    /** One run's exit status and output. */
    record Run(int status, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path content() throws IOException {
        Path root = dir.resolve("show");
        Files.createDirectories(root.resolve("s01"));
        byte[] data = new byte[50_000];
        new Random(5).nextBytes(data);
        Files.write(root.resolve("s01/e01.mkv"), data);
        Files.write(root.resolve("notes.txt"), "hello".getBytes());
        return root;
    }

    @Nested
    @DisplayName("inspect --json")
    class Inspect {
        @ParameterizedTest(name = "{0}")
        @EnumSource(TorrentVersion.class)
        @DisplayName("prints every field of a .torrent, pad files left out")
        void torrentFields(TorrentVersion version) throws IOException {
            byte[] bytes = TorrentCreator.fromPath(content(), version).pieceLength(16_384)
                    .trackerTier(java.util.List.of("http://a.invalid/1", "http://a.invalid/2")).webSeed("http://ws.invalid/")
                    .privateTorrent(true).build();
            Path file = dir.resolve("show.torrent");
            Files.write(file, bytes);
            Metainfo m = Metainfo.parse(bytes);

            Run r = run("inspect", "--json", file.toString());

            assertThat(r.status()).isZero();
            JsonObject o = r.json();
            assertThat(o.keySet()).containsExactly("name", "version", "info_hash_v1", "info_hash_v2", "torrent_id",
                    "piece_length", "piece_count", "total_size", "private", "trackers", "web_seeds", "magnet", "warnings",
                    "files");
            assertThat(o.get("name").getAsString()).isEqualTo("show");
            assertThat(o.get("version").getAsString()).isEqualTo(version.name().toLowerCase());
            assertThat(o.get("info_hash_v1").isJsonNull()).isEqualTo(version == TorrentVersion.V2);
            assertThat(o.get("info_hash_v2").isJsonNull()).isEqualTo(version == TorrentVersion.V1);
            m.infoHashes().v1().ifPresent(h -> assertThat(o.get("info_hash_v1").getAsString()).isEqualTo(h.hex()));
            m.infoHashes().v2().ifPresent(h -> assertThat(o.get("info_hash_v2").getAsString()).isEqualTo(h.hex()));
            assertThat(o.get("torrent_id").getAsString()).isEqualTo(m.infoHashes().torrentId().hex());
            assertThat(o.get("piece_length").getAsLong()).isEqualTo(16_384);
            assertThat(o.get("piece_count").getAsLong()).isEqualTo(m.pieceCount());
            assertThat(o.get("total_size").getAsLong()).isEqualTo(50_005);
            assertThat(o.get("private").getAsBoolean()).isTrue();
            assertThat(o.get("files").toString())
                    .isEqualTo("[{\"path\":\"notes.txt\",\"length\":5},{\"path\":\"s01/e01.mkv\",\"length\":50000}]");
            assertThat(o.get("trackers").toString()).isEqualTo("[[\"http://a.invalid/1\",\"http://a.invalid/2\"]]");
            assertThat(o.get("web_seeds").toString()).isEqualTo("[\"http://ws.invalid/\"]");
            assertThat(o.get("magnet").getAsString()).isEqualTo(m.toMagnet().toString());
            assertThat(o.get("warnings").getAsJsonArray()).isEmpty();
        }

        @Test
        @DisplayName("--lenient reads what libtorrent reads, each relaxation a warning; without it, the same file is an error")
        void lenient() throws IOException {
            byte[] plain = TorrentCreator.fromPath(content(), TorrentVersion.V1).build();
            String text = new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .replace("4:pathl9:notes.txte", "4:pathl2:..9:notes.txte") + "\n";
            Path file = dir.resolve("odd.torrent");
            Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

            Run strict = run("inspect", file.toString());
            assertThat(strict.status()).isEqualTo(2);
            assertThat(strict.err()).contains("info.files[0].path has an unsafe path component '..'");

            Run json = run("inspect", "--json", "--lenient", file.toString());
            assertThat(json.status()).isZero();
            assertThat(json.json().get("warnings").toString()).isEqualTo("[\"info.files[0].path: component '..'"
                    + " dropped, as libtorrent does\",\".torrent: 1 bytes after the root dictionary are ignored, as"
                    + " libtorrent ignores them\"]");
            assertThat(json.json().get("files").toString()).contains("{\"path\":\"notes.txt\",\"length\":5}");

            Run lines = run("inspect", "--lenient", file.toString());
            assertThat(lines.status()).isZero();
            assertThat(lines.err().lines()).containsExactly(
                    "torrentctl: warning: info.files[0].path: component '..' dropped, as libtorrent does",
                    "torrentctl: warning: .torrent: 1 bytes after the root dictionary are ignored, as libtorrent"
                            + " ignores them");
        }

        @Test
        @DisplayName("prints what a magnet carries, the rest null or empty")
        void magnetFields() {
            String v1 = "c12fe1c06bba254a9dc9f519b335aa7c1367a88a";
            Run r = run("inspect", "--json", "magnet:?xt=urn:btih:" + v1 + "&dn=x&tr=http://t.invalid/a&xl=42");
            assertThat(r.status()).isZero();
            JsonObject o = r.json();
            assertThat(o.get("name").getAsString()).isEqualTo("x");
            assertThat(o.get("version").getAsString()).isEqualTo("v1");
            assertThat(o.get("info_hash_v1").getAsString()).isEqualTo(v1);
            assertThat(o.get("info_hash_v2").isJsonNull()).isTrue();
            assertThat(o.get("torrent_id").getAsString()).isEqualTo(v1);
            assertThat(o.get("piece_length").isJsonNull()).isTrue();
            assertThat(o.get("piece_count").isJsonNull()).isTrue();
            assertThat(o.get("total_size").getAsLong()).isEqualTo(42);
            assertThat(o.get("private").isJsonNull()).isTrue();
            assertThat(o.get("files").getAsJsonArray()).isEmpty();
            assertThat(o.get("trackers").toString()).isEqualTo("[[\"http://t.invalid/a\"]]");
        }

        @Test
        @DisplayName("without --json prints readable lines")
        void text() throws IOException {
            Path file = dir.resolve("t.torrent");
            Files.write(file, TorrentCreator.fromPath(content(), TorrentVersion.V1).build());
            Run r = run("inspect", file.toString());
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("name: show", "version: v1", "files: 2", "  s01/e01.mkv (50000 bytes)");
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        @DisplayName("a heap too small for the torrent: exit 1 and one line that says to raise it, no stack trace")
        void outOfMemory() throws Exception {
            StringBuilder torrent = new StringBuilder("d4:infod5:filesl");
            for (int i = 0; i < 320_000; i++) {
                torrent.append("d6:lengthi1e4:pathl6:").append(String.format("%06d", i)).append("ee");
            }
            torrent.append("e4:name1:t12:piece lengthi4194304e6:pieces20:").append("x".repeat(20)).append("ee");
            Path file = dir.resolve("huge.torrent");
            Files.writeString(file, torrent, java.nio.charset.StandardCharsets.ISO_8859_1);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "inspect", file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isEqualTo(1);
            assertThat(err.lines()).singleElement().asString()
                    .startsWith("torrentctl: out of memory (the Java heap is ")
                    .contains("JAVA_TOOL_OPTIONS=-Xmx");
        }

        @Test
        @DisplayName("malformed bencode: exit 2, one line naming the file and the byte offset, no stack trace")
        void malformedBencode() throws IOException {
            Path file = dir.resolve("broken.torrent");
            Files.writeString(file, "d4:infod4:name3:abce");
            Run r = run("inspect", file.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("torrentctl: " + file + ": invalid bencode at byte 20"));
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("with --debug the stack trace follows the line")
        void debugShowsStackTrace() throws IOException {
            Path file = dir.resolve("broken.torrent");
            Files.writeString(file, "i03e");
            Run r = run("inspect", "--debug", file.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("invalid bencode at byte 1", "at dev.torrentctl");
        }

        @Test
        @DisplayName("a missing file, a bad magnet and an unknown option each exit 2")
        void otherBadInput() {
            assertThat(run("magnet", dir.resolve("nope.torrent").toString()).err()).contains("no such file");
            Run magnet = run("inspect", "magnet:?xt=urn:btih:123");
            assertThat(magnet.status()).isEqualTo(2);
            assertThat(magnet.err().strip()).startsWith("torrentctl: magnet: invalid magnet link, parameter 'xt'");
            assertThat(run("inspect", "--bogus", "x").status()).isEqualTo(2);
            assertThat(run("create", "-o", dir.resolve("o.torrent").toString(), dir.resolve("missing").toString()).status())
                    .isEqualTo(2);
            assertThat(run("create", "--piece-length", "1000", "-o", dir.resolve("o.torrent").toString(), dir.toString())
                    .err()).contains("power of two");
        }
    }

    @Nested
    @DisplayName("create and magnet")
    class CreateAndMagnet {
        @Test
        @DisplayName("create writes the same bytes as the library, reproducibly with --no-date")
        void createMatchesLibrary() throws IOException {
            Path root = content();
            Path out = dir.resolve("out.torrent");
            Run r = run("create", "--v2", "--piece-length", "32768", "--tracker", "http://a.invalid/1,http://a.invalid/2",
                    "--tracker", "udp://b.invalid:80", "--web-seed", "http://ws.invalid/", "--private", "--comment", "c",
                    "--source", "S", "--no-date", "-o", out.toString(), root.toString());
            assertThat(r.status()).as(r.err()).isZero();
            byte[] expected = TorrentCreator.fromPath(root, TorrentVersion.V2).pieceLength(32768)
                    .trackerTier(java.util.List.of("http://a.invalid/1", "http://a.invalid/2")).tracker("udp://b.invalid:80")
                    .webSeed("http://ws.invalid/").privateTorrent(true).comment("c").source("S").build();
            assertThat(Files.readAllBytes(out)).isEqualTo(expected);
            assertThat(r.out()).contains("wrote " + out);
            assertThat(dir).isDirectoryNotContaining("glob:**.part");
        }

        @Test
        @DisplayName("magnet prints the torrent's magnet link")
        void magnet() throws IOException {
            Path file = dir.resolve("t.torrent");
            byte[] bytes = TorrentCreator.fromPath(content(), TorrentVersion.HYBRID).build();
            Files.write(file, bytes);
            Run r = run("magnet", file.toString());
            assertThat(r.status()).isZero();
            assertThat(r.out().strip()).isEqualTo(Metainfo.parse(bytes).toMagnet().toString());
        }
    }
}
