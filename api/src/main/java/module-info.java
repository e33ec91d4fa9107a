/**
 * The client-facing API of torrentctl: {@link dev.torrentctl.api.Api}, opened by backend name
 * through {@link dev.torrentctl.api.TorrentClients}, and the {@link dev.torrentctl.api.spi.ApiProvider}
 * SPI that backends implement.
 */
module dev.torrentctl.api {
    requires transitive dev.torrentctl.hashes;
    exports dev.torrentctl.api;
    exports dev.torrentctl.api.spi;
    uses dev.torrentctl.api.spi.ApiProvider;
}
