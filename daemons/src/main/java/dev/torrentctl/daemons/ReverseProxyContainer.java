package dev.torrentctl.daemons;

import java.time.Duration;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * nginx in front of a daemon on the same Docker network, serving it below a path prefix, as the
 * qBittorrent wiki configures it: the upstream sees its own host and port in {@code Host} and the
 * client's in {@code X-Forwarded-Host}.
 */
public final class ReverseProxyContainer extends LocalImageContainer<ReverseProxyContainer> {
    /** The port nginx listens on inside the container. */
    public static final int PORT = 80;

    private final String prefix;
    private final String upstream;

    /**
     * @param network the network the upstream is on
     * @param prefix the path prefix, such as {@code /qbt/}
     * @param upstream the upstream's {@code host:port} on that network
     */
    public ReverseProxyContainer(Network network, String prefix, String upstream) {
        super(DaemonImage.NGINX_1_22);
        this.prefix = prefix;
        this.upstream = upstream;
        withNetwork(network);
        withExposedPorts(PORT);
        withCommand("-c", "/config/nginx.conf");
        waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofSeconds(30)));
    }


    @Override
    protected void configure() {
        withCopyToContainer(Transferable.of(String.join("\n",
                "daemon off;",
                "user root;",
                "worker_processes 1;",
                "pid /tmp/nginx.pid;",
                "error_log stderr notice;",
                "events { worker_connections 64; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path /tmp/body;",
                "  proxy_temp_path /tmp/proxy;",
                "  fastcgi_temp_path /tmp/fastcgi;",
                "  uwsgi_temp_path /tmp/uwsgi;",
                "  scgi_temp_path /tmp/scgi;",
                "  server {",
                "    listen " + PORT + ";",
                "    location " + prefix + " {",
                "      proxy_pass http://" + upstream + "/;",
                "      proxy_http_version 1.1;",
                "      proxy_set_header Host " + upstream + ";",
                "      proxy_set_header X-Forwarded-Host $http_host;",
                "      proxy_set_header X-Forwarded-For $remote_addr;",
                "      client_max_body_size 100m;",
                "    }",
                "  }",
                "}",
                "")), "/config/nginx.conf");
    }

    /** @return the proxied URL on this machine, with the prefix and without a trailing slash */
    public String url() {
        return "http://" + getHost() + ":" + getMappedPort(PORT) + prefix.replaceAll("/+$", "");
    }
}
