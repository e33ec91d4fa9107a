package dev.torrentctl.daemons;

import java.util.Locale;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.TestcontainersConfiguration;
import org.testcontainers.utility.DockerImageName;

/**
 * The daemon versions the project tests against, and the Docker image for each. The default images
 * ({@code torrentctl/qbittorrent:5.1} ...) are built locally from Debian packages by
 * {@code scripts/build-daemon-images.sh}. Override one with the system property
 * {@code torrentctl.image.<client>.<version>} or the environment variable
 * {@code TORRENTCTL_IMAGE_<CLIENT>_<VERSION>} (dots become underscores), for example
 * {@code -Dtorrentctl.image.qbittorrent.5.1=lscr.io/linuxserver/qbittorrent:5.1.0}.
 */
public enum DaemonImage {
    /** qBittorrent 4.5.x (Debian bookworm), WebAPI 2.8. */
    QBITTORRENT_4_5("qbittorrent", "4.5"),
    /** qBittorrent 5.1.x (Debian trixie), WebAPI 2.11. */
    QBITTORRENT_5_1("qbittorrent", "5.1"),
    /** qBittorrent 5.3.x (Debian trixie-backports), WebAPI 2.16. */
    QBITTORRENT_5_3("qbittorrent", "5.3"),
    /** Transmission 3.00 (Debian bookworm), RPC 16. */
    TRANSMISSION_3_00("transmission", "3.00"),
    /** Transmission 4.1.x (Debian trixie-backports), RPC 19. */
    TRANSMISSION_4_1("transmission", "4.1"),
    /** nginx 1.22 (Debian bookworm), the reverse proxy of the proxy tests. */
    NGINX_1_22("nginx", "1.22");

    /** Set to {@code true} to skip daemon-backed tests on purpose; they then report why. */
    public static final String SKIP_PROPERTY = "torrentctl.daemons.skip";

    private final String client;
    private final String version;

    DaemonImage(String client, String version) {
        this.client = client;
        this.version = version;
    }

    /** @return the client name, such as {@code qbittorrent} */
    public String client() {
        return client;
    }

    /** @return the version series, such as {@code 5.1} */
    public String version() {
        return version;
    }

    /** @return the image to run: the override if one is set, else the locally built default */
    public DockerImageName imageName() {
        return override().map(DockerImageName::parse).orElseGet(this::defaultImageName);
    }

    private DockerImageName defaultImageName() {
        return DockerImageName.parse("torrentctl/" + client + ":" + version);
    }

    private Optional<String> override() {
        String property = System.getProperty("torrentctl.image." + client + "." + version);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(("TORRENTCTL_IMAGE_" + client + "_" + version).toUpperCase(Locale.ROOT).replace('.', '_'));
        return Optional.ofNullable(env).filter(s -> !s.isBlank());
    }

    /**
     * Checks that Docker answers and, for a default (locally built) image, that the image exists, so
     * that a test fails at once with the fix instead of trying to pull from a registry.
     *
     * @throws IllegalStateException naming what is missing and how to provide it
     */
    public void checkAvailable() {
        if (override().isEmpty()) {
            checkRyukDisabled();
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("no Docker engine answers. Run bin/test (it installs and starts one) or"
                    + " start dockerd; set -D" + SKIP_PROPERTY + "=true only to skip the daemon tests on purpose.");
        }
        if (override().isEmpty()) {
            String name = defaultImageName().asCanonicalNameString();
            try {
                DockerClientFactory.instance().client().inspectImageCmd(name).exec();
            } catch (RuntimeException e) {
                throw new IllegalStateException("Docker image " + name + " is missing. Build it with"
                        + " scripts/build-daemon-images.sh (bin/test does), or point -Dtorrentctl.image." + client + "."
                        + version + " at an image of your own.", e);
            }
        }
    }

    /**
     * Testcontainers pulls its Ryuk reaper from Docker Hub on its first use of Docker, unless told
     * not to. The locally built images mean no registry is expected, and that pull would hang for
     * minutes before failing; fail at once instead, before Docker is touched.
     */
    private static void checkRyukDisabled() {
        if (!Boolean.parseBoolean(TestcontainersConfiguration.getInstance().getEnvVarOrUserProperty("ryuk.disabled", "false"))) {
            throw new IllegalStateException("Testcontainers would pull its reaper image (Ryuk) from a registry before starting the locally built daemon images. Set"
                    + " TESTCONTAINERS_RYUK_DISABLED=true (bin/test sets it; the tests stop their containers"
                    + " themselves), or point the tests at registry images with -Dtorrentctl.image.<client>.<version>.");
        }
    }

    /** @return true when daemon-backed tests were asked to be skipped ({@value #SKIP_PROPERTY}) */
    public static boolean skipRequested() {
        return Boolean.getBoolean(SKIP_PROPERTY);
    }

    @Override
    public String toString() {
        return client + " " + version;
    }
}
