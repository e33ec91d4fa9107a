package dev.torrentctl.hashes.crosscheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a reference implementation (libtorrent's Python bindings, mktorrent, transmission-create)
 * as a process. A missing tool fails the test with the fix: these are installed by bin/setup and are
 * never skipped.
 */
final class ReferenceTool {
    private ReferenceTool() {}

    /** Debian's interpreter: python3-libtorrent is installed for it, not for other Pythons on PATH. */
    static final String PYTHON = "/usr/bin/python3";

    static String run(String... command) {
        Path program = Path.of(command[0]);
        if (program.isAbsolute() ? !Files.isExecutable(program) : which(command[0]) == null) {
            throw new AssertionError(command[0] + " is not installed; bin/setup installs it (Debian packages"
                    + " python3-libtorrent, mktorrent, transmission-cli)");
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed with exit " + p.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String libtorrent(String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, oracleScript().toString()));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private static Path oracleScript() {
        Path script = Path.of("src/test/python/libtorrent_oracle.py");
        if (!Files.isRegularFile(script)) {
            throw new AssertionError("oracle script not found at " + script.toAbsolutePath());
        }
        return script;
    }

    private static Path which(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
