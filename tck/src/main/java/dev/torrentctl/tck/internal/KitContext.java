package dev.torrentctl.tck.internal;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.tck.BackendTrait;
import java.util.Optional;
import java.util.Set;

/** What the contracts need from the kit: the open client, its settings and bookkeeping. */
public interface KitContext {
    String backendName();

    ClientConfig clientConfig();

    /** The client the kit opened for this test. */
    Api api();

    Poller poller();

    /** Records a torrent this test added, so the kit removes it afterwards. */
    void track(TorrentRef ref);

    /** Skips the test (as aborted, with a message saying what to implement) unless all are declared. */
    void requires(Set<Capability> capabilities);

    /** Skips the test (as aborted, with a message) unless the backend has the trait. */
    void requiresTrait(BackendTrait trait);

    Optional<Set<Capability>> expectedCapabilities();

    /** The host name under which the client can reach a server on this machine (for URL adds). */
    String hostSeenByClient();
}
