package dev.torrentctl.daemons.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures everything torrentctl logs, and everything HttpClient logs (its wire and headers logs
 * included, which torrentctl's SLF4J provider sends to {@code System.Logger}, redacted), at the
 * finest level ({@code System.Logger} goes to java.util.logging unless an application installs
 * another finder), and fails a test class if any
 * captured message, parameter or exception message holds a registered {@link Secrets secret} or
 * something shaped like a session cookie or an {@code Authorization} header. Every
 * {@code TorrentClientException} is logged at TRACE when made, so this covers every error message
 * raised during the suite, including those the tests catch and assert on.
 *
 * <p>Registered for a whole module with JUnit's extension auto-detection.
 */
public final class SecretScanExtension implements BeforeAllCallback, AfterAllCallback {
    private static final Logger ROOT = Logger.getLogger("dev.torrentctl");
    private static final Capture CAPTURE = new Capture();
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("(?i)\\b(SID|QBT_SID_\\d+)=[A-Za-z0-9+/%]{8,}"),
            Pattern.compile("(?i)Authorization\\s*[:=]\\s*(?!\\*\\*\\*\\*)\\S+"),
            Pattern.compile("\\bBearer\\s+qbt_[A-Za-z0-9]{8,}"),
            Pattern.compile("(?i)X-Transmission-Session-Id\\s*[:=]\\s*(?!\\*\\*\\*\\*)\\S{8,}"));

    /** HttpClient's loggers, wire and headers included: they reach java.util.logging through torrentctl's SLF4J provider. */
    private static final Logger HTTP_CLIENT = Logger.getLogger("org.apache.hc.client5.http");

    static {
        ROOT.setLevel(Level.ALL);
        ROOT.addHandler(CAPTURE);
        HTTP_CLIENT.setLevel(Level.ALL);
        HTTP_CLIENT.addHandler(CAPTURE);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // the static initializer has installed the capture
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> findings = scan(CAPTURE.drain(), Secrets.known());
        if (!findings.isEmpty()) {
            throw new AssertionError("torrentctl logged secrets during " + context.getDisplayName() + ":\n  "
                    + String.join("\n  ", findings));
        }
    }

    /** @return one line per leak, naming the logger, the level and the secret's origin or shape; never the secret */
    static List<String> scan(List<Captured> records, Map<String, String> secrets) {
        List<String> findings = new ArrayList<>();
        for (Captured r : records) {
            secrets.forEach((secret, origin) -> {
                if (r.text().contains(secret)) {
                    findings.add(r.logger() + " " + r.level() + ": contains the " + origin);
                }
            });
            for (Pattern p : SHAPES) {
                if (p.matcher(r.text()).find()) {
                    findings.add(r.logger() + " " + r.level() + ": contains something shaped like " + p.pattern());
                }
            }
        }
        return findings;
    }

    /**
     * @param loggerPrefix the start of a logger name, such as {@code org.apache.hc.client5.http.wire}
     * @return the text of the records captured from such loggers and not yet scanned (for a test that
     *     the capture sees them; the scan still runs on them after the class)
     */
    public static List<String> capturedFrom(String loggerPrefix) {
        return CAPTURE.peek().stream().filter(r -> r.logger().startsWith(loggerPrefix)).map(Captured::text).toList();
    }

    /** @return how many records have been captured since the JVM started (for a test that the capture works) */
    public static long capturedSoFar() {
        return CAPTURE.total;
    }

    /** What one log record said: its message with parameters, and its exception chain's messages. */
    record Captured(String logger, String level, String text) {}

    private static final class Capture extends Handler {
        private final SimpleFormatter formatter = new SimpleFormatter();
        private final List<Captured> records = new ArrayList<>();
        private volatile long total;

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(formatter.formatMessage(record));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(p);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append(' ').append(t);
            }
            records.add(new Captured(record.getLoggerName(), record.getLevel().getName(), text.toString()));
            total++;
        }

        synchronized List<Captured> peek() {
            return new ArrayList<>(records);
        }

        synchronized List<Captured> drain() {
            List<Captured> out = new ArrayList<>(records);
            records.clear();
            return out;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
