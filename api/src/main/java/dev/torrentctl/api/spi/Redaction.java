package dev.torrentctl.api.spi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text a server sent or a library logs (an answer's excerpt in an error
 * message, HttpClient's wire log): the values of {@code Authorization}, {@code Cookie},
 * {@code Set-Cookie}, {@code X-Transmission-Session-Id} and {@code X-Api-Key} headers, cookie-like
 * {@code SID=} pairs, and form or query fields named like a password, token or key, plain or
 * URL-encoded. Each value becomes {@code ****}. Backends use it on every excerpt they put in a
 * message; {@link dev.torrentctl.api.BackendProtocolException} applies it to the body it carries.
 *
 * @since 0.2
 */
public final class Redaction {
    private static final List<Pattern> SECRETS = List.of(
            // header lines, in the headers log ("Cookie: a=b") and the wire log ("\"Cookie: a=b[\r][\n]\"")
            Pattern.compile("(?i)((?:proxy-)?authorization|cookie|set-cookie|x-transmission-session-id|x-api-key)"
                    + "(\\s*:\\s*)([^\\[\\r\\n\"]+)"),
            // form fields of a login body, and JSON fields ("password":"...")
            Pattern.compile("(?i)((?:^|[&?\"\\s{,])(?:password|passwd|pass|pwd|api_?key|apikey|token|session_?id)"
                    + "(?:=|\"\\s*:\\s*\"))([^&\\s\"\\[]*)"),
            // session cookies (qBittorrent's SID and QBT_SID_port) wherever they appear
            Pattern.compile("(?i)(\\b(?:SID|QBT_SID_\\d+)=)([^;&\\s\"\\[]+)"));

    private Redaction() {}

    /** @param text a log message @return it without secrets */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : SECRETS) {
            Matcher m = p.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement = m.groupCount() == 3 ? m.group(1) + m.group(2) + "****" : m.group(1) + "****";
                if (m.group(m.groupCount()).isEmpty()) {
                    replacement = m.group(); // nothing to hide
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }
}
