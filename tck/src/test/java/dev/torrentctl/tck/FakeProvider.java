package dev.torrentctl.tck;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.spi.ApiProvider;
import java.io.IOException;
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

    @Override
    public Api open(ClientConfig config) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(config.baseUri().getHost(), config.baseUri().getPort()), 2000);
        } catch (IOException e) {
            throw new ConnectionException(name(), "connect", config.baseUri().toString(),
                    ConnectionException.Kind.REFUSED, "connection refused", e);
        }
        if (!config.credentials().equals(java.util.Optional.of(CREDENTIALS))) {
            throw new AuthenticationException(name(), "login", "bad user name or password");
        }
        return new FakeApi(name(), capabilities(), broken());
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
