package dev.torrentctl.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and an exit status: 2 for bad input, 1 for any
 * other failure. The stack trace is printed only with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler {
    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parsed.hasMatchedOption("--debug");
        if (e instanceof BadInputException) {
            err.println("torrentctl: " + e.getMessage());
        } else if (e instanceof UncheckedIOException io) {
            err.println("torrentctl: " + io.getMessage());
        } else {
            err.println("torrentctl: " + e);
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof BadInputException ? 2 : 1;
    }
}
