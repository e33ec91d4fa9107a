package dev.torrentctl.backend.support.http;

import dev.torrentctl.api.DataRate;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * An answer's body, read under two guards: at most {@code maxBytes} (then a
 * {@link LimitExceededException} naming the limit), and at least {@code minRate} averaged over each
 * window, which the transport's watchdog checks with {@link #checkRate()} every window whatever the
 * reader does (a read blocked on a trickle included), so neither a huge nor a trickling answer holds
 * a call.
 */
final class GuardedInputStream extends FilterInputStream {
    private final long maxBytes;
    private final String limitName;
    private final long minBytesPerWindow;
    private final long windowNanos;
    private final DataRate minRate;
    private volatile long total;
    private long checkedTotal;

    GuardedInputStream(InputStream in, long maxBytes, String limitName, DataRate minRate, Duration window) {
        super(in);
        this.maxBytes = maxBytes;
        this.limitName = limitName;
        this.minRate = minRate;
        this.windowNanos = window.toNanos();
        this.minBytesPerWindow = minRate.bytesPerSecond() * Math.max(1, window.toSeconds());
    }

    private void count(long n) throws IOException {
        if (n > 0) {
            total += n;
            if (total > maxBytes) {
                throw new LimitExceededException("the answer is larger than " + limitName + " (" + maxBytes
                        + " bytes); raise it with ClientConfig.Builder#responseLimits if the client is trusted");
            }
        }
    }

    /**
     * Called once per window by the transport's watchdog, from another thread.
     *
     * @return why the answer is too slow, or null when it came fast enough since the last check
     */
    String checkRate() {
        long now = total;
        long came = now - checkedTotal;
        checkedTotal = now;
        return came >= minBytesPerWindow ? null : "the answer came at " + came + " bytes in "
                + Duration.ofNanos(windowNanos).toMillis() + " ms, slower than the minimum transfer rate " + minRate
                + " (ClientConfig.Builder#minTransferRate)";
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(0, n));
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }
}
