package dev.torrentctl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.spi.ApiProvider;
import dev.torrentctl.api.spi.ConnectionEvents;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class GuardAndEventsTest {

    /** A backend whose calls fail with an Error from "a library". */
    private static final class Failing implements Api {
        private final Error error;

        Failing(Error error) {
            this.error = error;
        }

        @Override
        public ClientInfo clientInfo() {
            return new ClientInfo("failing", "1", "1", AuthMethod.BYPASS);
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.LIST_TORRENTS);
        }

        @Override
        public List<Torrent> list() {
            throw error;
        }

        @Override
        public void close() { }
    }

    private static ApiProvider provider(Api api) {
        return new ApiProvider() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public Api open(ClientConfig config) {
                return api;
            }
        };
    }

    @Test
    void errorsOfLibrariesArriveAsBackendFailures() {
        NoClassDefFoundError linkage = new NoClassDefFoundError("jdk/net/Sockets");
        Api api = TorrentClients.open(provider(new Failing(linkage)), ClientConfig.parse("localhost"));
        assertThatThrownBy(api::list).isInstanceOf(BackendFailureException.class).hasCause(linkage)
                .hasMessageContaining("[failing] list").hasMessageContaining("jdk/net/Sockets");
        Api deep = TorrentClients.open(provider(new Failing(new StackOverflowError())), ClientConfig.parse("localhost"));
        assertThatThrownBy(deep::list).isInstanceOf(BackendFailureException.class);
    }

    @Test
    void runtimeExceptionsAndOutOfMemoryPassUnchanged() {
        OutOfMemoryError oom = new OutOfMemoryError("test");
        Api api = TorrentClients.open(provider(new Failing(oom)), ClientConfig.parse("localhost"));
        assertThatThrownBy(api::list).isSameAs(oom);
        assertThatThrownBy(() -> api.find(TorrentRef.parse("0".repeat(40))))
                .isInstanceOf(UnsupportedCapabilityException.class);
    }

    @Test
    void aProviderIsNotGivenAConfigOfASchemeItDoesNotTake() {
        ClientConfig scgi = ClientConfig.builder("scgi://host", List.of(UrlFormat.scgi(5000))).build();
        assertThatThrownBy(() -> TorrentClients.open(provider(new Failing(new Error())), scgi))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'scgi'")
                .hasMessageContaining("[http[s]://]");
    }

    @Test
    void eventsAreReportedAsChangesOnly() {
        List<ConnectionEvent> heard = new CopyOnWriteArrayList<>();
        ClientConfig config = ClientConfig.builder("http://u:secret@localhost:1").connectionListener(heard::add).build();
        ConnectionEvents events = new ConnectionEvents("b", config);
        ConnectionException refused = new ConnectionException("b", "list", "http://localhost:1",
                ConnectionException.Kind.REFUSED, "refused", null);
        events.connecting();
        events.succeeded(); // during opening: not yet connected
        events.opened();
        events.succeeded();
        events.failed(refused);
        events.failed(refused);
        events.succeeded();
        events.succeeded();
        events.reauthenticated();
        events.disconnected();
        events.disconnected();
        assertThat(heard).extracting(ConnectionEvent::kind).containsExactly(ConnectionEvent.Kind.CONNECTING,
                ConnectionEvent.Kind.CONNECTED, ConnectionEvent.Kind.FAILED, ConnectionEvent.Kind.CONNECTED,
                ConnectionEvent.Kind.REAUTHENTICATED, ConnectionEvent.Kind.DISCONNECTED);
        assertThat(heard).allSatisfy(e -> assertThat(e.url()).isEqualTo("http://localhost:1"));
    }

    @Test
    void aFailedOpenIsNotDisconnected() {
        List<ConnectionEvent> heard = new CopyOnWriteArrayList<>();
        ConnectionEvents events = new ConnectionEvents("b", ClientConfig.builder("localhost").connectionListener(heard::add)
                .build());
        events.connecting();
        events.failed(new ConnectionException("b", "open", "http://localhost", ConnectionException.Kind.REFUSED, "x", null));
        events.disconnected();
        assertThat(heard).extracting(ConnectionEvent::kind).containsExactly(ConnectionEvent.Kind.CONNECTING,
                ConnectionEvent.Kind.FAILED);
    }

    @Test
    void aListenerThatThrowsIsIgnored() {
        ClientConfig config = ClientConfig.builder("localhost").connectionListener(e -> {
            throw new IllegalStateException("listener bug");
        }).build();
        new ConnectionEvents("b", config).connecting();
    }

    @Test
    void aBanIsAnAuthenticationFailure() {
        assertThat(new AuthenticationBannedException("b", "login", "banned")).isInstanceOf(AuthenticationException.class);
    }
}
