package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Session on qBittorrent 5.3")
class Session53IT extends SessionKit {
    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> DAEMON = new DaemonExtension<>(
            DaemonImage.QBITTORRENT_5_3, image -> new QBittorrentContainer(image).withApiKey());

    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> BANNING_DAEMON = new DaemonExtension<>(
            DaemonImage.QBITTORRENT_5_3, image -> new QBittorrentContainer(image).withMaxAuthFailures(MAX_AUTH_FAILURES));

    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> BYPASSING_DAEMON = new DaemonExtension<>(
            DaemonImage.QBITTORRENT_5_3, image -> new QBittorrentContainer(image).withAuthBypass());

    @Override
    DaemonExtension<QBittorrentContainer> daemon() {
        return DAEMON;
    }

    @Override
    DaemonExtension<QBittorrentContainer> banningDaemon() {
        return BANNING_DAEMON;
    }

    @Override
    DaemonExtension<QBittorrentContainer> bypassingDaemon() {
        return BYPASSING_DAEMON;
    }

    @Override
    boolean supportsBasicAndApiKeys() {
        return true;
    }
}
