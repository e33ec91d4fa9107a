package dev.torrentctl.tck;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.spi.ApiProvider;
import dev.torrentctl.api.spi.ConnectionEvents;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Fake backends for the kit's self-test. They connect to a real socket, so a closed port fails. */
abstract class FakeProvider implements ApiProvider {
    static final Credentials CREDENTIALS = new Credentials("user", "secret");

    /** Everything: {@link FakeApi} implements every capability. */
    static final Set<Capability> IMPLEMENTED = EnumSet.allOf(Capability.class);

    /**
     * One thing a broken backend gets wrong, in one feature area of the kit (the nested classes it
     * must fail, and only those). {@link #NONE} is a correct backend.
     */
    enum Breakage {
        NONE(),
        DISCOVERY("Discovery"),
        CAPABILITIES("Capabilities"),
        ROUND_TRIP("RoundTrip"),
        ADDING("Adding", "AddSources", "AddOptions"),
        ADD_OPTIONS("AddOptions"),
        CATEGORIES("Categories"),
        TAGS("Tags"),
        LISTING("Listing"),
        FILES("Files"),
        TRACKERS("Trackers"),
        CONTROL("Control"),
        LIMITS("Limits"),
        DETAILS("Details"),
        BULK_LIFECYCLE("BulkLifecycle"),
        CONNECTION("Connection"),
        ERRORS("Errors"),
        LIFECYCLE("Lifecycle"),
        /** Keys a torrent with unsorted info keys by a re-encoding's hash, declaring NON_CANONICAL_TORRENTS. */
        REENCODED_HASH("AddSources"),
        /** Refuses hybrids, declaring HYBRID_TORRENTS: fails every area that adds one. */
        HYBRID_REFUSED("RoundTrip", "Adding", "AddOptions", "Files", "Listing", "Categories", "Control");

        private final Set<String> areas;

        Breakage(String... areas) {
            this.areas = Set.of(areas);
        }

        /** @return the kit's nested classes this breakage must fail, and the only ones */
        Set<String> areas() {
            return areas;
        }

        /** @return what a backend with this breakage declares */
        Set<Capability> declared() {
            Set<Capability> all = EnumSet.copyOf(IMPLEMENTED);
            if (this == CAPABILITIES) {
                all.remove(Capability.PEERS); // and then answers peers() anyway
            }
            return all;
        }

        /** @return the path of the fake daemon's URL that selects it */
        String path() {
            return "/" + name().toLowerCase(Locale.ROOT);
        }
    }

    abstract Set<Capability> capabilities(ClientConfig config);

    Breakage breakage(ClientConfig config) {
        return Breakage.NONE;
    }

    /**
     * Connects to the fake daemon (a socket that accepts and closes): a refused or unresolvable
     * address is a typed connection failure, and a server that answers HTTP is not the fake daemon.
     */
    @Override
    public Api open(ClientConfig config) {
        Breakage breakage = breakage(config);
        ConnectionEvents events = new ConnectionEvents(name(), config);
        events.connecting();
        try {
            probe(config);
            if (!config.credentials().equals(java.util.Optional.of(CREDENTIALS)) && breakage != Breakage.ERRORS) {
                throw new AuthenticationException(name(), "login", "bad user name or password");
            }
        } catch (TorrentClientException e) {
            events.failed(e);
            throw e;
        }
        events.opened();
        FakeApi api = new FakeApi(name(), capabilities(config), breakage, events);
        if (breakage == Breakage.DISCOVERY) {
            return new ForwardingApi(api) {
                @Override
                public ClientInfo clientInfo() {
                    return new ClientInfo("some-other-name", "1.0", "1", dev.torrentctl.api.AuthMethod.BYPASS);
                }
            };
        }
        if (breakage == Breakage.ROUND_TRIP) {
            return new ForwardingApi(api) {
                @Override
                public java.util.Optional<dev.torrentctl.api.Torrent> find(dev.torrentctl.api.TorrentRef ref) {
                    // a reference by torrent id alone is not resolved
                    return ref.toString().startsWith("id:") ? java.util.Optional.empty() : super.find(ref);
                }
            };
        }
        return api;
    }

    private void probe(ClientConfig config) {
        String url = config.baseUri().toString();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(config.baseUri().getHost(), config.baseUri().getPort()), 2000);
            s.setSoTimeout(2000);
            s.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] start = s.getInputStream().readNBytes(5);
            if (new String(start, StandardCharsets.US_ASCII).equals("HTTP/")) {
                throw new UnrecognizedServerException(name(), "connect", url, -1, "an HTTP server");
            }
        } catch (UnknownHostException e) {
            throw new ConnectionException(name(), "connect", url, ConnectionException.Kind.UNKNOWN_HOST, "unknown host", e);
        } catch (ConnectException e) {
            throw new ConnectionException(name(), "connect", url, ConnectionException.Kind.REFUSED, "connection refused", e);
        } catch (IOException e) {
            // the fake daemon closes at once: a reset or an early end is what it answers
        }
    }

    /** A correct backend declaring everything. */
    public static final class Full extends FakeProvider {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        Set<Capability> capabilities(ClientConfig config) {
            return IMPLEMENTED;
        }
    }

    /** A backend declaring nothing. */
    public static final class Empty extends FakeProvider {
        @Override
        public String name() {
            return "fake-empty";
        }

        @Override
        Set<Capability> capabilities(ClientConfig config) {
            return Set.of();
        }
    }

    /** A backend with one {@link Breakage}, chosen by the path of its URL. */
    public static final class Broken extends FakeProvider {
        @Override
        public String name() {
            return "fake-broken";
        }

        @Override
        Breakage breakage(ClientConfig config) {
            String path = config.baseUri().getPath();
            for (Breakage b : Breakage.values()) {
                if (b.path().equals(path)) {
                    return b;
                }
            }
            return Breakage.NONE;
        }

        @Override
        Set<Capability> capabilities(ClientConfig config) {
            return breakage(config).declared();
        }
    }
}
