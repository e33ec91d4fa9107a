/**
 * Not API: the HTTP transport the torrentctl backends share (pooled HttpClient 5, timeouts, TLS
 * trust, typed connection errors). Exported only to the backends.
 */
module dev.torrentctl.backend.http {
    requires transitive dev.torrentctl.api;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;

    exports dev.torrentctl.backend.http to dev.torrentctl.backend.qbittorrent, dev.torrentctl.backend.transmission;
}
