package dev.torrentctl.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which torrents an operation on several applies to: given references, every torrent, or the
 * torrents that pass a {@link TorrentFilter}.
 *
 * <pre>{@code
 * client.stop(TorrentSelection.matching(TorrentFilter.category("tv")), Wait.afterChange());
 * client.remove(TorrentSelection.of(a, b), RemoveMode.KEEP_DATA, Wait.none());
 * }</pre>
 *
 * <p>With references, a {@link BulkResult} has one item per reference, in order, unknown ones
 * included ({@link BulkResult.Outcome#NOT_FOUND}). With {@link #all()} or a filter it has one
 * item per torrent found, each referenced by {@link Torrent#ref()}.
 *
 * @since 0.2
 */
public final class TorrentSelection {
    private static final TorrentSelection ALL = new TorrentSelection(null, TorrentFilter.ALL);

    private final List<TorrentRef> refs;
    private final TorrentFilter filter;

    private TorrentSelection(List<TorrentRef> refs, TorrentFilter filter) {
        this.refs = refs;
        this.filter = filter;
    }

    /** @param refs the torrents, in the order results are wanted @return a selection of exactly them */
    public static TorrentSelection of(TorrentRef... refs) {
        return of(Arrays.asList(Objects.requireNonNull(refs, "refs")));
    }

    /** @param refs the torrents, in the order results are wanted (duplicates are kept) @return a selection of them */
    public static TorrentSelection of(Collection<TorrentRef> refs) {
        Objects.requireNonNull(refs, "refs");
        for (TorrentRef r : refs) {
            Objects.requireNonNull(r, "refs contains null");
        }
        return new TorrentSelection(List.copyOf(refs), null);
    }

    /** @return every torrent the client has when the operation runs */
    public static TorrentSelection all() {
        return ALL;
    }

    /** @param filter which torrents @return the torrents that pass it when the operation runs */
    public static TorrentSelection matching(TorrentFilter filter) {
        return new TorrentSelection(null, Objects.requireNonNull(filter, "filter"));
    }

    /** @return the references, for a selection by reference */
    public Optional<List<TorrentRef>> refs() {
        return Optional.ofNullable(refs);
    }

    /** @return the filter, for a selection of all torrents ({@link TorrentFilter#ALL}) or of matching ones */
    public Optional<TorrentFilter> filter() {
        return Optional.ofNullable(filter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TorrentSelection other && Objects.equals(refs, other.refs)
                && Objects.equals(filter, other.filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(refs, filter);
    }

    @Override
    public String toString() {
        return refs != null ? "TorrentSelection" + refs
                : filter.equals(TorrentFilter.ALL) ? "TorrentSelection[all]" : "TorrentSelection[" + filter + "]";
    }
}
