package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.backend.support.json.TolerantNumbers;
import dev.torrentctl.backend.support.Values;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentSettings;
import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashV2;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the JSON array of {@code torrents/info} straight into {@link Torrent}s with Gson's
 * streaming reader: no intermediate tree, unknown fields skipped.
 */
final class TorrentListReader {
    /** qBittorrent's "infinite" eta (100 days). */
    private static final long ETA_INFINITY = 8_640_000;

    private TorrentListReader() {}

    static List<Torrent> read(JsonReader in, dev.torrentctl.backend.support.json.ItemBoundedReader items, int maxItems)
            throws IOException {
        List<Torrent> torrents = new ArrayList<>();
        TolerantNumbers numbers = new TolerantNumbers(Calls.BACKEND);
        in.beginArray();
        while (in.hasNext()) {
            if (torrents.size() == maxItems) {
                throw new dev.torrentctl.backend.support.http.LimitExceededException("the list holds more than"
                        + " ResponseLimits.maxListItems (" + maxItems + ") torrents; raise it with"
                        + " ClientConfig.Builder#responseLimits");
            }
            items.itemStarts();
            torrents.add(readOne(in, numbers));
        }
        in.endArray();
        return torrents;
    }

    /** The most minutes a time limit can hold before {@link Duration} would overflow (about 1,900 years is plenty). */
    private static final long MAX_MINUTES = 1_000_000_000L;
    /** The latest epoch second accepted: 9999-12-31. */
    private static final long MAX_EPOCH = 253_402_300_799L;

