package dev.torrentctl.hashes;

/**
 * A magnet link that cannot be parsed; {@link #parameter()} names the offending parameter.
 *
 * @since 0.1
 */
public final class MagnetFormatException extends TorrentFormatException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    /**
     * @param parameter the magnet parameter at fault ({@code xt}, {@code dn}, ...), or {@code ""} for the
     *     link as a whole
     * @param message what is wrong with it
     */
    public MagnetFormatException(String parameter, String message) {
        super(parameter.isEmpty() ? "invalid magnet link: " + message
                : "invalid magnet link, parameter '" + parameter + "': " + message);
        this.parameter = parameter;
    }

    /** @return the offending parameter, or {@code ""} when the link as a whole is wrong */
    public String parameter() {
        return parameter;
    }
}
