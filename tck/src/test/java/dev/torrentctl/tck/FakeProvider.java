package dev.torrentctl.tck;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.api.spi.ApiProvider;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.EnumSet;
import java.util.Set;

/** Fake backends for the kit's self-test. They connect to a real socket, so a closed port fails. */
abstract class FakeProvider implements ApiProvider {
    static final Credentials CREDENTIALS = new Credentials("user", "secret");

    abstract Set<Capability> capabilities();

    /** What {@link FakeApi} implements: the torrent lifecycle, add options of 0.1, categories and tags. */
    static final Set<Capability> IMPLEMENTED = EnumSet.range(Capability.LIST_TORRENTS, Capability.SET_TAGS);

    boolean broken() {
        return false;
    }

    /**
     * Connects to the fake daemon (a socket that accepts and closes): a refused or unresolvable
     * address is a typed connection failure, and a server that answers HTTP is not the fake daemon.
     */
    @Override
    public Api open(ClientConfig config) {
        ConnectionEvents events = new ConnectionEvents(name(), config);
        events.connecting();
        try {
            probe(config);
            if (!config.credentials().equals(java.util.Optional.of(CREDENTIALS))) {
                throw new AuthenticationException(name(), "login", "bad user name or password");
            }
        } catch (TorrentClientException e) {
            events.failed(e);
            throw e;
        }
        events.opened();
        return new FakeApi(name(), capabilities(), broken(), events);
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

    public static final class Full extends FakeProvider {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        Set<Capability> capabilities() {
            return IMPLEMENTED;
        }
    }

    public static final class Empty extends FakeProvider {
        @Override
        public String name() {
            return "fake-empty";
        }

        @Override
        Set<Capability> capabilities() {
            return Set.of();
        }
    }

    /** Declares everything, but start() does not start. */
    public static final class Broken extends FakeProvider {
        @Override
        public String name() {
            return "fake-broken";
        }

        @Override
        Set<Capability> capabilities() {
            return IMPLEMENTED;
        }

        @Override
        boolean broken() {
            return true;
        }
    }
}
