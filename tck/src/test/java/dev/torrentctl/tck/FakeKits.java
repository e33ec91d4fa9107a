package dev.torrentctl.tck;

import dev.torrentctl.api.ClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

/** Kit subclasses over the fake backends. Not run by Surefire directly (no Test suffix): the self-test runs them. */
final class FakeKits {
    /** A socket that accepts connections for the fake backends to reach. */
    private static final ServerSocket SERVER;

    static {
        try {
            SERVER = new ServerSocket(0);
            Thread acceptor = new Thread(() -> {
                while (!SERVER.isClosed()) {
                    try {
                        SERVER.accept().close();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "fake-daemon");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FakeKits() {}

    abstract static class FakeKit extends ApiCompatibilityKit {
        @Override
        protected ClientConfig clientConfig() {
            return ClientConfig.builder("http://127.0.0.1:" + SERVER.getLocalPort())
                    .credentials(FakeProvider.CREDENTIALS).build();
        }

        @Override
        protected TckSettings settings() {
            return new TckSettings(Duration.ofMillis(500), Duration.ofMillis(10));
        }
    }

    static class FullKit extends FakeKit {
        @Override
        protected String backendName() {
            return "fake";
        }

        @Override
        protected java.util.Optional<java.util.Set<dev.torrentctl.api.Capability>> expectedCapabilities() {
            return java.util.Optional.of(FakeProvider.IMPLEMENTED);
        }
    }

    static class EmptyKit extends FakeKit {
        @Override
        protected String backendName() {
            return "fake-empty";
        }

        @Override
        protected java.util.Optional<java.util.Set<dev.torrentctl.api.Capability>> expectedCapabilities() {
            return java.util.Optional.of(java.util.EnumSet.noneOf(dev.torrentctl.api.Capability.class));
        }
    }

    /** The kit over a backend with one {@link FakeProvider.Breakage}, the one {@link #breakage} names. */
    static class BrokenKit extends FakeKit {
        /** Which breakage the next run has; set by the self-test before it runs the kit. */
        static volatile FakeProvider.Breakage breakage = FakeProvider.Breakage.NONE;

        @Override
        protected String backendName() {
            return "fake-broken";
        }

        @Override
        protected ClientConfig clientConfig() {
            return ClientConfig.builder("http://127.0.0.1:" + SERVER.getLocalPort() + breakage.path())
                    .credentials(FakeProvider.CREDENTIALS).build();
        }

        @Override
        protected java.util.Optional<java.util.Set<dev.torrentctl.api.Capability>> expectedCapabilities() {
            return java.util.Optional.of(breakage.declared());
        }
    }
}
