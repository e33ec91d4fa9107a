package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Makes variants of valid torrents: decode, change one key, encode again. Shared by the cross-checks. */
public final class TorrentEdits {
    private TorrentEdits() {}

    public static BDictionary root(byte[] torrent) {
        return (BDictionary) Bencode.decode(torrent);
    }

    public static BDictionary info(byte[] torrent) {
        return (BDictionary) root(torrent).get("info").orElseThrow();
    }

    /** @return {@code d} with {@code key} set to {@code value}, or removed when {@code value} is null */
    public static BDictionary with(BDictionary d, String key, BValue value) {
        Map<BString, BValue> copy = new LinkedHashMap<>(d.entries());
        if (value == null) {
            copy.remove(BString.of(key));
        } else {
            copy.put(BString.of(key), value);
        }
        return BDictionary.of(copy);
    }

    public static byte[] withRootKey(byte[] torrent, String key, BValue value) {
        return Bencode.encode(with(root(torrent), key, value));
    }

    public static byte[] withInfoKey(byte[] torrent, String key, BValue value) {
        return Bencode.encode(with(root(torrent), "info", with(info(torrent), key, value)));
    }
}
