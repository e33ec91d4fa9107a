package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.QueueMove;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.Wait;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Location, name, recheck, reannounce, force start and queue moves. */
public abstract class ControlContract extends Contract {

    private static final TorrentRef UNKNOWN = TorrentRef.parse("0000000000000000000000000000000000000003");

    @Test
    @DisplayName("setting the location moves a torrent to a new folder, reported per torrent")
    void setLocation() {
        requires(Capability.SET_LOCATION, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(newestKind());
        Torrent t = addStopped(f);
        String target = folder(t.savePath()) + "/" + unique("moved");
        BulkResult moved = api.setLocation(TorrentSelection.of(f.ref(), UNKNOWN), target, waitForIt());
        assertThat(moved.items()).extracting(BulkResult.Item::outcome)
                .containsExactly(BulkResult.Outcome.DONE, BulkResult.Outcome.NOT_FOUND);
        assertThat(folder(api.get(f.ref()).savePath())).isEqualTo(target);
        assertThat(api.setLocation(TorrentSelection.of(f.ref()), target, Wait.none()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.ALREADY);
    }

    @Test
    @DisplayName("setting the save path shows in the torrent")
    void setSavePath() {
        requires(Capability.SET_SAVE_PATH, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(FixtureKind.V1);
        Torrent t = addStopped(f);
        String target = folder(t.savePath()) + "/" + unique("saved");
        assertThat(api.setSavePath(TorrentSelection.of(f.ref()), target, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(folder(api.get(f.ref()).savePath())).isEqualTo(target);
    }

    @Test
    @DisplayName("renaming a torrent changes its name; a blank name is refused")
    void renameTorrent() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.RENAME);
        String name = unique("renamed");
        api.rename(f.ref(), name);
        awaitState(f.ref(), "is named " + name, t -> t.name().equals(name));
        assertThatThrownBy(() -> api.rename(f.ref(), " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'name'");
    }

    @Test
    @DisplayName("recheck and reannounce report done for known torrents and not-found for unknown ones")
    void recheckAndReannounce() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.RECHECK, Capability.REANNOUNCE);
        assertThat(api.recheck(TorrentSelection.of(f.ref(), UNKNOWN)).items()).extracting(BulkResult.Item::outcome)
                .containsExactly(BulkResult.Outcome.DONE, BulkResult.Outcome.NOT_FOUND);
        assertThat(api.reannounce(TorrentSelection.of(UNKNOWN, f.ref())).items()).extracting(BulkResult.Item::outcome)
                .containsExactly(BulkResult.Outcome.NOT_FOUND, BulkResult.Outcome.DONE);
        // without its data a rechecked torrent stays at nothing downloaded
        assertThat(awaitState(f.ref(), "is checked", t -> t.state() != dev.torrentctl.api.TorrentState.CHECKING)
                .progress()).isZero();
    }

    @Test
    @DisplayName("force start turns on and off, and a second request reports already")
    void forceStart() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.FORCE_START);
        assertThat(api.setForceStart(TorrentSelection.of(f.ref()), true, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(api.get(f.ref()).settings().forceStart()).isTrue();
        assertThat(api.setForceStart(TorrentSelection.of(f.ref()), true, Wait.none()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.ALREADY);
        assertThat(api.setForceStart(TorrentSelection.of(f.ref()), false, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(api.get(f.ref()).settings().forceStart()).isFalse();
    }

    @Test
    @DisplayName("start now runs a stopped torrent at once (downloading, not queued), and a second request reports already")
    void startNow() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.START_NOW);
        assertThat(api.startNow(TorrentSelection.of(f.ref(), UNKNOWN), waitForIt()).items())
                .extracting(BulkResult.Item::outcome)
                .containsExactly(BulkResult.Outcome.DONE, BulkResult.Outcome.NOT_FOUND);
        assertThat(api.get(f.ref()).state()).as("after start now").isIn(dev.torrentctl.api.TorrentState.DOWNLOADING,
                dev.torrentctl.api.TorrentState.FETCHING_METADATA, dev.torrentctl.api.TorrentState.SEEDING);
        assertThat(api.startNow(TorrentSelection.of(f.ref()), Wait.none()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.ALREADY);
    }

    @Test
    @DisplayName("setting the location without moving shows the new save path, and the same path again reports already")
    void setLocationWithoutMoving() {
        requires(Capability.SET_LOCATION_WITHOUT_MOVING, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(FixtureKind.V1);
        Torrent t = addStopped(f);
        String target = folder(t.savePath()) + "/" + unique("elsewhere");
        assertThat(api.setLocationWithoutMoving(TorrentSelection.of(f.ref(), UNKNOWN), target, waitForIt()).items())
                .extracting(BulkResult.Item::outcome)
                .containsExactly(BulkResult.Outcome.DONE, BulkResult.Outcome.NOT_FOUND);
        assertThat(folder(api.get(f.ref()).savePath())).isEqualTo(target);
        assertThat(api.setLocationWithoutMoving(TorrentSelection.of(f.ref()), target, Wait.none()).item(f.ref())
                .outcome()).isEqualTo(BulkResult.Outcome.ALREADY);
    }

    @Test
    @DisplayName("a torrent's bandwidth priority is set to high and low and read back")
    void bandwidthPriority() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.BANDWIDTH_PRIORITY);
        for (dev.torrentctl.api.BandwidthPriority p : List.of(dev.torrentctl.api.BandwidthPriority.HIGH,
                dev.torrentctl.api.BandwidthPriority.LOW, dev.torrentctl.api.BandwidthPriority.NORMAL)) {
            assertThat(api.setBandwidthPriority(TorrentSelection.of(f.ref()), p, waitForIt()).item(f.ref()).outcome())
                    .as("set to %s", p).isIn(BulkResult.Outcome.DONE, BulkResult.Outcome.ALREADY);
            assertThat(api.get(f.ref()).settings().bandwidthPriority()).contains(p);
        }
        assertThat(api.setBandwidthPriority(TorrentSelection.of(f.ref()), dev.torrentctl.api.BandwidthPriority.NORMAL,
                Wait.none()).item(f.ref()).outcome()).isEqualTo(BulkResult.Outcome.ALREADY);
    }

    @Test
    @DisplayName("moving a torrent to the top or bottom of the queue changes the queue order")
    void queueMoves() {
        requires(Capability.QUEUE, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture first = Fixture.create(FixtureKind.V1);
        Fixture second = Fixture.create(FixtureKind.V1);
        addStopped(first);
        addStopped(second);
        int a = awaitState(first.ref(), "is queued", t -> t.settings().queuePosition().isPresent())
                .settings().queuePosition().getAsInt();
        int b = awaitState(second.ref(), "is queued", t -> t.settings().queuePosition().isPresent())
                .settings().queuePosition().getAsInt();
        assertThat(b).as("the later add is behind the earlier").isGreaterThan(a);

        assertThat(api.moveInQueue(TorrentSelection.of(second.ref()), QueueMove.TOP).item(second.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        awaitState(second.ref(), "is first in the queue", t -> t.settings().queuePosition().orElse(0) == 1);
        awaitState(first.ref(), "is behind it", t -> t.settings().queuePosition().orElse(0) > 1);

        api.moveInQueue(TorrentSelection.of(second.ref()), QueueMove.BOTTOM);
        awaitState(second.ref(), "is behind the other", t -> t.settings().queuePosition().orElse(0)
                > api.get(first.ref()).settings().queuePosition().orElse(Integer.MAX_VALUE));
        api.moveInQueue(TorrentSelection.of(second.ref()), QueueMove.UP);
        api.moveInQueue(TorrentSelection.of(second.ref()), QueueMove.DOWN);
        assertThat(api.moveInQueue(TorrentSelection.of(UNKNOWN), QueueMove.UP).item(UNKNOWN).outcome())
                .isEqualTo(BulkResult.Outcome.NOT_FOUND);
    }

    @Test
    @DisplayName("super seeding turns on and off on a stopped torrent, and a second request reports already")
    void superSeeding() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.SUPER_SEEDING);
        assertThat(api.setSuperSeeding(TorrentSelection.of(f.ref(), UNKNOWN), true, waitForIt()).items())
                .extracting(BulkResult.Item::outcome).containsExactly(BulkResult.Outcome.DONE, BulkResult.Outcome.NOT_FOUND);
        assertThat(api.get(f.ref()).settings().superSeeding()).isTrue();
        assertThat(api.setSuperSeeding(TorrentSelection.of(f.ref()), true, Wait.none()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.ALREADY);
        assertThat(api.setSuperSeeding(TorrentSelection.of(f.ref()), false, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(api.get(f.ref()).settings().superSeeding()).isFalse();
    }
}
