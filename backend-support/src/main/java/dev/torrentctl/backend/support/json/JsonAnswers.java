package dev.torrentctl.backend.support.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.torrentctl.api.BackendProtocolException;
import java.util.function.Function;

/** A JSON answer read into a value; JSON that cannot be read, or lacks what the reader needs, is a protocol error. */
public final class JsonAnswers {
    /** How deep a client's JSON may nest: far more than any client's answers, far less than a stack. */
    public static final int MAX_NESTING = 64;

    private JsonAnswers() {}

    /**
     * A streaming reader for a client's answer: nesting bounded by {@link #MAX_NESTING} (so deep
     * nesting is a {@code MalformedJsonException}, never a {@code StackOverflowError}), lenient about
     * what a buggy client writes where a number should be ({@code NaN}, unquoted text), which
     * {@link TolerantNumbers} then takes as unknown.
     *
     * @param reader the answer's text
     * @return the reader
     * @throws IllegalStateException if the Gson on the class path is older than 2.12, which has no
     *     nesting limit (the message says so; Maven's nearest-wins may pick an older one)
     */
    public static com.google.gson.stream.JsonReader reader(java.io.Reader reader) {
        com.google.gson.stream.JsonReader in = new com.google.gson.stream.JsonReader(reader);
        try {
            in.setNestingLimit(MAX_NESTING);
            in.setStrictness(com.google.gson.Strictness.LENIENT);
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            throw new IllegalStateException("torrentctl needs Gson 2.12 or later (JsonReader nesting limits); the class"
                    + " path has an older one: declare com.google.code.gson:gson 2.12+ in the application", e);
        }
        return in;
    }

    /**
     * @param backend the backend name
     * @param operation the operation
     * @param what the endpoint or method that answered, for the message
     * @param status the HTTP status, or -1
     * @param body the answer
     * @param read reads the parsed JSON
     * @param <T> the value
     * @return the value
     * @throws BackendProtocolException if the body is not JSON, or not the JSON {@code read} expects
     */
    public static <T> T read(String backend, String operation, String what, int status, String body,
            Function<JsonElement, T> read) {
        try {
            return read.apply(JsonParser.parseReader(reader(new java.io.StringReader(body))));
        } catch (StackOverflowError e) {
            throw new BackendProtocolException(backend, operation, status, body, what + " answered JSON nested too deep", null);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
                | NumberFormatException | ClassCastException e) {
            // NullPointerException: a field the reader requires is missing from the answer
            throw new BackendProtocolException(backend, operation, status, body, what + " answered JSON that cannot be"
                    + " read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }
}
