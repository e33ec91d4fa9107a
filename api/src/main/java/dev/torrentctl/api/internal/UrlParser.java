package dev.torrentctl.api.internal;

import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.UrlFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses a client URL with the {@link UrlFormat}s a backend accepts. User-info runs to the last
 * {@code @}, is cut off before anything else is looked at, and is never part of a message. Not API.
 */
public final class UrlParser {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern HOST_PORT = Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._~%-]+)(?::([0-9]*))?$");

    /** What a URL says: the base URI (no user-info), whether the port was left to the backend, the credentials. */
    public record Parsed(URI baseUri, boolean portImplied, Optional<Credentials> credentials) {}

    private UrlParser() {}

    public static Parsed parse(String url, List<UrlFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no URL formats");
        }
        String text = url.strip();
        if (text.isEmpty()) {
            throw invalid("the URL is empty", formats);
        }
        Matcher m = SCHEME.matcher(text);
        String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        String rest = scheme == null ? text : text.substring(m.end());
        if ("file".equals(scheme) || (scheme == null && rest.startsWith("/"))) {
            UrlFormat socket = formats.stream().filter(UrlFormat::isSocket).findFirst()
                    .orElseThrow(() -> invalid("a socket path is not a URL this backend takes", formats));
            return socket(rest, socket, formats);
        }
        UrlFormat format;
        if (scheme == null) {
            format = formats.stream().filter(f -> !f.isSocket()).findFirst()
                    .orElseThrow(() -> invalid("expected a socket path", formats));
        } else {
            String s = scheme;
            format = formats.stream().filter(f -> f.accepts(s)).findFirst()
                    .orElseThrow(() -> invalid("the scheme '" + s + "' is not one this backend takes", formats));
        }
        // user-info: everything before the last '@' (a password may hold '/', '?', '#' or '@')
        int at = rest.lastIndexOf('@');
        String userInfo = at < 0 ? null : rest.substring(0, at);
        String afterUserInfo = rest.substring(at + 1);
        int authorityEnd = indexOfAny(afterUserInfo, "/?#");
        String hostPort = afterUserInfo.substring(0, authorityEnd);
        String tail = afterUserInfo.substring(authorityEnd);
        String shownScheme = scheme == null ? format.impliedScheme() : scheme;
        Matcher hp = HOST_PORT.matcher(hostPort);
        if (hostPort.isEmpty() || !hp.matches()) {
            throw invalid("no valid host" + (hostPort.isEmpty() ? "" : " in '" + shownScheme + "://" + hostPort + "'"),
                    formats);
        }
        String host = hp.group(1);
        int port = -1;
        if (hp.group(2) != null) {
            if (hp.group(2).isEmpty() || hp.group(2).length() > 5 || Integer.parseInt(hp.group(2)) < 1
                    || Integer.parseInt(hp.group(2)) > 65535) {
                throw invalid("the port of '" + shownScheme + "://" + hostPort + "' is not between 1 and 65535", formats);
            }
            port = Integer.parseInt(hp.group(2));
        }
        if (tail.indexOf('?') >= 0 || tail.indexOf('#') >= 0) {
            throw invalid("a client URL has no query or fragment ('" + shownScheme + "://" + hostPort + "...')", formats);
        }
        String path = tail.replaceAll("/+$", "");
        if (!path.isEmpty() && !format.allowsPath()) {
            throw invalid("'" + shownScheme + "://" + hostPort + "' has a path, which " + format.syntax()
                    + " does not take", formats);
        }
        boolean portImplied = false;
        if (port < 0) {
            boolean webScheme = scheme != null && (scheme.equals("http") || scheme.equals("https"));
            if (!webScheme && format.defaultPort() > 0) {
                port = format.defaultPort();
            } else if (scheme == null) {
                portImplied = true;
            }
        }
        URI base = uri(shownScheme, host, port, path, formats);
        return new Parsed(base, portImplied, credentials(userInfo, formats));
    }

    private static Parsed socket(String rest, UrlFormat format, List<UrlFormat> formats) {
        if (rest.indexOf('@') >= 0) {
            throw invalid("a socket path takes no user name or password", formats);
        }
        if (!rest.startsWith("/")) {
            throw invalid("a socket path must be absolute", formats);
        }
        try {
            return new Parsed(new URI("file", null, rest, null), false, Optional.empty());
        } catch (URISyntaxException e) {
            throw invalid("the socket path is not valid: " + e.getReason(), formats);
        }
    }

    /** @return the URI of these parts */
    public static URI uri(String scheme, String host, int port, String rawPath, List<UrlFormat> formats) {
        try {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return new URI(scheme + "://" + h + (port < 0 ? "" : ":" + port) + (rawPath == null ? "" : rawPath));
        } catch (URISyntaxException e) {
            throw invalid("not a valid URL: " + e.getReason(), formats);
        }
    }

    private static Optional<Credentials> credentials(String userInfo, List<UrlFormat> formats) {
        if (userInfo == null) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name", formats);
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1), "password", formats);
        return Optional.of(new Credentials(user, password));
    }

    private static String decode(String s, String what, List<UrlFormat> formats) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // the message must not contain the credential itself
            throw invalid("bad percent-encoding in the " + what, formats);
        }
    }

    private static InvalidInputException invalid(String why, List<UrlFormat> formats) {
        return new InvalidInputException("configure", "invalid URL: " + why + "; expected "
                + formats.stream().map(UrlFormat::syntax).collect(Collectors.joining(" or ")), null);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
