package dev.torrentctl.daemons;

import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.containers.GenericContainer;

/**
 * Starts one daemon container before a test class and stops it after (Ryuk is off on machines
 * without a registry, so the test itself must stop what it starts). Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DaemonExtension<QBittorrentContainer> DAEMON =
 *         new DaemonExtension<>(DaemonImage.QBITTORRENT_5_1, QBittorrentContainer::new);
 * }</pre>
 *
 * <p>A missing Docker engine or image fails the class with the fix in the message. Only when
 * {@value DaemonImage#SKIP_PROPERTY} is {@code true} are the tests skipped instead, and the skip
 * message says that it was asked for.
 *
 * @param <C> the container type
 */
public final class DaemonExtension<C extends GenericContainer<?>> implements BeforeAllCallback, AfterAllCallback {
    private final DaemonImage image;
    private final Function<DaemonImage, C> factory;
    private C container;
    private Class<?> owner;

    /**
     * @param image the daemon to run
     * @param factory makes the container for it
     */
    public DaemonExtension(DaemonImage image, Function<DaemonImage, C> factory) {
        this.image = image;
        this.factory = factory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeFalse(DaemonImage.skipRequested(), () -> "daemon tests skipped on request (-D"
                + DaemonImage.SKIP_PROPERTY + "=true): " + image + " was not started");
        if (container != null) {
            return; // a @Nested class of the owner inherits this extension; the daemon already runs
        }
        owner = context.getRequiredTestClass();
        container = factory.apply(image);
        container.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (container != null && context.getRequiredTestClass() == owner) {
            container.stop();
            container = null;
        }
    }

    /** @return the running container */
    public C container() {
        if (container == null) {
            throw new IllegalStateException(image + " is not running");
        }
        return container;
    }

    /** @return the IP address under which the container reaches this machine (its network's gateway) */
    public String hostSeenByContainer() {
        return container().getContainerInfo().getNetworkSettings().getGateway();
    }
}
