package dev.torrentctl.backend.support.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.torrentctl.api.BackendProtocolException;
import java.util.function.Function;

/** A JSON answer read into a value; JSON that cannot be read, or lacks what the reader needs, is a protocol error. */
public final class JsonAnswers {
    private JsonAnswers() {}

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
            return read.apply(JsonParser.parseString(body));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
                | NumberFormatException | ClassCastException e) {
            // NullPointerException: a field the reader requires is missing from the answer
            throw new BackendProtocolException(backend, operation, status, body, what + " answered JSON that cannot be"
                    + " read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }
}
