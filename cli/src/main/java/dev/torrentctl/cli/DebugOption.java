package dev.torrentctl.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option every command has: show stack traces of failures. */
final class DebugOption {
    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;
}
