package dev.torrentctl.daemons;

import org.testcontainers.containers.GenericContainer;

/**
 * A container of one of the project's locally built images. Starting it first checks Docker, the
 * image and the Testcontainers settings ({@link DaemonImage#checkAvailable()}), so a missing piece
 * fails at once with the fix instead of after a registry pull times out.
 *
 * @param <SELF> the concrete container type
 */
public abstract class LocalImageContainer<SELF extends LocalImageContainer<SELF>> extends GenericContainer<SELF> {
    private final DaemonImage image;

    /** @param image the image to run */
    protected LocalImageContainer(DaemonImage image) {
        super(image.imageName());
        this.image = image;
    }

    /** @return the image this container runs */
    public DaemonImage image() {
        return image;
    }

    @Override
    public void start() {
        image.checkAvailable();
        super.start();
    }
}
