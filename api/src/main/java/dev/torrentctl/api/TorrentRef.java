package dev.torrentctl.api;

import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashV2;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.TorrentId;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to one torrent, in whatever form the caller has: a v1 hash, a v2 hash, both (a
 * hybrid), a 40-hex torrent id (which may be a v1 hash or a truncated v2 hash), or a magnet link.
 * Each backend resolves it to the key its client uses; for example qBittorrent keys a hybrid torrent
 * by its truncated v2 hash, so a reference by the hybrid's v1 hash still finds it.
 *
 * @since 0.1
 */
public final class TorrentRef {
    private final Optional<InfoHashV1> v1;
    private final Optional<InfoHashV2> v2;
    private final Optional<TorrentId> id;

    private TorrentRef(Optional<InfoHashV1> v1, Optional<InfoHashV2> v2, Optional<TorrentId> id) {
        this.v1 = v1;
        this.v2 = v2;
        this.id = id;
    }

    /** @param hash a v1 infohash @return a reference by it */
    public static TorrentRef of(InfoHashV1 hash) {
        return new TorrentRef(Optional.of(hash), Optional.empty(), Optional.empty());
    }

    /** @param hash a v2 infohash @return a reference by it */
    public static TorrentRef of(InfoHashV2 hash) {
        return new TorrentRef(Optional.empty(), Optional.of(hash), Optional.empty());
    }

    /** @param hashes the hashes of a torrent @return a reference by all of them */
    public static TorrentRef of(InfoHashes hashes) {
        return new TorrentRef(hashes.v1(), hashes.v2(), Optional.empty());
    }

    /** @param id a 40-hex torrent id: a v1 hash or a truncated v2 hash @return a reference by it */
    public static TorrentRef of(TorrentId id) {
        return new TorrentRef(Optional.empty(), Optional.empty(), Optional.of(id));
    }

    /** @param magnet a magnet link @return a reference by its hashes */
    public static TorrentRef of(MagnetLink magnet) {
        return of(magnet.infoHashes());
    }

    /**
     * Parses 40 hex digits (a torrent id: v1 hash or truncated v2 hash), 64 hex digits (a v2 hash)
     * or a magnet link. Leading and trailing white space (a pasted line) is ignored.
     *
     * @param text the reference
     * @return the reference
     * @throws InvalidInputException if {@code text} is none of these
     */
    public static TorrentRef parse(String text) {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        try {
            if (text.regionMatches(true, 0, "magnet:", 0, 7)) {
                return of(MagnetLink.parse(text));
            }
            if (text.length() == 64) {
                return of(InfoHashV2.parse(text));
            }
            return of(TorrentId.parse(text));
        } catch (TorrentFormatException e) {
            throw new InvalidInputException("parse torrent reference",
                    "expected 40 or 64 hex digits or a magnet link: " + e.getMessage(), e);
        }
    }

    /** @return the v1 hash, if the reference has one */
    public Optional<InfoHashV1> v1() {
        return v1;
    }

    /** @return the v2 hash, if the reference has one */
    public Optional<InfoHashV2> v2() {
        return v2;
    }

    /**
     * @return the libtorrent/qBittorrent torrent id this reference points at first: the truncated
     *     v2 hash when the v2 hash is known, else the v1 hash or the 40-hex id as given
     */
    public TorrentId torrentId() {
        return v2.map(InfoHashV2::truncated).or(() -> id)
                .orElseGet(() -> TorrentId.of(v1.orElseThrow().toByteArray()));
    }

    /**
     * @return the 40 hex digits that could be the torrent's v1 hash: its v1 hash, or an ambiguous
     *     40-hex id (empty when only a v2 hash is known)
     */
    public Optional<InfoHashV1> possibleV1() {
        return v1.or(() -> id.map(TorrentId::asV1));
    }

    /**
     * @param torrent a torrent as a client reports it
     * @return true when this reference designates it
     */
    public boolean matches(Torrent torrent) {
        if (v1.isPresent() && torrent.infoHashV1().isPresent() && !v1.equals(torrent.infoHashV1())) {
            return false;
        }
        if (v2.isPresent() && torrent.infoHashV2().isPresent() && !v2.equals(torrent.infoHashV2())) {
            return false;
        }
        boolean byV1 = v1.isPresent() && v1.equals(torrent.infoHashV1());
        boolean byV2 = v2.isPresent() && v2.equals(torrent.infoHashV2());
        boolean byId = id.isPresent() && (id.get().hex().equals(torrent.id())
                || id.map(TorrentId::asV1).equals(torrent.infoHashV1())
                || torrent.infoHashV2().map(h -> h.truncated().equals(id.get())).orElse(false));
        return byV1 || byV2 || byId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TorrentRef other && v1.equals(other.v1) && v2.equals(other.v2) && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(v1, v2, id);
    }

    /** @return for example {@code v1:0123...}, {@code v1:...+v2:...} or {@code id:0123...} */
    @Override
    public String toString() {
        if (id.isPresent()) {
            return "id:" + id.get();
        }
        return new InfoHashes(v1, v2).toString();
    }
}
