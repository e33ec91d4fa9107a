package dev.torrentctl.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One form of URL a backend accepts, such as qBittorrent's
 * {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]} or rTorrent's {@code [file://]SOCKET_PATH}.
 * Each {@link dev.torrentctl.api.spi.ApiProvider} declares its own; {@link ClientConfig#builder(String, java.util.List)}
 * parses a URL with them and, if none fits, says which forms were expected. Immutable.
 *
 * <p>Rules common to every form: user name and password come before the last {@code @} and are
 * percent-decoded (so a password may hold {@code /}, {@code ?}, {@code #} or {@code @}, or spell
 * them {@code %2F}, {@code %3F}, {@code %23}, {@code %40}); a path that contains {@code @} must
 * spell it {@code %40}; a URL is never echoed in an error with its user-info.
 *
 * @since 0.2
 */
public final class UrlFormat {
    private final String syntax;
    private final Set<String> schemes;
    private final String impliedScheme;
    private final int defaultPort;
    private final boolean path;
    private final boolean socket;

    private UrlFormat(String syntax, Set<String> schemes, String impliedScheme, int defaultPort, boolean path,
            boolean socket) {
        this.syntax = syntax;
        this.schemes = schemes;
        this.impliedScheme = impliedScheme;
        this.defaultPort = defaultPort;
        this.path = path;
        this.socket = socket;
    }

    /**
     * {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}: without a scheme, {@code http} and
     * {@code defaultPort}; with one and no port, the scheme's port (80, 443). The path is where the
     * client's API is reached (a reverse proxy's prefix).
     *
     * @param defaultPort the client's usual port, or -1 to leave it to {@link ClientConfig#baseUri(int)}
     * @return the format
     */
    public static UrlFormat http(int defaultPort) {
        return new UrlFormat("[http[s]://][USER:PASS@]HOST[:PORT][/PATH]", Set.of("http", "https"), "http",
                port(defaultPort), true, false);
    }

    /**
     * {@code [USER:PASS@]HOST[:PORT]}, for a client's own TCP protocol (Deluge's daemon). The
     * config's {@link ClientConfig#baseUri()} gets {@code scheme}, which the URL may also spell.
     *
     * @param scheme the scheme that names the protocol, such as {@code "deluge"}
     * @param defaultPort the client's usual port
     * @return the format
     */
    public static UrlFormat hostPort(String scheme, int defaultPort) {
        String s = scheme(scheme);
        return new UrlFormat("[" + s + "://][USER:PASS@]HOST[:PORT]", Set.of(s), s, port(defaultPort), false, false);
    }

    /**
     * {@code [scgi://]HOST[:PORT]}: SCGI over TCP (rTorrent).
     *
     * @param defaultPort the usual port
     * @return the format
     */
    public static UrlFormat scgi(int defaultPort) {
        return new UrlFormat("[scgi://]HOST[:PORT]", Set.of("scgi"), "scgi", port(defaultPort), false, false);
    }

    /**
     * {@code [file://]SOCKET_PATH}: a Unix domain socket, by absolute path (rTorrent's SCGI socket).
     *
     * @return the format
     */
    public static UrlFormat unixSocket() {
        return new UrlFormat("[file://]SOCKET_PATH", Set.of("file"), "file", -1, true, true);
    }

    /** @return the form, as shown to users, such as {@code [scgi://]HOST[:PORT]} */
    public String syntax() {
        return syntax;
    }

    /** @return the schemes a URL of this form may spell */
    public Set<String> schemes() {
        return schemes;
    }

    /** @return the scheme a URL of this form gets when it spells none */
    public String impliedScheme() {
        return impliedScheme;
    }

    /** @return the port used when the URL has none, or -1 */
    public int defaultPort() {
        return defaultPort;
    }

    /** @return whether a URL of this form may have a path */
    public boolean allowsPath() {
        return path;
    }

    /** @return whether this form names a socket file rather than a host */
    public boolean isSocket() {
        return socket;
    }

    /** @param scheme a scheme, in any case @return whether a URL of this form may spell it */
    public boolean accepts(String scheme) {
        return scheme != null && schemes.contains(scheme.toLowerCase(Locale.ROOT));
    }

    private static int port(int p) {
        if (p != -1 && (p < 1 || p > 65535)) {
            throw new IllegalArgumentException("port out of range: " + p);
        }
        return p;
    }

    private static String scheme(String s) {
        Objects.requireNonNull(s, "scheme");
        if (!s.matches("[a-z][a-z0-9+.-]*")) {
            throw new IllegalArgumentException("not a lower-case scheme: " + s);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UrlFormat f && syntax.equals(f.syntax) && defaultPort == f.defaultPort;
    }

    @Override
    public int hashCode() {
        return Objects.hash(syntax, defaultPort);
    }

    @Override
    public String toString() {
        return syntax + (defaultPort < 0 ? "" : " (port " + defaultPort + ")");
    }
}
