package dev.torrentctl.backend.support.json;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The number policy every backend follows for numbers in a client's answer: a value that is not a
 * finite number in the field's range (1e30 for a size, NaN for a progress, 7.5 for a fraction, a
 * string) does not fail the answer; the field takes its neutral value (zero, or "unknown" where the
 * value type has one), the raw text is kept in the torrent's {@code anomalies()}, and the first such
 * value of each field is logged once as a warning. One bad torrent never fails a list.
 */
public final class TolerantNumbers {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.numbers");
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    private final String backend;
    private Map<String, String> anomalies;

    /** @param backend the backend name, for the warning */
    public TolerantNumbers(String backend) {
        this.backend = backend;
    }

    /** @return the fields of the current value that were out of range, with their raw text; then starts afresh */
    public Map<String, String> takeAnomalies() {
        Map<String, String> out = anomalies == null ? Map.of() : Map.copyOf(anomalies);
        anomalies = null;
        return out;
    }

    private void anomaly(String field, String raw) {
        if (anomalies == null) {
            anomalies = new LinkedHashMap<>();
        }
        String shown = raw.length() > 64 ? raw.substring(0, 64) + "..." : raw;
        anomalies.put(field, shown);
        if (WARNED.add(backend + ":" + field)) {
            LOG.log(System.Logger.Level.WARNING, "[{0}] the client sent {1} = {2}, not a number in range: the field is"
                    + " taken as unknown and the raw value kept in anomalies() (warned once per field)", backend, field,
                    shown);
        }
    }

    /** @return the raw text of a tree value, or null when it is absent, null, or not a number or string */
    private static String raw(com.google.gson.JsonElement e) {
        return e != null && e.isJsonPrimitive() && !e.getAsJsonPrimitive().isBoolean() ? e.getAsString() : null;
    }

    /**
     * {@link #integer(JsonReader, String, long, long, long)} for a field of a JSON object already read.
     *
     * @param object the object
     * @param field the field's name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @param fallback the value when the field is missing, or not a number in {@code [min, max]}
     * @return the value
     */
    public long integer(com.google.gson.JsonObject object, String field, long min, long max, long fallback) {
        if (!object.has(field) || object.get(field).isJsonNull()) {
            return fallback;
        }
        return parseInteger(field, raw(object.get(field)), min, max, fallback);
    }

    /**
     * {@link #real(JsonReader, String, double, double, double)} for a field of a JSON object already read.
     *
     * @param object the object
     * @param field the field's name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @param fallback the value when the field is missing, or not a finite number in {@code [min, max]}
     * @return the value
     */
    public double real(com.google.gson.JsonObject object, String field, double min, double max, double fallback) {
        if (!object.has(field) || object.get(field).isJsonNull()) {
            return fallback;
        }
        return parseReal(field, raw(object.get(field)), min, max, fallback);
    }

    /** @return the raw text of the next value, or null for a value that is not a number or a string (skipped) */
    private static String raw(JsonReader in) throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.NUMBER || t == JsonToken.STRING) {
            return in.nextString();
        }
        in.skipValue();
        return null;
    }

    /**
     * @param in the reader, before the value
     * @param field the field's name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @param fallback the value when the client's is not a number in {@code [min, max]}
     * @return the value
     * @throws IOException if the JSON cannot be read
     */
    public long integer(JsonReader in, String field, long min, long max, long fallback) throws IOException {
        if (in.peek() == JsonToken.NUMBER) {
            // the common case without a detour through text; a number that is not an exact long
            // (7.5, 1e30) stays in the reader after the NumberFormatException, and is read as text
            try {
                long v = in.nextLong();
                if (v >= min && v <= max) {
                    return v;
                }
                anomaly(field, Long.toString(v));
                return fallback;
            } catch (NumberFormatException notALong) {
                return parseInteger(field, in.nextString(), min, max, fallback);
            }
        }
        return parseInteger(field, raw(in), min, max, fallback);
    }

    private long parseInteger(String field, String raw, long min, long max, long fallback) {
        if (raw == null) {
            anomaly(field, "(not a number)");
            return fallback;
        }
        try {
            long v = Long.parseLong(raw);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            try {
                BigDecimal d = new BigDecimal(raw);
                if (d.compareTo(BigDecimal.valueOf(min)) >= 0 && d.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return d.longValue();
                }
            } catch (NumberFormatException notANumber) {
                // falls through to the anomaly
            }
        }
        anomaly(field, raw);
        return fallback;
    }

    /**
     * @param in the reader, before the value
     * @param field the field's name
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @param fallback the value when the client's is not a finite number in {@code [min, max]}
     * @return the value
     * @throws IOException if the JSON cannot be read
     */
    public double real(JsonReader in, String field, double min, double max, double fallback) throws IOException {
        return parseReal(field, raw(in), min, max, fallback);
    }

    private double parseReal(String field, String raw, double min, double max, double fallback) {
        if (raw == null) {
            anomaly(field, "(not a number)");
            return fallback;
        }
        try {
            double v = Double.parseDouble(raw);
            if (Double.isFinite(v) && v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the anomaly
        }
        anomaly(field, raw);
        return fallback;
    }
}
