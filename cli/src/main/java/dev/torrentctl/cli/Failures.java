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

    /**
     * One line for a heap too small for the input (a torrent of very many files, say), never a
     * stack trace: the JVM is short of memory, so this allocates as little as it can.
     *
     * @return exit status 1
     */
    static int outOfMemory(PrintWriter err) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        err.println("torrentctl: out of memory (the Java heap is " + mib + " MiB); give it more, for example with"
                + " JAVA_TOOL_OPTIONS=-Xmx" + Math.max(512, Long.highestOneBit(mib) * 4) + "m");
        err.flush();
        return 1;
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
