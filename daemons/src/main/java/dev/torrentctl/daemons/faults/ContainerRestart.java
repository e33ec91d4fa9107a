package dev.torrentctl.daemons.faults;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;

/**
 * Stops a running daemon's container and starts it again, keeping its state, for the fault tests
 * that see a client through a daemon going away and coming back. Docker maps the port anew on the
 * restart; {@link #start} says where, so that a {@link TcpProxy} can be retargeted.
 */
public final class ContainerRestart {
    private ContainerRestart() {}

    /** Stops the container (10 s grace), leaving it to be started again. */
    public static void stop(GenericContainer<?> container) {
        container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(10).exec();
    }

    /**
     * Starts a stopped container and waits until its HTTP server answers {@code probePath}.
     *
     * @param containerPort the port inside the container
     * @return the port it is mapped to now, on {@link GenericContainer#getHost()}
     * @throws AssertionError if it does not answer within 60 s
     */
    public static int start(GenericContainer<?> container, int containerPort, String probePath) {
        DockerClient docker = container.getDockerClient();
        docker.startContainerCmd(container.getContainerId()).exec();
        int port = Integer.parseInt(docker.inspectContainerCmd(container.getContainerId()).exec().getNetworkSettings()
                .getPorts().getBindings().get(ExposedPort.tcp(containerPort))[0].getHostPortSpec());
        String probe = "http://" + container.getHost() + ":" + port + probePath;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!answers(probe)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the restarted daemon did not answer " + probe + " within 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + probe, e);
            }
        }
        return port;
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(url).toURL().openConnection();
            http.setConnectTimeout(500);
            http.setReadTimeout(500);
            return http.getResponseCode() > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
