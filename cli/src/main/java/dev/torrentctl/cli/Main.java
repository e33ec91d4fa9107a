package dev.torrentctl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code torrentctl} command. */
public final class Main {
    private Main() {}

    /** @param args the command line */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs one command line.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 done, 1 failed, 2 bad input or usage
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TorrentctlCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures(err));
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError e) {
            status = Failures.outOfMemory(err);
        }
        out.flush();
        err.flush();
        return status;
    }
}
