package dev.torrentctl.daemons;

import java.time.Duration;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * nginx in front of a daemon on the same Docker network, serving it below a path prefix, as the
 * qBittorrent wiki configures it: the upstream sees its own host and port in {@code Host} and the
 * client's in {@code X-Forwarded-Host}. {@link #withTls} makes it terminate HTTPS with a given
 * certificate, as a proxy in front of Transmission (which has no TLS of its own) does.
 */
public final class ReverseProxyContainer extends LocalImageContainer<ReverseProxyContainer> {
    /** The port nginx listens on inside the container. */
    public static final int PORT = 80;
    /** The port nginx listens on inside the container for HTTPS, after {@link #withTls}. */
    public static final int TLS_PORT = 443;

    private final String prefix;
    private final String upstream;
    private dev.torrentctl.daemons.tls.SelfSignedCertificate tls;

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

    /**
     * Serves HTTPS (HTTP/1.1, TLS 1.2 and 1.3) instead of HTTP, with this certificate.
     *
     * @param certificate the certificate and key nginx serves
     * @return this container
     */
    public ReverseProxyContainer withTls(dev.torrentctl.daemons.tls.SelfSignedCertificate certificate) {
        this.tls = certificate;
        setExposedPorts(java.util.List.of(TLS_PORT));
        return this;
    }

    @Override
    protected void configure() {
        if (tls != null) {
            withCopyToContainer(Transferable.of(tls.certificatePem()), "/config/server.crt");
            withCopyToContainer(Transferable.of(tls.privateKeyPem()), "/config/server.key");
        }
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
                tls == null ? "    listen " + PORT + ";" : "    listen " + TLS_PORT + " ssl;",
                tls == null ? "" : "    ssl_certificate /config/server.crt;",
                tls == null ? "" : "    ssl_certificate_key /config/server.key;",
                tls == null ? "" : "    ssl_protocols TLSv1.2 TLSv1.3;",
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
        return (tls == null ? "http://" : "https://") + getHost() + ":" + getMappedPort(tls == null ? PORT : TLS_PORT)
                + prefix.replaceAll("/+$", "");
    }
}
