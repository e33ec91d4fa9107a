package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.QueueMove;
import dev.torrentctl.api.ShareLimitAction;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentSettings;
import dev.torrentctl.api.Wait;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Changes to torrents other than adding and removing: location, name, checks, announces, force
 * start, super seeding, queue position and limits. Each multi-torrent change is a
 * {@link BulkOperation}, so every reference gets its own outcome.
 */
final class TorrentControl {
    private final Calls calls;

    TorrentControl(Calls calls) {
        this.calls = calls;
    }

    BulkResult setLocation(TorrentSelection which, String path, Wait wait) {
        return moveTo("setLocation", "torrents/setLocation", "hashes", "location", which, path, wait);
    }

    BulkResult setSavePath(TorrentSelection which, String path, Wait wait) {
        return moveTo("setSavePath", "torrents/setSavePath", "id", "path", which, path, wait);
    }

    /** The two path endpoints differ only in their parameter names. */
    private BulkResult moveTo(String operation, String endpoint, String idsParameter, String pathParameter,
            TorrentSelection which, String path, Wait wait) {
        String target = path(operation, path);
        return calls.bulk(operation).apply(which, t -> samePath(t.savePath(), target), ids ->
                conflictMeansPath(operation, target, calls.session.post(operation, endpoint,
                        Map.of(idsParameter, String.join("|", ids), pathParameter, target))), wait);
    }

    private static void conflictMeansPath(String operation, String path, WebApiSession.Text t) {
        if (t.status() == 403) {
            throw new InvalidInputException(Calls.BACKEND, operation, "parameter 'path': qBittorrent cannot write to '"
                    + path + "'", null);
        }
        Calls.expectOkOr409(operation, t, "parameter 'path': qBittorrent cannot use '" + path + "'");
    }

