package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentRef;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Failures map to the documented exception types, and messages keep secrets out. */
public abstract class ErrorsContract extends Contract {

    @Test
    @DisplayName("a wrong password fails with AuthenticationException, and the message does not contain it")
    void wrongPasswordIsAnAuthenticationError() {
        ClientConfig config = context().clientConfig();
        Assumptions.assumeTrue(config.credentials().isPresent(),
                "the kit's client config has no credentials, so there is no password to get wrong");
        String wrong = "wrong-" + System.nanoTime();
        ClientConfig bad = config.toBuilder()
                .credentials(new Credentials(config.credentials().get().username(), wrong)).build();
        assertThatThrownBy(() -> TorrentClients.open(context().backendName(), bad).close())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining(context().backendName())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong));
    }

    @Test
    @DisplayName("find() of an unknown torrent is empty and get() raises TorrentNotFoundException carrying the reference")
    void unknownTorrentIsNotFound() {
        requires(Capability.GET_TORRENT);
        TorrentRef unknown = Fixture.create(FixtureKind.MAGNET).ref();
        assertThat(context().api().find(unknown)).isEmpty();
        assertThatThrownBy(() -> context().api().get(unknown))
                .isInstanceOfSatisfying(TorrentNotFoundException.class, e -> assertThat(e.ref()).isEqualTo(unknown));
    }

    @Test
    @DisplayName("stop, start and remove of an unknown torrent raise TorrentNotFoundException")
    void actionsOnUnknownTorrentAreNotFound() {
        requires(Capability.STOP_START, Capability.REMOVE);
        TorrentRef unknown = Fixture.create(FixtureKind.MAGNET).ref();
        assertThatThrownBy(() -> context().api().stop(unknown)).isInstanceOf(TorrentNotFoundException.class);
        assertThatThrownBy(() -> context().api().start(unknown)).isInstanceOf(TorrentNotFoundException.class);
        assertThatThrownBy(() -> context().api().remove(unknown, RemoveMode.KEEP_DATA))
                .isInstanceOf(TorrentNotFoundException.class);
    }
}
