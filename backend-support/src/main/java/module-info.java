/**
 * Not API: the plumbing the torrentctl backends share, whatever they speak: a closed guard,
 * opening with clean-up and connection events, tolerant value conversion, JSON answers mapped to
 * typed errors ({@code dev.torrentctl.backend.support}, {@code .json}), and the HTTP transport
 * ({@code .http}: pooled HttpClient 5, timeouts, TLS trust, typed connection errors, Basic
 * authentication, bodies). Exported only to torrentctl's own backends; a third party's backend
 * needs none of it (the SPI has what every backend must share).
 */
module dev.torrentctl.backend.support {
    requires transitive dev.torrentctl.api;
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    requires transitive org.apache.httpcomponents.core5.httpcore5;
    requires transitive com.google.gson;
    // HttpClient 5 sets socket options through jdk.net.Sockets; on the module path nothing else resolves it
    requires jdk.net;
    requires org.slf4j;
    // to find an application's own SLF4J provider before choosing torrentctl's
    uses org.slf4j.spi.SLF4JServiceProvider;

    exports dev.torrentctl.backend.support to dev.torrentctl.backend.qbittorrent, dev.torrentctl.backend.transmission;
    exports dev.torrentctl.backend.support.http to dev.torrentctl.backend.qbittorrent, dev.torrentctl.backend.transmission;
    // SLF4J instantiates the provider named in slf4j.provider
    exports dev.torrentctl.backend.support.logging to org.slf4j;
    exports dev.torrentctl.backend.support.json to dev.torrentctl.backend.qbittorrent, dev.torrentctl.backend.transmission;
}
