package dev.torrentctl.backend.qbittorrent.scripted;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.daemons.scripted.RecordedRequest;
import dev.torrentctl.daemons.scripted.Responder;
import dev.torrentctl.daemons.scripted.ScriptedHttpServer;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted stand-in for qBittorrent's WebUI API at one version, for fault injection and
 * wire-level checks. Out of the box it accepts the login {@code admin}/{@value #PASSWORD} (setting a
 * session cookie named as qBittorrent 5 names it), answers the version endpoints, lists no torrents
 * and requires the session cookie on every other endpoint, as qBittorrent does (403 without it).
 * Tests replace single endpoints with {@link #on}.
 */
final class ScriptedQBittorrent implements AutoCloseable {
    static final String PASSWORD = "s3cret-Pa55";
    static final String API = "/api/v2/";

    private final ScriptedHttpServer server = ScriptedHttpServer.http();
    private final AtomicInteger sessions = new AtomicInteger();

    /**
     * @param appVersion what {@code app/version} answers, such as {@code v5.1.0}
     * @param webApiVersion what {@code app/webapiVersion} answers, such as {@code 2.11.4}
     */
    ScriptedQBittorrent(String appVersion, String webApiVersion) {
        server.on("POST", API + "auth/login", r -> r.bodyText().contains("password=" + PASSWORD)
                ? ScriptedResponse.text(200, "Ok.").withHeader("Set-Cookie",
                        "QBT_SID_8080=" + currentSession(sessions.incrementAndGet()) + "; HttpOnly; path=/")
                : ScriptedResponse.text(200, "Fails."));
        server.on("POST", API + "auth/logout", loggedIn(ScriptedResponse.text(200, "")));
        server.on("GET", API + "app/webapiVersion", loggedIn(ScriptedResponse.text(200, webApiVersion)));
        server.on("GET", API + "app/version", loggedIn(ScriptedResponse.text(200, appVersion)));
        server.on("GET", API + "torrents/info", loggedIn(ScriptedResponse.json(200, "[]")));
    }

    private static String currentSession(int n) {
        return "session" + n;
    }

    /**
     * @param response the answer for a logged-in caller
     * @return a responder that answers 403 "Forbidden" unless the request carries the newest session
     */
    Responder loggedIn(ScriptedResponse response) {
        return loggedIn(Responder.always(response));
    }

    /**
     * @param responder the answers for a logged-in caller
     * @return a responder that answers 403 "Forbidden" unless the request carries the newest session
     */
    Responder loggedIn(Responder responder) {
        return r -> r.header("Cookie").orElse("").contains("QBT_SID_8080=" + currentSession(sessions.get()))
                ? responder.respond(r) : ScriptedResponse.text(403, "Forbidden");
    }

    /** Forgets every session, as qBittorrent does when a session times out. */
    void expireSessions() {
        sessions.addAndGet(1000);
    }

    ScriptedQBittorrent on(String method, String endpoint, Responder responder) {
        server.on(method, API + endpoint, responder);
        return this;
    }

    List<RecordedRequest> requests(String endpoint) {
        return server.requests(API + endpoint);
    }

    List<RecordedRequest> requests() {
        return server.requests();
    }

    Api open() {
        return open(PASSWORD);
    }

    Api open(String password) {
        return TorrentClients.open("qbittorrent", config(password));
    }

    ClientConfig config(String password) {
        return ClientConfig.builder(server.url()).credentials(new Credentials("admin", password)).build();
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
