package dev.torrentctl.backend.transmission.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ResponseLimits;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.backend.support.http.HttpBodies;
import dev.torrentctl.backend.support.http.HttpTransport;
import dev.torrentctl.backend.support.http.LimitExceededException;
import dev.torrentctl.backend.support.json.ItemBoundedReader;
import dev.torrentctl.backend.support.json.JsonAnswers;
import dev.torrentctl.backend.transmission.TransmissionProtocol;
import dev.torrentctl.backend.transmission.TransmissionProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Transmission's RPC over HTTP, in either dialect: the legacy one ({@code {method, arguments}},
 * answered by {@code {result: "success", arguments}}), which every version serves, and JSON-RPC 2.0
 * with snake_case names, which 4.1 ({@code rpc-version-semver} 6) added. The dialect is chosen once,
 * when the client connects ({@link #negotiate}); callers always write legacy names, and read
 * answers with {@link #name}.
 *
 * <p>HTTP Basic authentication on every request, and the CSRF handshake: a 409 carries a new
 * {@code X-Transmission-Session-Id} (and on 4.1 the server's {@code X-Transmission-Rpc-Version});
 * the request is sent again once with it. A refusal is never retried: 401 (credentials), 403 (the
 * address is not in {@code rpc-whitelist}, or logins are locked after failures), 421 (the host name
 * is not in {@code rpc-host-whitelist}), each with the setting to change. Thread-safe.
 */
final class RpcClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.backend.transmission");
    private static final String BACKEND = TransmissionProvider.NAME;
    private static final String SESSION_HEADER = "X-Transmission-Session-Id";
    private static final String VERSION_HEADER = "X-Transmission-Rpc-Version";

    /** The two ways of speaking to Transmission. */
    enum Dialect {
        /** {@code {"method": "torrent-get", "arguments": {...}}}: 3.00 and later. */
        LEGACY,
        /** {@code {"jsonrpc": "2.0", "method": "torrent_get", "params": {...}, "id": n}}: 4.1 and later. */
        JSON_RPC
    }

    private final HttpTransport transport;
    private final URI rpc;
    private final Optional<String> authorization;
    private final AtomicLong ids = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger handshakes = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String sessionId = "";
    private volatile String serverSemver = "";
    private volatile Dialect dialect = Dialect.LEGACY;

    /** An answer: status, session id and semver headers, and the body's text or what a handler read of it. */
    private record Answer(int status, String body, String sessionId, String semver, JsonObject read) {}

    RpcClient(ClientConfig config) {
        this.transport = new HttpTransport(BACKEND, config);
        this.rpc = rpcUri(config);
        this.authorization = config.credentials().map(HttpBodies::basicAuthorization);
    }

    /** The URL's path when it has one (a reverse proxy may have moved the RPC), else {@code /transmission/rpc}. */
    static URI rpcUri(ClientConfig config) {
        URI base = config.baseUri(TransmissionProvider.DEFAULT_PORT);
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        String full = path.isEmpty() || path.equals("/") ? "/transmission/rpc"
                : path.endsWith("/rpc") ? path : path.replaceAll("/+$", "") + "/rpc";
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + full);
    }

    /**
     * Picks the dialect: JSON-RPC 2.0 when the server announces {@code rpc-version-semver} 6 or
     * later (in the 409 of the handshake, or as {@code rpc-version} 18 or later) and the choice
     * allows it.
     *
     * @return what {@code session-get} answered for {@code version}, {@code rpc-version} and
     *     {@code rpc-version-semver}, under their legacy names
     */
    JsonObject negotiate(TransmissionProtocol choice) {
        JsonObject fields = new JsonObject();
        JsonArray names = new JsonArray();
        names.add("version");
        names.add("rpc-version");
        names.add("rpc-version-semver");
        fields.add("fields", names);
        JsonObject legacy = call("connect", "session-get", fields);
        int rpcVersion = legacy.has("rpc-version") && legacy.get("rpc-version").isJsonPrimitive()
                ? legacy.get("rpc-version").getAsInt() : 0;
        boolean offersJsonRpc = major(serverSemver) >= 6 || rpcVersion >= 18;
        if (choice == TransmissionProtocol.JSON_RPC && !offersJsonRpc) {
            throw new UnrecognizedServerException(BACKEND, "connect", rpc.toString(), 200, "a Transmission without"
                    + " JSON-RPC 2.0 (rpc-version " + rpcVersion + "; it came with 4.1, rpc-version 18)");
        }
        if (choice != TransmissionProtocol.LEGACY && offersJsonRpc) {
            dialect = Dialect.JSON_RPC;
            LOG.log(Level.DEBUG, "Transmission offers JSON-RPC 2.0 (rpc-version-semver {0}); using it", serverSemver);
        }
        return legacy;
    }

    private static int major(String semver) {
        try {
            return semver.isEmpty() ? 0 : Integer.parseInt(semver.split("\\.", 2)[0].strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return how many session ids the server handed out (409s answered), for tests */
    int handshakes() {
        return handshakes.get();
    }

    Dialect dialect() {
        return dialect;
    }

    /** @return a method, key or keyword in the dialect in use */
    String name(String legacy) {
        return dialect == Dialect.JSON_RPC ? RpcNames.snake(legacy) : legacy;
    }

    /**
     * Calls {@code method} with arguments written with legacy names.
     *
     * @return the answer's arguments (legacy) or result (JSON-RPC), with the dialect's names
     */
    JsonObject call(String operation, String method, JsonObject arguments) {
        return call(operation, method, arguments, result -> null);
    }

    /**
     * As {@link #call(String, String, JsonObject)}, with the failures the caller knows how to name.
     *
     * @param onFailure given Transmission's text for a failed call, the error to throw, or null for
     *     a {@link BackendProtocolException}
     */
    JsonObject call(String operation, String method, JsonObject arguments,
            java.util.function.Function<String, RuntimeException> onFailure) {
        String body = request(method, arguments);
        Answer answer = exchange(operation, method, body, null);
        if (answer.read() != null) {
            return answer.read();
        }
        if (answer.body().stripLeading().startsWith("<")) {
            throw new UnrecognizedServerException(BACKEND, operation, rpc.toString(), answer.status(), "an HTML page");
        }
        JsonObject o = JsonAnswers.read(BACKEND, operation, method, answer.status(), answer.body(),
                JsonElement::getAsJsonObject);
        return outcome(operation, method, o, answer.body(), onFailure);
    }

    /**
     * Calls a method whose answer is a list of torrents ({@code torrent-get}), read while it
     * streams: each torrent is a small tree of its own, bounded by
     * {@link ResponseLimits#maxListItemBytes()}, and handed to {@code each}; there are at most
     * {@link ResponseLimits#maxListItems()} of them, and the whole answer is bounded by
     * {@link ResponseLimits#maxListBytes()}.
     *
     * @return the other members of the arguments or result (such as {@code removed})
     */
    JsonObject stream(String operation, String method, JsonObject arguments, Consumer<JsonObject> each) {
        return streamItems(operation, method, arguments, in -> {
            JsonElement t = JsonParser.parseReader(in);
            if (!t.isJsonObject()) {
                throw new BackendProtocolException(BACKEND, operation, 200, "", method + " listed a torrent that is"
                        + " not an object", null);
            }
            each.accept(t.getAsJsonObject());
        });
    }

    /** Reads one item of a list from the reader, which is positioned before it. */
    @FunctionalInterface
    interface ItemReader {
        void read(JsonReader in) throws IOException;
    }

    /**
     * As {@link #stream}, with each torrent read straight from the JSON reader (no tree: a list of
     * 10,000 torrents is read in about a third of the time), within the same bounds.
     */
    JsonObject streamItems(String operation, String method, JsonObject arguments, ItemReader each) {
        String body = request(method, arguments);
        Answer answer = exchange(operation, method, body, each);
        if (answer.read() == null) {
            throw new BackendProtocolException(BACKEND, operation, answer.status(), answer.body(),
                    "unexpected answer to " + method, null);
        }
        return answer.read();
    }

    /**
     * Sends a method as the caller wrote it (names in the dialect in use, or legacy ones, which are
     * translated) and returns the whole answer's text, whatever it says.
     */
    String raw(String operation, String method, JsonObject arguments) {
        Answer answer = exchange(operation, method, request(method, arguments), null);
        return answer.body();
    }

    private String request(String method, JsonObject arguments) {
        JsonObject request = new JsonObject();
        if (dialect == Dialect.JSON_RPC) {
            request.addProperty("jsonrpc", "2.0");
            request.addProperty("method", RpcNames.snake(method));
            request.add("params", snakeKeys(arguments));
            request.addProperty("id", ids.incrementAndGet());
        } else {
            request.addProperty("method", method);
            request.add("arguments", arguments);
        }
        return request.toString();
    }

    /** A request's arguments with snake_case keys, and the names in {@code fields} and {@code ids} too. */
    private static JsonObject snakeKeys(JsonObject legacy) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, JsonElement> e : legacy.entrySet()) {
            JsonElement v = e.getValue();
            if (e.getKey().equals("fields") && v.isJsonArray()) {
                JsonArray names = new JsonArray();
                v.getAsJsonArray().forEach(n -> names.add(RpcNames.snake(n.getAsString())));
                v = names;
            } else if (e.getKey().equals("ids") && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                v = new JsonPrimitive(RpcNames.snake(v.getAsString()));
            } else if (v.isJsonObject()) {
                v = snakeKeys(v.getAsJsonObject());
            }
            out.add(RpcNames.snake(e.getKey()), v);
        }
        return out;
    }

    /** The arguments or result of an answer; a failure as a typed error. */
    private JsonObject outcome(String operation, String method, JsonObject o, String body,
            java.util.function.Function<String, RuntimeException> onFailure) {
        if (dialect == Dialect.JSON_RPC && !o.has("result") && !o.has("error")) {
            throw new BackendProtocolException(BACKEND, operation, 200, body, method + " answered neither a result"
                    + " nor an error", null);
        }
        if (o.has("error") && o.get("error").isJsonObject()) {
            throw failure(operation, method, errorText(o.getAsJsonObject("error")), body, onFailure);
        }
        if (dialect == Dialect.JSON_RPC) {
            JsonElement result = o.get("result");
            return result != null && result.isJsonObject() ? result.getAsJsonObject() : new JsonObject();
        }
        String result = o.has("result") && o.get("result").isJsonPrimitive() ? o.get("result").getAsString() : "";
        if (!result.equals("success")) {
            throw failure(operation, method, result, body, onFailure);
        }
        return o.has("arguments") && o.get("arguments").isJsonObject() ? o.getAsJsonObject("arguments")
                : new JsonObject();
    }

    private static String errorText(JsonObject error) {
        String message = error.has("message") && error.get("message").isJsonPrimitive()
                ? error.get("message").getAsString() : "error";
        JsonElement data = error.get("data");
        if (data != null && data.isJsonObject() && data.getAsJsonObject().has("error_string")
                && data.getAsJsonObject().get("error_string").isJsonPrimitive()) {
            String detail = data.getAsJsonObject().get("error_string").getAsString();
            if (!detail.isEmpty() && !detail.equals(message)) {
                return message + ": " + detail;
            }
        }
        return message;
    }

    private static RuntimeException failure(String operation, String method, String result, String body,
            java.util.function.Function<String, RuntimeException> onFailure) {
        RuntimeException named = onFailure.apply(result);
        return named != null ? named : new BackendProtocolException(BACKEND, operation, 200, body, method + " failed: "
                + result, null);
    }

    /** Sends the request, once more after a 409 with the new session id, and maps refusals. */
    private Answer exchange(String operation, String method, String body, ItemReader each) {
        Answer answer = send(operation, body, each);
        if (answer.status() == 409) {
            handshakes.incrementAndGet();
            sessionId = answer.sessionId();
            if (!answer.semver().isEmpty()) {
                serverSemver = answer.semver();
            }
            LOG.log(Level.DEBUG, "new RPC session id received; sending {0} again", method);
            answer = send(operation, body, each);
            if (answer.status() == 409) {
                throw new BackendProtocolException(BACKEND, operation, 409, "", "Transmission asked for a new session"
                        + " id twice in a row", null);
            }
        }
        switch (answer.status()) {
            case 200 -> {
                return answer;
            }
            case 401 -> throw new AuthenticationException(BACKEND, operation, authorization.isEmpty()
                    ? "Transmission requires a user name and password (rpc-authentication-required) and none were"
                            + " configured"
                    : "bad user name or password");
            case 403 -> throw forbidden(operation, answer.body());
            case 421 -> throw new AuthenticationException(BACKEND, operation, "Transmission refused the host"
                    + " name in " + rpc + " (421, rpc-host-whitelist): connect by IP address or localhost, add the name to"
                    + " 'rpc-host-whitelist' in settings.json, or enable password authentication");
            case 404 -> throw new UnrecognizedServerException(BACKEND, operation, rpc.toString(), 404,
                    "no Transmission RPC at this path");
            default -> throw new BackendProtocolException(BACKEND, operation, answer.status(), answer.body(),
                    "unexpected answer to " + method, null);
        }
    }

    /**
     * A 403: Transmission 3.00 says which (its text); 4.x sends no text, so the message names both.
     * Neither is retried.
     */
    private static AuthenticationException forbidden(String operation, String body) {
        if (body.contains("Too many unsuccessful login attempts")) {
            return new AuthenticationBannedException(BACKEND, operation, "Transmission refuses every login after too"
                    + " many failures, until it restarts");
        }
        if (body.contains("Unauthorized IP Address")) {
            return new AuthenticationException(BACKEND, operation, "Transmission does not accept calls from this"
                    + " address: add it to 'rpc-whitelist' in settings.json, or set 'rpc-whitelist-enabled' to false");
        }
        return new AuthenticationException(BACKEND, operation, "Transmission refused the call (403): this address is"
                + " not in its 'rpc-whitelist' (settings.json; or set 'rpc-whitelist-enabled' to false), or its"
                + " anti-brute-force protection locked logins after too many failures (restart the daemon)");
    }

    private Answer send(String operation, String body, ItemReader each) {
        HttpPost post = new HttpPost(rpc);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        authorization.ifPresent(a -> post.setHeader("Authorization", a));
        String id = sessionId;
        if (!id.isEmpty()) {
            post.setHeader(SESSION_HEADER, id);
        }
        org.apache.hc.core5.http.io.HttpClientResponseHandler<Answer> handler = r -> {
            String newId = header(r, SESSION_HEADER);
            String semver = header(r, VERSION_HEADER);
            if (each != null && r.getCode() == 200 && r.getEntity() != null) {
                return new Answer(200, "", newId, semver, streamTorrents(operation, r.getEntity(), each));
            }
            return new Answer(r.getCode(), HttpBodies.text(r.getEntity()), newId, semver, null);
        };
        return each != null ? transport.executeList(operation, post, handler)
                : transport.execute(operation, post, handler);
    }

    private static String header(ClassicHttpResponse r, String name) {
        Header h = r.getFirstHeader(name);
        return h == null ? "" : h.getValue();
    }

    /** Reads a torrent-get answer of either dialect while it streams. */
    private JsonObject streamTorrents(String operation, HttpEntity entity, ItemReader each) throws IOException {
        ResponseLimits limits = transport.limits();
        ItemBoundedReader items = new ItemBoundedReader(new InputStreamReader(entity.getContent(),
                StandardCharsets.UTF_8), limits.maxListItemBytes());
        JsonObject rest = new JsonObject();
        String legacyResult = null;
        JsonObject error = null;
        boolean sawPayload = false;
        int count = 0;
        try (JsonReader in = JsonAnswers.reader(items)) {
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if ((name.equals("arguments") || name.equals("result")) && in.peek() == JsonToken.BEGIN_OBJECT) {
                    sawPayload = true;
                    in.beginObject();
                    while (in.hasNext()) {
                        String member = in.nextName();
                        if (!member.equals("torrents") || in.peek() != JsonToken.BEGIN_ARRAY) {
                            rest.add(member, JsonParser.parseReader(in));
                            continue;
                        }
                        in.beginArray();
                        while (in.hasNext()) {
                            if (count++ == limits.maxListItems()) {
                                throw new LimitExceededException("the list holds more than ResponseLimits.maxListItems ("
                                        + limits.maxListItems() + ") torrents; raise it with"
                                        + " ClientConfig.Builder#responseLimits");
                            }
                            items.itemStarts();
                            each.read(in);
                        }
                        in.endArray();
                    }
                    in.endObject();
                } else if (name.equals("result") && in.peek() == JsonToken.STRING) {
                    legacyResult = in.nextString();
                } else if (name.equals("error") && in.peek() == JsonToken.BEGIN_OBJECT) {
                    error = JsonParser.parseReader(in).getAsJsonObject();
                } else {
                    in.skipValue();
                }
            }
        } catch (JsonParseException | IllegalStateException | MalformedJsonException e) {
            throw new BackendProtocolException(BACKEND, operation, 200, "", "torrent-get answered JSON that cannot be"
                    + " read (" + e.getMessage() + ")", e);
        }
        if (error != null) {
            throw failure(operation, "torrent-get", errorText(error), "", r -> null);
        }
        if (dialect == Dialect.LEGACY && legacyResult != null && !legacyResult.equals("success")) {
            throw failure(operation, "torrent-get", legacyResult, "", r -> null);
        }
        if (!sawPayload) {
            throw new BackendProtocolException(BACKEND, operation, 200, "", "torrent-get answered no torrents", null);
        }
        return rest;
    }

    /** @return this client's connection events */
    ConnectionEvents events() {
        return transport.events();
    }

    @Override
    public void close() {
        transport.close();
    }
}
