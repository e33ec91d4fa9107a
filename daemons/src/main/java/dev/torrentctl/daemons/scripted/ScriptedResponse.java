package dev.torrentctl.daemons.scripted;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer a {@link ScriptedHttpServer} gives.
 *
 * @param status the HTTP status code
 * @param body the body, sent as UTF-8
 * @param headers headers to add
 */
public record ScriptedResponse(int status, String body, Map<String, String> headers) {

    /** Copies the headers. */
    public ScriptedResponse {
        headers = Map.copyOf(headers);
    }

    /**
     * @param status the status code
     * @param body the body
     * @return a {@code text/plain} answer
     */
    public static ScriptedResponse text(int status, String body) {
        return new ScriptedResponse(status, body, Map.of("Content-Type", "text/plain; charset=UTF-8"));
    }

    /**
     * @param status the status code
     * @param json the JSON body
     * @return an {@code application/json} answer
     */
    public static ScriptedResponse json(int status, String json) {
        return new ScriptedResponse(status, json, Map.of("Content-Type", "application/json"));
    }

    /**
     * @param name a header name
     * @param value its value
     * @return this answer with that header too
     */
    public ScriptedResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ScriptedResponse(status, body, copy);
    }
}
