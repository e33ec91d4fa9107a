package dev.torrentctl.cli;

import picocli.CommandLine.Command;

/**
 * {@code torrentctl}: the top of the command tree. The offline commands work on files and magnets;
 * the client commands (list, add, ...) will sit beside them, taking the client's URL.
 */
@Command(name = "torrentctl", mixinStandardHelpOptions = true, version = "torrentctl 0.1.0-SNAPSHOT",
        description = "Inspect, create and link BitTorrent metainfo; drive BitTorrent clients.",
        subcommands = {InspectCommand.class, CreateCommand.class, MagnetCommand.class})
final class TorrentctlCommand {
}
