package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.api.Capability;
import dev.torrentctl.daemons.DaemonExtension;
import java.util.Set;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("TCK on qBittorrent 4.5")
class QBittorrent45CompatibilityIT extends QBittorrentKit {
    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> DAEMON =
            new DaemonExtension<>(DaemonImage.QBITTORRENT_4_5, QBittorrentContainer::new);

    @Override
    DaemonExtension<QBittorrentContainer> daemon() {
        return DAEMON;
    }

    /** torrents/setTags came with WebAPI 2.11.4 (qBittorrent 5.1). */
    @Override
    Set<Capability> missingOnThisVersion() {
        return Set.of(Capability.SET_TAGS);
    }
}
