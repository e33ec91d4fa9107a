package dev.torrentctl.backend.transmission.stub.internal;

import dev.torrentctl.backend.support.http.HttpBodies;
import dev.torrentctl.backend.support.http.HttpTransport;
import dev.torrentctl.backend.support.json.JsonAnswers;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.backend.transmission.stub.TransmissionProvider;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Transmission's RPC over HTTP: Basic authentication and the {@code X-Transmission-Session-Id}
 * handshake (a 409 carries a new id; the call is sent again once with it). Uses the legacy request
 * style, which both 3.00 and 4.x serve. Thread-safe.
 */
final class RpcSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.backend.transmission.stub");
    private static final String BACKEND = TransmissionProvider.NAME;
    private static final String SESSION_HEADER = "X-Transmission-Session-Id";

    private final HttpTransport transport;
    private final URI rpc;
    private final Optional<String> authorization;
    private volatile String sessionId = "";

    /** An answer: its text, or for a list the arguments read while streaming (and no text). */
    private record Answer(int status, String body, String sessionId, JsonObject streamed) {}

    RpcSession(ClientConfig config) {
        this.transport = new HttpTransport(BACKEND, config);
        this.rpc = URI.create(config.baseUri(TransmissionProvider.DEFAULT_PORT) + "/transmission/rpc");
        this.authorization = config.credentials().map(HttpBodies::basicAuthorization);
    }

    /** Calls {@code method} and returns its {@code arguments}. */
    JsonObject call(String operation, String method, JsonObject arguments) {
        JsonObject request = new JsonObject();
        request.addProperty("method", method);
        request.add("arguments", arguments);
        String body = request.toString();
        boolean list = method.equals("torrent-get"); // bounded by ResponseLimits.maxListBytes, not maxBodyBytes
        Answer answer = send(operation, body, list);
        if (answer.status() == 409) {
            sessionId = answer.sessionId();
            LOG.log(Level.DEBUG, "new RPC session id received; sending {0} again", method);
            answer = send(operation, body, list);
        }
        switch (answer.status()) {
            case 200 -> { }
            case 401 -> throw new AuthenticationException(BACKEND, operation, credentialsHint());
            case 404 -> throw new UnrecognizedServerException(BACKEND, operation, rpc.toString(), 404,
                    "no Transmission RPC");
            case 403 -> throw new AuthenticationBannedException(BACKEND, operation,
                    "Transmission refuses every login after too many failures, until it restarts: " + answer.body().strip());
            default -> throw new BackendProtocolException(BACKEND, operation, answer.status(), answer.body(),
                    "unexpected answer to " + method, null);
        }
        if (answer.streamed() != null) {
            return answer.streamed();
        }
        if (answer.body().stripLeading().startsWith("<")) {
            throw new UnrecognizedServerException(BACKEND, operation, rpc.toString(), answer.status(), "an HTML page");
        }
        JsonObject o = JsonAnswers.read(BACKEND, operation, method, answer.status(), answer.body(),
                JsonElement::getAsJsonObject);
        String result = o.has("result") ? o.get("result").getAsString() : "";
        if (!result.equals("success")) {
            throw new BackendProtocolException(BACKEND, operation, answer.status(), answer.body(),
                    method + " failed: " + result, null);
        }
        return o.has("arguments") && o.get("arguments").isJsonObject() ? o.getAsJsonObject("arguments")
                : new JsonObject();
    }

    private String credentialsHint() {
        return authorization.isEmpty() ? "Transmission requires a user name and password and none were configured"
                : "bad user name or password";
    }

    private Answer send(String operation, String body, boolean list) {
        HttpPost post = new HttpPost(rpc);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        authorization.ifPresent(a -> post.setHeader("Authorization", a));
        if (!sessionId.isEmpty()) {
            post.setHeader(SESSION_HEADER, sessionId);
        }
        org.apache.hc.core5.http.io.HttpClientResponseHandler<Answer> handler = r -> {
            Header id = r.getFirstHeader(SESSION_HEADER);
            if (list && r.getCode() == 200 && r.getEntity() != null) {
                return new Answer(200, "", id == null ? "" : id.getValue(), streamList(operation, r.getEntity()));
            }
            return new Answer(r.getCode(), HttpBodies.text(r.getEntity()), id == null ? "" : id.getValue(), null);
        };
        return list ? transport.executeList(operation, post, handler) : transport.execute(operation, post, handler);
    }

    /**
     * Reads a torrent-get answer while it streams: each torrent is a small tree of its own, bounded
     * by {@code maxListItemBytes}, and there are at most {@code maxListItems} of them.
     *
     * @return the arguments, with the torrents read
     */
    private JsonObject streamList(String operation, org.apache.hc.core5.http.HttpEntity entity) throws java.io.IOException {
        dev.torrentctl.api.ResponseLimits limits = transport.limits();
        dev.torrentctl.backend.support.json.ItemBoundedReader items = new dev.torrentctl.backend.support.json.ItemBoundedReader(
                new java.io.InputStreamReader(entity.getContent(), StandardCharsets.UTF_8), limits.maxListItemBytes());
        com.google.gson.JsonArray torrents = new com.google.gson.JsonArray();
        String result = "";
        try (com.google.gson.stream.JsonReader in = JsonAnswers.reader(items)) {
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("result")) {
                    result = in.nextString();
                } else if (name.equals("arguments")) {
                    in.beginObject();
                    while (in.hasNext()) {
                        if (!in.nextName().equals("torrents")) {
                            in.skipValue();
                            continue;
                        }
                        in.beginArray();
                        while (in.hasNext()) {
                            if (torrents.size() == limits.maxListItems()) {
                                throw new dev.torrentctl.backend.support.http.LimitExceededException("the list holds more"
                                        + " than ResponseLimits.maxListItems (" + limits.maxListItems() + ") torrents;"
                                        + " raise it with ClientConfig.Builder#responseLimits");
                            }
                            items.itemStarts();
                            torrents.add(com.google.gson.JsonParser.parseReader(in));
                        }
                        in.endArray();
                    }
                    in.endObject();
                } else {
                    in.skipValue();
                }
            }
        } catch (com.google.gson.JsonParseException | IllegalStateException | com.google.gson.stream.MalformedJsonException e) {
            throw new BackendProtocolException(BACKEND, operation, 200, "", "torrent-get answered JSON that cannot be read ("
                    + e.getMessage() + ")", e);
        }
        if (!result.equals("success")) {
            throw new BackendProtocolException(BACKEND, operation, 200, "", "torrent-get failed: " + result, null);
        }
        JsonObject arguments = new JsonObject();
        arguments.add("torrents", torrents);
        return arguments;
    }

    /** @return this session's connection events */
    ConnectionEvents events() {
        return transport.events();
    }

    @Override
    public void close() {
        transport.close();
    }
}