    private static String path(String operation, String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new InvalidInputException(Calls.BACKEND, operation, "parameter 'path' is blank", null);
        }
        return path;
    }

    private static boolean samePath(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String path) {
        String p = path.replace('\\', '/');
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    void rename(TorrentRef ref, String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidInputException(Calls.BACKEND, "rename", "parameter 'name' is blank", null);
        }
        Torrent t = calls.resolve("rename", ref);
        Calls.expectOkOr409("rename", calls.session.post("rename", "torrents/rename", Map.of("hash", t.id(), "name", name)),
                "parameter 'name': '" + name + "'");
    }

    BulkResult recheck(TorrentSelection which) {
        return always("recheck", "torrents/recheck", which, Map.of());
    }

    BulkResult reannounce(TorrentSelection which) {
        return always("reannounce", "torrents/reannounce", which, Map.of());
    }

    /** An action that has no "already" state: every torrent found is sent. */
    private BulkResult always(String operation, String endpoint, TorrentSelection which, Map<String, String> extra) {
        return calls.bulk(operation).apply(which, t -> false, ids -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("hashes", String.join("|", ids));
            form.putAll(extra);
            WebApiSession.Text t = calls.session.post(operation, endpoint, form);
            if (t.status() == 409) {
                throw new InvalidInputException(Calls.BACKEND, operation, "qBittorrent refuses: " + t.body().strip()
                        + (operation.equals("moveInQueue") ? " (torrent queueing is off in its preferences)" : ""), null);
            }
            Calls.expectOk(operation, t);
        }, Wait.none());
    }

    BulkResult setForceStart(TorrentSelection which, boolean on, Wait wait) {
        return setFlag("setForceStart", which, on, TorrentSettings::forceStart, wait);
    }

    /** qBittorrent's force start runs a torrent regardless of the queue: done once it runs and is not queued. */
    BulkResult startNow(TorrentSelection which, Wait wait) {
        return calls.bulk("startNow").apply(which, t -> t.settings().forceStart()
                && dev.torrentctl.api.spi.BulkChange.RUNNING.test(t) && t.state() != dev.torrentctl.api.TorrentState.QUEUED,
                ids -> calls.postOk("startNow", "torrents/setForceStart", Map.of("hashes", String.join("|", ids),
                        "value", "true")), t -> dev.torrentctl.api.spi.BulkChange.RUNNING.test(t)
                        && t.state() != dev.torrentctl.api.TorrentState.QUEUED, wait);
    }

    BulkResult setSuperSeeding(TorrentSelection which, boolean on, Wait wait) {
        return setFlag("setSuperSeeding", which, on, TorrentSettings::superSeeding, wait);
    }

    /** A per-torrent switch: endpoint {@code torrents/<operation>} with {@code value}, read back from the settings. */
    private BulkResult setFlag(String operation, TorrentSelection which, boolean on,
            java.util.function.Predicate<TorrentSettings> flag, Wait wait) {
        return calls.bulk(operation).apply(which, t -> flag.test(t.settings()) == on, ids -> calls.postOk(operation,
                "torrents/" + operation, Map.of("hashes", String.join("|", ids), "value", Boolean.toString(on))), wait);
    }

    BulkResult moveInQueue(TorrentSelection which, QueueMove move) {
        Objects.requireNonNull(move, "move");
        String endpoint = switch (move) {
            case TOP -> "torrents/topPrio";
            case UP -> "torrents/increasePrio";
            case DOWN -> "torrents/decreasePrio";
            case BOTTOM -> "torrents/bottomPrio";
        };
        return always("moveInQueue", endpoint, which, Map.of());
    }

    BulkResult setSpeedLimits(TorrentSelection which, SpeedLimits limits, Wait wait) {
        Objects.requireNonNull(limits, "limits");
        return calls.bulk("setSpeedLimits").apply(which, t -> t.settings().speedLimits().equals(limits), ids -> {
            String hashes = String.join("|", ids);
            calls.postOk("setSpeedLimits", "torrents/setDownloadLimit",
                    Map.of("hashes", hashes, "limit", QBittorrentLimits.rateParameter(limits.download())));
            calls.postOk("setSpeedLimits", "torrents/setUploadLimit",
                    Map.of("hashes", hashes, "limit", QBittorrentLimits.rateParameter(limits.upload())));
        }, wait);
    }

    BulkResult setShareLimits(TorrentSelection which, ShareLimits limits, Wait wait) {
        Objects.requireNonNull(limits, "limits");
        Map<String, String> form = shareLimitParameters("setShareLimits", limits, false);
        boolean inactiveKnown = calls.webApi.atLeast(WebApiVersion.INACTIVE_SEEDING_TIME);
        boolean actionKnown = calls.webApi.atLeast(WebApiVersion.SHARE_LIMIT_ACTION);
        return calls.bulk("setShareLimits").apply(which,
                t -> QBittorrentLimits.shows(t.settings().shareLimits(), limits, inactiveKnown, actionKnown), ids -> {
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("hashes", String.join("|", ids));
                    f.putAll(form);
                    calls.postOk("setShareLimits", "torrents/setShareLimits", f);
                }, wait);
    }

    /**
     * The share-limit parameters this WebAPI version understands; refuses what it cannot keep.
     *
     * @param forAdd torrents/add spells them the same, but only sends what was set
     */
    Map<String, String> shareLimitParameters(String operation, ShareLimits limits, boolean forAdd) {
        boolean inactiveKnown = calls.webApi.atLeast(WebApiVersion.INACTIVE_SEEDING_TIME);
        boolean actionKnown = calls.webApi.atLeast(WebApiVersion.SHARE_LIMIT_ACTION);
        if (limits.inactiveSeedingTime().kind() != Limit.Kind.GLOBAL) {
            VersionGate.require(operation, Capability.INACTIVE_SEEDING_TIME_LIMIT, calls.webApi);
        }
        if (limits.action().isPresent()) {
            VersionGate.require(operation, Capability.SHARE_LIMIT_ACTION, calls.webApi);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ratioLimit", QBittorrentLimits.ratioParameter(limits.ratio()));
        form.put("seedingTimeLimit", QBittorrentLimits.minutesParameter(limits.seedingTime()));
        if (inactiveKnown) {
            form.put("inactiveSeedingTimeLimit", QBittorrentLimits.minutesParameter(limits.inactiveSeedingTime()));
        }
        if (actionKnown && (!forAdd || limits.action().isPresent())) {
            form.put("shareLimitAction", QBittorrentLimits.actionParameter(limits.action().orElse(ShareLimitAction.DEFAULT)));
        }
        if (calls.webApi.atLeast(WebApiVersion.SEED_MODE) && !forAdd) {
            form.put("shareLimitsMode", "Default"); // required since 5.3; "Default" follows the global mode
        }
        return form;
    }
}
