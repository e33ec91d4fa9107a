package dev.torrentctl.hashes;

import java.util.ArrayList;
import java.util.List;

/** The warnings of one parse, at most {@link #LIMIT} of them and then one that counts the rest. */
final class Warnings {
    static final int LIMIT = 100;
    private final List<MetainfoWarning> list = new ArrayList<>();
    private int dropped;

    void add(String field, String message) {
        if (list.size() < LIMIT) {
            list.add(new MetainfoWarning(field, message));
        } else {
            dropped++;
        }
    }

    /** @return whether another warning would still be kept (so that its text is worth building) */
    boolean room() {
        return list.size() < LIMIT;
    }

    void addDropped() {
        dropped++;
    }

    List<MetainfoWarning> toList() {
        List<MetainfoWarning> out = new ArrayList<>(list);
        if (dropped > 0) {
            out.add(new MetainfoWarning(".torrent", dropped + " more warnings left out"));
        }
        return List.copyOf(out);
    }
}
