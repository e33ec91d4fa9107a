package dev.torrentctl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code torrentctl magnet FILE.torrent}: prints the torrent's magnet link. */
@Command(name = "magnet", mixinStandardHelpOptions = true,
        description = "Print the magnet link of a .torrent file (hashes, name, trackers, web seeds).")
final class MagnetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(paramLabel = "FILE.torrent", description = "The .torrent file.")
    Path file;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(Inputs.torrent(file).toMagnet());
        return 0;
    }
}
