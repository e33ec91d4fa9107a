package dev.torrentctl.tck;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.tck.internal.AddOptionsContract;
import dev.torrentctl.tck.internal.AddSourcesContract;
import dev.torrentctl.tck.internal.BulkLifecycleContract;
import dev.torrentctl.tck.internal.ConnectionContract;
import dev.torrentctl.tck.internal.AddingContract;
import dev.torrentctl.tck.internal.CapabilitiesContract;
import dev.torrentctl.tck.internal.CategoriesContract;
import dev.torrentctl.tck.internal.ControlContract;
import dev.torrentctl.tck.internal.DetailsContract;
import dev.torrentctl.tck.internal.DiscoveryContract;
import dev.torrentctl.tck.internal.ErrorsContract;
import dev.torrentctl.tck.internal.FilesContract;
import dev.torrentctl.tck.internal.KitContext;
import dev.torrentctl.tck.internal.LifecycleContract;
import dev.torrentctl.tck.internal.LimitsContract;
import dev.torrentctl.tck.internal.ListingContract;
import dev.torrentctl.tck.internal.Poller;
import dev.torrentctl.tck.internal.RoundTripContract;
import dev.torrentctl.tck.internal.SkipReport;
import dev.torrentctl.tck.internal.TagsContract;
import dev.torrentctl.tck.internal.TrackersContract;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compatibility kit every torrentctl backend runs against a real client. Add
 * {@code dev.torrentctl:torrentctl-tck} as a test dependency and write one subclass:
 *
 * <pre>{@code
 * class MyClientCompatibilityIT extends ApiCompatibilityKit {
 *     @Override protected String backendName() { return "myclient"; }
 *     @Override protected ClientConfig clientConfig() { return ClientConfig.parse("http://user:pw@localhost:1234"); }
 *     @Override protected Optional<Set<Capability>> expectedCapabilities() {
 *         return Optional.of(EnumSet.of(Capability.LIST_TORRENTS, Capability.GET_TORRENT, Capability.STOP_START));
 *     }
 * }
 * }</pre>
 *
 * <p>The kit needs a JUnit Platform engine of the version it is built against; it brings one
 * ({@code junit-jupiter-engine}, runtime scope), and {@code torrentctl-bom} pins JUnit for projects
 * that declare their own.
 *
 * <p><b>What a backend must do with what it does not declare</b> (the Capabilities contract checks
 * each and lists every offender):
 * <ul>
 *   <li>every operation of an undeclared capability throws
 *       {@link dev.torrentctl.api.UnsupportedCapabilityException} naming an undeclared capability:
 *       not another error, and never a silent success;</li>
 *   <li>an add option it does not declare (category, tags, limits...) is refused before anything is
 *       sent;</li>
 *   <li>a v2-only .torrent (one without a v1 infohash) is refused, naming
 *       {@link Capability#V2_TORRENTS}, unless that is declared;</li>
 *   <li>adding several torrents works without {@link Capability#ADD_MANY}, one request per torrent:
 *       there is nothing to refuse.</li>
 * </ul>
 *
 * <p><b>Traits</b> ({@link #traits()}) say what else applies: {@link BackendTrait#NETWORK} (opened at
 * a closed port and an unknown host) and {@link BackendTrait#HTTP} (pointed at an HTTP server that is
 * not the client); an embedded or in-memory backend declares none.
 *
 * <p>The kit opens every client through {@link TorrentClients#open(String, ClientConfig)}, so the
 * backend's {@code ServiceLoader} registration is tested too. Each test gets a fresh client and
 * removes the torrents it added. Feature areas are {@code @Nested} classes:
 * <ul>
 *   <li><b>Discovery</b>: the backend is found and opens by name;</li>
 *   <li><b>Capabilities</b>: declared capabilities are stable; every undeclared one answers
 *       {@link dev.torrentctl.api.UnsupportedCapabilityException};</li>
 *   <li><b>Round trip</b>: add, list, get, stop, start, remove for a v1, a v2 and a hybrid torrent and
 *       a magnet, with the hashes {@code hashes} computes;</li>
 *   <li><b>Adding</b>: duplicates, add options, adding from a URL;</li>
 *   <li><b>Add options</b>: sequential, first/last piece, limits, name, content layout, skipping the
 *       hash check, several sources in one call;</li>
 *   <li><b>Categories</b> and <b>Tags</b>: lists, and bulk changes with per-torrent outcomes;</li>
 *   <li><b>Listing</b>: by category, tag and state;</li>
 *   <li><b>Files</b>: list, priorities, renaming files and folders;</li>
 *   <li><b>Trackers</b>: trackers and web seeds, listed and edited;</li>
 *   <li><b>Control</b>: location, save path, name, recheck, reannounce, force start, queue;</li>
 *   <li><b>Limits</b>: per-torrent rate and share limits, global limits, alternative speeds;</li>
 *   <li><b>Details</b>: properties, peers, transfer statistics;</li>
 *   <li><b>Bulk lifecycle</b>: start, stop, remove, recheck and reannounce on several torrents, by
 *       reference or filter, with done, already and not-found outcomes and waits;</li>
 *   <li><b>Adding sources</b>: one result per source, duplicates as warnings, a bad source failing
 *       alone, unsorted .torrent files;</li>
 *   <li><b>Connection</b>: connection events, and refused, unknown-host and not-the-client errors by kind;</li>
 *   <li><b>Errors</b>: bad credentials, closed port and unknown torrents map to their exception types;</li>
 *   <li><b>Lifecycle</b>: {@code close()} is idempotent; concurrent calls work.</li>
 * </ul>
 *
 * <p>Tests that need a capability the backend does not declare are skipped (reported as aborted)
 * with a message naming the backend, the capability and what to implement; each skip is also
 * printed, with its reason, as {@code [torrentctl TCK] not checked: ...}. Declaring a capability
 * makes its tests required. The test methods are package-private: declaring capabilities honestly
 * is the only way to skip.
 *
 * <p>Clients apply changes asynchronously, so state assertions poll within {@link #settings()}
 * (system properties {@code tck.timeout} and {@code tck.pollInterval}).
 *
 * @since 0.1
 */
@ExtendWith(SkipReport.class)
public abstract class ApiCompatibilityKit {
    private final List<TorrentRef> added = new ArrayList<>();
    private Api api;
    private Poller poller;

    /** @return the backend name to open, such as {@code "qbittorrent"} */
    protected abstract String backendName();

    /** @return how to reach a running client that the kit may add torrents to and remove them from */
    protected abstract ClientConfig clientConfig();

    /** @return the timeouts for state assertions; by default {@link TckSettings#fromSystemProperties()} */
    protected TckSettings settings() {
        return TckSettings.fromSystemProperties();
    }

    /**
     * @return the capabilities the backend must declare against this client, if the test wants that
     *     checked (recommended: it stops a backend from quietly turning failures into skips)
     */
    protected Optional<Set<Capability>> expectedCapabilities() {
        return Optional.empty();
    }

    /**
     * @return what the backend is, beyond its capabilities: by default {@link BackendTrait#NETWORK},
     *     and {@link BackendTrait#HTTP} when {@link #clientConfig()} has an {@code http} or
     *     {@code https} URL. An embedded or in-memory backend returns an empty set, and the
     *     contracts that open it at a closed port or an unknown host are skipped, saying why.
     */
    protected Set<BackendTrait> traits() {
        String scheme = clientConfig().baseUri().getScheme();
        return scheme.equals("http") || scheme.equals("https") ? EnumSet.of(BackendTrait.NETWORK, BackendTrait.HTTP)
                : EnumSet.of(BackendTrait.NETWORK);
    }

    /**
     * @return the host name under which the client reaches a server on the machine running the
     *     tests; {@code 127.0.0.1} by default (override for a client in a container)
     */
    protected String hostSeenByClient() {
        return "127.0.0.1";
    }

    @BeforeEach
    final void openClient() {
        poller = new Poller(settings());
        api = TorrentClients.open(backendName(), clientConfig());
    }

    @AfterEach
    final void removeAddedTorrentsAndClose() {
        try {
            if (api != null && api.capabilities().contains(Capability.REMOVE)) {
                for (TorrentRef ref : added) {
                    try {
                        if (api.find(ref).isPresent()) {
                            api.remove(ref, RemoveMode.DELETE_DATA);
                        }
                    } catch (TorrentClientException | IllegalStateException e) {
                        // best effort: the test's own failure, if any, is what matters
                    }
                }
            }
        } finally {
            added.clear();
            if (api != null) {
                api.close();
            }
        }
    }

    private final KitContext context = new KitContext() {
        @Override
        public String backendName() {
            return ApiCompatibilityKit.this.backendName();
        }

        @Override
        public ClientConfig clientConfig() {
            return ApiCompatibilityKit.this.clientConfig();
        }

        @Override
        public Api api() {
            return api;
        }

        @Override
        public Poller poller() {
            return poller;
        }

        @Override
        public void track(TorrentRef ref) {
            added.add(ref);
        }

        @Override
        public void requires(Set<Capability> capabilities) {
            Set<Capability> missing = EnumSet.noneOf(Capability.class);
            missing.addAll(capabilities);
            missing.removeAll(api.capabilities());
            Assumptions.assumeTrue(missing.isEmpty(), () -> "backend \"" + backendName() + "\" does not declare "
                    + new TreeSet<>(missing) + " (Api#capabilities) on " + api.clientInfo().version() + " (API "
                    + api.clientInfo().apiVersion() + "); skipped. Implement "
                    + (missing.size() == 1 ? "it and declare it" : "them and declare them") + " to run this test.");
        }

        @Override
        public void requiresTrait(BackendTrait trait) {
            Assumptions.assumeTrue(traits().contains(trait), () -> "backend \"" + backendName() + "\" does not have the"
                    + " trait " + trait + " (ApiCompatibilityKit#traits); skipped.");
        }

        @Override
        public Optional<Set<Capability>> expectedCapabilities() {
            return ApiCompatibilityKit.this.expectedCapabilities();
        }

        @Override
        public String hostSeenByClient() {
            return ApiCompatibilityKit.this.hostSeenByClient();
        }
    };

    @Nested
    @DisplayName("Discovery")
    class Discovery extends DiscoveryContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Capabilities")
    class Capabilities extends CapabilitiesContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Round trip")
    class RoundTrip extends RoundTripContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Adding")
    class Adding extends AddingContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Categories")
    class Categories extends CategoriesContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Tags")
    class Tags extends TagsContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Add options")
    class AddOptions extends AddOptionsContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Listing")
    class Listing extends ListingContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Files")
    class Files extends FilesContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Trackers")
    class Trackers extends TrackersContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Control")
    class Control extends ControlContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Limits")
    class Limits extends LimitsContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Details")
    class Details extends DetailsContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Bulk lifecycle")
    class BulkLifecycle extends BulkLifecycleContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Adding sources")
    class AddSources extends AddSourcesContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Connection")
    class Connection extends ConnectionContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Errors")
    class Errors extends ErrorsContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }

    @Nested
    @DisplayName("Lifecycle")
    class Lifecycle extends LifecycleContract {
        @Override
        protected KitContext context() {
            return context;
        }
    }
}
