package dev.torrentctl.api;

/**
 * A transfer rate. Stored as bytes per second; every conversion names its unit, so kibibytes and
 * kilobytes cannot be confused between clients.
 *
 * @param bytesPerSecond the rate, not negative
 * @since 0.1
 */
public record DataRate(long bytesPerSecond) implements Comparable<DataRate> {
    /** No transfer. */
    public static final DataRate ZERO = new DataRate(0);

    /** @throws IllegalArgumentException if negative */
    public DataRate {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("a data rate cannot be negative: " + bytesPerSecond + " B/s");
        }
    }

    /** @param bytesPerSecond bytes per second @return the rate */
    public static DataRate ofBytesPerSecond(long bytesPerSecond) {
        return new DataRate(bytesPerSecond);
    }

    /** @param kibibytesPerSecond KiB (1024 bytes) per second @return the rate */
    public static DataRate ofKibibytesPerSecond(long kibibytesPerSecond) {
        return new DataRate(Math.multiplyExact(kibibytesPerSecond, 1024L));
    }

    /** @return the rate in KiB/s (1024 bytes), rounded down */
    public long toKibibytesPerSecond() {
        return bytesPerSecond / 1024;
    }

    /** @return the rate in kB/s (1000 bytes), rounded down */
    public long toKilobytesPerSecond() {
        return bytesPerSecond / 1000;
    }

    @Override
    public int compareTo(DataRate other) {
        return Long.compare(bytesPerSecond, other.bytesPerSecond);
    }

    /** @return for example {@code 1536 B/s} */
    @Override
    public String toString() {
        return bytesPerSecond + " B/s";
    }
}
