package dev.torrentctl.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.daemons.scripted.ScriptedHttpServer;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A named application module ({@code requires dev.torrentctl.api} and nothing else) runs with
 * torrentctl and both backends on the module path, on Java 17 and on Java 25: it finds the backends
 * through {@code ServiceLoader} and talks to scripted qBittorrent and Transmission servers. It must
 * print nothing on stderr but SLF4J's notice (no stack trace, no {@code NoClassDefFoundError}).
 */
@DisplayName("A modular application with both backends on the module path")
class ModulePathIT {
    private static final String HASH = "0123456789abcdef0123456789abcdef01234567";
    private static ScriptedHttpServer qbittorrent;
    private static ScriptedHttpServer transmission;

    @BeforeAll
    static void servers() {
        qbittorrent = ScriptedHttpServer.http();
        qbittorrent.on("GET", "/api/v2/app/webapiVersion", r -> ScriptedResponse.text(200, "2.11.4"));
        qbittorrent.on("GET", "/api/v2/app/version", r -> ScriptedResponse.text(200, "v5.1.0"));
        qbittorrent.on("GET", "/api/v2/torrents/info", r -> ScriptedResponse.json(200, "[{\"hash\":\"" + HASH
                + "\",\"infohash_v1\":\"" + HASH + "\",\"name\":\"modular\",\"state\":\"stoppedDL\"}]"));
        transmission = ScriptedHttpServer.http();
        transmission.on("POST", "/transmission/rpc", r -> r.header("X-Transmission-Session-Id").isEmpty()
                ? ScriptedResponse.text(409, "").withHeader("X-Transmission-Session-Id", "id1")
                : r.bodyText().contains("session-get")
                        ? ScriptedResponse.json(200, "{\"result\":\"success\",\"arguments\":{\"version\":\"4.0.6\","
                                + "\"rpc-version\":17}}")
                        : ScriptedResponse.json(200, "{\"result\":\"success\",\"arguments\":{\"torrents\":[]}}"));
    }

    @AfterAll
    static void stop() {
        qbittorrent.close();
        transmission.close();
    }

    /** The Java of a major version: this JVM for 17, Temurin's for 25 (installed on the project's machines). */
    private static Path javaHome(int major) {
        if (Runtime.version().feature() == major) {
            return Path.of(System.getProperty("java.home"));
        }
        String fromEnv = System.getenv("TORRENTCTL_JAVA" + major + "_HOME");
        Path home = fromEnv != null ? Path.of(fromEnv) : Path.of("/usr/lib/jvm/temurin-" + major + "-jdk-amd64");
        assertThat(home.resolve("bin/java")).as("Java %d is needed for this test (set TORRENTCTL_JAVA%d_HOME)", major,
                major).isExecutable();
        return home;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit status of %s; stdout: %s; stderr: %s", command, out, err).isZero();
        // at most SLF4J's one line naming torrentctl's provider (HttpClient logs through SLF4J); no
        // "no providers, NOP" warning, no stack trace, no Error
        assertThat(err.lines().toList()).as("stderr of %s", command).allSatisfy(line -> assertThat(line)
                .startsWith("SLF4J(I): Attempting to load provider \"dev.torrentctl.backend.support.logging"));
        return out;
    }

    @ParameterizedTest(name = "on Java {0}")
    @ValueSource(ints = {17, 25})
    @DisplayName("finds both backends and lists through each")
    void runsOnTheModulePath(int major) throws Exception {
        Path modules = Path.of(System.getProperty("torrentctl.modulepath.dir"));
        Path source = Path.of(System.getProperty("torrentctl.modulepath.app"));
        Path work = Path.of(System.getProperty("torrentctl.modulepath.work"), "java" + major);
        Files.createDirectories(work);
        Path java = javaHome(major).resolve("bin");
        List<String> sources;
        try (Stream<Path> files = Files.walk(source)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> javac = new ArrayList<>(List.of(java.resolve("javac").toString(), "--release", "17",
                "--module-path", modules.toString(), "-d", work.resolve("app").toString()));
        javac.addAll(sources);
        run(javac);
        String out = run(List.of(java.resolve("java").toString(), "--module-path",
                modules + File.pathSeparator + work.resolve("app"), "-m",
                "torrentctl.example.app/dev.torrentctl.example.App",
                "qbittorrent", qbittorrent.url(), "transmission", transmission.url()));
        assertThat(out).contains("backends [qbittorrent, transmission]", "qbittorrent version v5.1.0",
                "qbittorrent torrent modular STOPPED", "transmission version 4.0.6");
    }
}
