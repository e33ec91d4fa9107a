/** The qBittorrent backend ({@code "qbittorrent"}): qBittorrent's WebUI API, 4.5 to 5.3. */
module dev.torrentctl.backend.qbittorrent {
    requires dev.torrentctl.api;
    requires dev.torrentctl.backend.support;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires com.google.gson;

    exports dev.torrentctl.backend.qbittorrent;

    provides dev.torrentctl.api.spi.ApiProvider with dev.torrentctl.backend.qbittorrent.QBittorrentProvider;
}
