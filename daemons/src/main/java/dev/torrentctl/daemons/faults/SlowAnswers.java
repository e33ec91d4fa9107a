package dev.torrentctl.daemons.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ConnectionException;
import java.time.Duration;

/** The slow-answer fault every backend's fault tests check against its real daemon. */
public final class SlowAnswers {
    private SlowAnswers() {}

    /**
     * Lists once, then has the proxy hold answers back for 3 s: with a read timeout of 700 ms the
     * list fails as a read timeout naming the URL, in under 2.5 s; with the delay gone, the same
     * client lists again.
     *
     * @param api a client connected through {@code proxy} with a read timeout of 700 ms
     * @param proxy the delaying proxy in front of the daemon
     */
    public static void failAsReadTimeoutThenRecover(Api api, TcpProxy proxy) {
        assertThat(api.list()).isNotNull();
        proxy.delayAnswers(Duration.ofSeconds(3));
        long start = System.nanoTime();
        assertThatThrownBy(api::list).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("read timed out").hasMessageContaining(proxy.url());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
        proxy.delayAnswers(Duration.ZERO);
        assertThat(api.list()).isNotNull();
    }
}
