package dev.torrentctl.tck;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.FilePriority;
import dev.torrentctl.api.Peer;
import dev.torrentctl.api.QueueMove;
import dev.torrentctl.api.RawResponse;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Tracker;
import dev.torrentctl.api.TransferInfo;
import dev.torrentctl.api.Wait;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An {@link Api} that hands every call to another, for breakages that change one method. */
class ForwardingApi implements Api {
    private final Api target;

    ForwardingApi(Api target) {
        this.target = target;
    }

    @Override public ClientInfo clientInfo() { return target.clientInfo(); }
    @Override public Set<Capability> capabilities() { return target.capabilities(); }
    @Override public List<Torrent> list() { return target.list(); }
    @Override public List<Torrent> listMatching(TorrentFilter filter) { return target.listMatching(filter); }
    @Override public Optional<Torrent> find(TorrentRef ref) { return target.find(ref); }
    @Override public List<AddResult> addAll(List<AddTorrentRequest> requests, Wait wait) { return target.addAll(requests, wait); }
    @Override public BulkResult start(TorrentSelection which, Wait wait) { return target.start(which, wait); }
    @Override public BulkResult stop(TorrentSelection which, Wait wait) { return target.stop(which, wait); }
    @Override public BulkResult remove(TorrentSelection which, RemoveMode mode, Wait wait) { return target.remove(which, mode, wait); }
    @Override public Map<String, Category> categories() { return target.categories(); }
    @Override public void createCategory(Category category) { target.createCategory(category); }
    @Override public void editCategory(Category category) { target.editCategory(category); }
    @Override public void removeCategories(Set<String> names) { target.removeCategories(names); }
    @Override public BulkResult setCategory(TorrentSelection which, Optional<String> category, Wait wait) { return target.setCategory(which, category, wait); }
    @Override public Set<String> tags() { return target.tags(); }
    @Override public void createTags(Set<String> tags) { target.createTags(tags); }
    @Override public void deleteTags(Set<String> tags) { target.deleteTags(tags); }
    @Override public BulkResult addTags(TorrentSelection which, Set<String> tags, Wait wait) { return target.addTags(which, tags, wait); }
    @Override public BulkResult removeTags(TorrentSelection which, Set<String> tags, Wait wait) { return target.removeTags(which, tags, wait); }
    @Override public BulkResult setTags(TorrentSelection which, Set<String> tags, Wait wait) { return target.setTags(which, tags, wait); }
    @Override public List<FileEntry> files(TorrentRef ref) { return target.files(ref); }
    @Override public void setFilePriority(TorrentRef ref, Set<Integer> indexes, FilePriority priority) { target.setFilePriority(ref, indexes, priority); }
    @Override public void renameFile(TorrentRef ref, String from, String to) { target.renameFile(ref, from, to); }
    @Override public void renameFolder(TorrentRef ref, String from, String to) { target.renameFolder(ref, from, to); }
    @Override public List<Tracker> trackers(TorrentRef ref) { return target.trackers(ref); }
    @Override public void addTrackers(TorrentRef ref, List<String> urls) { target.addTrackers(ref, urls); }
    @Override public void editTracker(TorrentRef ref, String from, String to) { target.editTracker(ref, from, to); }
    @Override public Set<String> removeTrackers(TorrentRef ref, Set<String> urls) { return target.removeTrackers(ref, urls); }
    @Override public List<String> webSeeds(TorrentRef ref) { return target.webSeeds(ref); }
    @Override public void addWebSeeds(TorrentRef ref, List<String> urls) { target.addWebSeeds(ref, urls); }
    @Override public void editWebSeed(TorrentRef ref, String from, String to) { target.editWebSeed(ref, from, to); }
    @Override public Set<String> removeWebSeeds(TorrentRef ref, Set<String> urls) { return target.removeWebSeeds(ref, urls); }
    @Override public BulkResult setLocation(TorrentSelection which, String path, Wait wait) { return target.setLocation(which, path, wait); }
    @Override public BulkResult setSavePath(TorrentSelection which, String path, Wait wait) { return target.setSavePath(which, path, wait); }
    @Override public void rename(TorrentRef ref, String name) { target.rename(ref, name); }
    @Override public BulkResult recheck(TorrentSelection which) { return target.recheck(which); }
    @Override public BulkResult reannounce(TorrentSelection which) { return target.reannounce(which); }
    @Override public BulkResult setForceStart(TorrentSelection which, boolean on, Wait wait) { return target.setForceStart(which, on, wait); }
    @Override public BulkResult startNow(TorrentSelection which, Wait wait) { return target.startNow(which, wait); }
    @Override public BulkResult setLocationWithoutMoving(TorrentSelection which, String path, Wait wait) { return target.setLocationWithoutMoving(which, path, wait); }
    @Override public BulkResult setBandwidthPriority(TorrentSelection which, dev.torrentctl.api.BandwidthPriority priority, Wait wait) { return target.setBandwidthPriority(which, priority, wait); }
    @Override public BulkResult setSuperSeeding(TorrentSelection which, boolean on, Wait wait) { return target.setSuperSeeding(which, on, wait); }
    @Override public BulkResult moveInQueue(TorrentSelection which, QueueMove move) { return target.moveInQueue(which, move); }
    @Override public BulkResult setSpeedLimits(TorrentSelection which, SpeedLimits limits, Wait wait) { return target.setSpeedLimits(which, limits, wait); }
    @Override public BulkResult setShareLimits(TorrentSelection which, ShareLimits limits, Wait wait) { return target.setShareLimits(which, limits, wait); }
    @Override public SpeedLimits globalSpeedLimits() { return target.globalSpeedLimits(); }
    @Override public void setGlobalSpeedLimits(SpeedLimits limits) { target.setGlobalSpeedLimits(limits); }
    @Override public boolean alternativeSpeedMode() { return target.alternativeSpeedMode(); }
    @Override public void setAlternativeSpeedMode(boolean on) { target.setAlternativeSpeedMode(on); }
    @Override public List<Peer> peers(TorrentRef ref) { return target.peers(ref); }
    @Override public TransferInfo transferInfo() { return target.transferInfo(); }
    @Override public TorrentProperties properties(TorrentRef ref) { return target.properties(ref); }
    @Override public RawResponse rawCall(String endpoint, Map<String, String> parameters) { return target.rawCall(endpoint, parameters); }
    @Override public void close() { target.close(); }
}