    private static Torrent readOne(JsonReader in, TolerantNumbers n) throws IOException {
        String hash = null;
        String v1 = "";
        String v2 = "";
        String name = "";
        String state = "unknown";
        double progress = 0;
        long size = 0;
        long totalSize = -1;
        long dlspeed = 0;
        long upspeed = 0;
        double ratio = 0;
        String savePath = "";
        String category = "";
        String tags = "";
        long addedOn = 0;
        long completionOn = 0;
        long eta = -1;
        Settings settings = new Settings();
        in.beginObject();
        while (in.hasNext()) {
            String field = in.nextName();
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                continue;
            }
            switch (field) {
                case "hash" -> hash = in.nextString();
                case "infohash_v1" -> v1 = in.nextString();
                case "infohash_v2" -> v2 = in.nextString();
                case "name" -> name = in.nextString();
                case "state" -> state = in.nextString();
                case "progress" -> progress = n.real(in, field, 0, 1, 0);
                case "size" -> size = n.integer(in, field, 0, Long.MAX_VALUE, 0);
                case "total_size" -> totalSize = n.integer(in, field, -1, Long.MAX_VALUE, -1);
                case "dlspeed" -> dlspeed = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, 0);
                case "upspeed" -> upspeed = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, 0);
                case "ratio" -> ratio = n.real(in, field, -1, Double.MAX_VALUE, 0);
                case "save_path" -> savePath = in.nextString();
                case "category" -> category = in.nextString();
                case "tags" -> tags = in.nextString();
                case "added_on" -> addedOn = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, 0);
                case "completion_on" -> completionOn = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, 0);
                case "eta" -> eta = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, -1);
                case "dl_limit" -> settings.dlLimit = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, -1);
                case "up_limit" -> settings.upLimit = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, -1);
                case "ratio_limit" -> settings.ratioLimit = n.real(in, field, -2, 1e9, QBittorrentLimits.GLOBAL);
                case "seeding_time_limit" -> settings.seedingTimeLimit = n.integer(in, field, -2, MAX_MINUTES,
                        QBittorrentLimits.GLOBAL);
                case "inactive_seeding_time_limit" -> settings.inactiveSeedingTimeLimit = n.integer(in, field, -2,
                        MAX_MINUTES, QBittorrentLimits.GLOBAL);
                case "share_limit_action" -> settings.shareLimitAction = in.nextString();
                case "seq_dl" -> settings.sequential = in.nextBoolean();
                case "f_l_piece_prio" -> settings.firstLast = in.nextBoolean();
                case "auto_tmm" -> settings.autoTmm = in.nextBoolean();
                case "super_seeding" -> settings.superSeeding = in.nextBoolean();
                case "force_start" -> settings.forceStart = in.nextBoolean();
                case "priority" -> settings.queuePosition = n.integer(in, field, Long.MIN_VALUE, Long.MAX_VALUE, 0);
                default -> in.skipValue();
            }
        }
        in.endObject();
        if (hash == null) {
            throw new IllegalStateException("a torrent object has no 'hash'");
        }
        return Torrent.builder(hash)
                .infoHashV1(v1.isEmpty() ? Optional.empty() : Optional.of(InfoHashV1.parse(v1)))
                .infoHashV2(v2.isEmpty() ? Optional.empty() : Optional.of(InfoHashV2.parse(v2)))
                .name(name)
                .state(QBittorrentStates.normalize(state))
                .rawState(state)
                .progress(progress)
                .sizeBytes(Math.max(0, size))
                .totalSizeBytes(totalSize < 0 ? Math.max(0, size) : totalSize)
                .downloadRate(DataRate.ofBytesPerSecond(Math.max(0, dlspeed)))
                .uploadRate(DataRate.ofBytesPerSecond(Math.max(0, upspeed)))
                .ratio(ratio)
                .savePath(savePath)
                .category(category.isEmpty() ? Optional.empty() : Optional.of(category))
                .tags(splitTags(tags))
                .addedOn(epoch(addedOn))
                .completedOn(epoch(completionOn))
                .eta(eta < 0 || eta >= ETA_INFINITY ? Optional.empty() : Optional.of(Duration.ofSeconds(eta)))
                .anomalies(n.takeAnomalies())
                .settings(settings.toSettings())
                .build();
    }

    /** The per-torrent settings fields of one torrent object, with qBittorrent's defaults. */
    private static final class Settings {
        long dlLimit = -1;
        long upLimit = -1;
        double ratioLimit = QBittorrentLimits.GLOBAL;
        long seedingTimeLimit = QBittorrentLimits.GLOBAL;
        long inactiveSeedingTimeLimit = QBittorrentLimits.GLOBAL;
        String shareLimitAction = "";
        boolean sequential;
        boolean firstLast;
        boolean autoTmm;
        boolean superSeeding;
        boolean forceStart;
        long queuePosition;

        /** The settings of a torrent that has none of its own: most of a list; built once. */
        private static final TorrentSettings DEFAULTS = new Settings().build();

        TorrentSettings toSettings() {
            boolean defaults = dlLimit == -1 && upLimit == -1 && ratioLimit == QBittorrentLimits.GLOBAL
                    && seedingTimeLimit == QBittorrentLimits.GLOBAL && inactiveSeedingTimeLimit == QBittorrentLimits.GLOBAL
                    && shareLimitAction.isEmpty() && !sequential && !firstLast && !autoTmm && !superSeeding && !forceStart
                    && queuePosition <= 0;
            return defaults ? DEFAULTS : build();
        }

        private TorrentSettings build() {
            return new TorrentSettings(
                    new SpeedLimits(QBittorrentLimits.rate(dlLimit), QBittorrentLimits.rate(upLimit)),
                    new ShareLimits(QBittorrentLimits.ratio(ratioLimit), QBittorrentLimits.minutes(seedingTimeLimit),
                            QBittorrentLimits.minutes(inactiveSeedingTimeLimit),
                            QBittorrentLimits.action(shareLimitAction)),
                    sequential, firstLast, autoTmm, superSeeding, forceStart,
                    queuePosition > 0 && queuePosition <= Integer.MAX_VALUE ? OptionalInt.of((int) queuePosition)
                            : OptionalInt.empty());
        }
    }

    static Optional<Instant> epoch(long seconds) {
        // qBittorrent reports "never" as 0, -1 or 0xffffffff depending on the version
        return Values.epochSeconds(seconds);
    }

    private static Set<String> splitTags(String tags) {
        if (tags.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(out::add);
        return out;
    }
}
