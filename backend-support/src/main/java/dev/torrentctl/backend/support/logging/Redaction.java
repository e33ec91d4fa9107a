package dev.torrentctl.backend.support.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of what HttpClient logs (its {@code headers} and {@code wire} loggers show
 * requests and answers byte for byte): the values of {@code Authorization}, {@code Cookie},
 * {@code Set-Cookie} and {@code X-Transmission-Session-Id} headers and of {@code X-Api-Key}, and
 * form fields named like a password. Each becomes {@code ****}.
 */
public final class Redaction {
    private static final List<Pattern> SECRETS = List.of(
            // header lines, in the headers log ("Cookie: a=b") and the wire log ("\"Cookie: a=b[\r][\n]\"")
            Pattern.compile("(?i)((?:proxy-)?authorization|cookie|set-cookie|x-transmission-session-id|x-api-key)"
                    + "(\\s*:\\s*)([^\\[\\r\\n\"]+)"),
            // form fields of a login body
            Pattern.compile("(?i)((?:^|[&?\"\\s])(?:password|passwd|pass|pwd|api_?key|token)=)([^&\\s\"\\[]*)"));

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
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }
}
