package dev.torrentctl.daemons;

import java.time.Duration;
import java.util.UUID;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * A throwaway transmission-daemon (3.00 or 4.1) with a generated {@code settings.json}: RPC on port
 * 9091 of the container with HTTP Basic authentication and a random password, DHT, LPD, PeX, uTP and
 * port forwarding off.
 */
public final class TransmissionContainer extends LocalImageContainer<TransmissionContainer> {
    /** The RPC port inside the container. */
    public static final int RPC_PORT = 9091;

    private final String username = "torrentctl";
    private final String password = "pw-" + UUID.randomUUID();
    private String rpcWhitelist = "";
    private boolean authentication = true;
    private String hostWhitelist;
    private int peerPort;

    /** @param image which Transmission to run */
    public TransmissionContainer(DaemonImage image) {
        super(image);
        dev.torrentctl.daemons.secrets.Secrets.register(password, "password of a " + image + " container");
        withExposedPorts(RPC_PORT);
        withCommand("-f", "-g", "/config");
        waitingFor(Wait.forHttp("/transmission/rpc").forPort(RPC_PORT)
                .forStatusCodeMatching(c -> c == 401 || c == 409 || c == 200 || c == 403)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }


    /**
     * Turns the daemon's IP whitelist on with only these addresses, so that calls from anywhere
     * else are refused with 403.
     *
     * @param addresses comma-separated, as {@code rpc-whitelist} takes them
     * @return this container
     */
    public TransmissionContainer withRpcWhitelist(String addresses) {
        this.rpcWhitelist = addresses;
        return this;
    }

    /**
     * Turns password authentication off and the host-name whitelist on with only these names, so
     * that a request whose {@code Host} is another name (not an IP address, not localhost) is
     * refused with 421. Transmission checks host names only without a password.
     *
     * @param names comma-separated, as {@code rpc-host-whitelist} takes them; empty for none
     * @return this container
     */
    public TransmissionContainer withHostWhitelist(String names) {
        this.authentication = false;
        this.hostWhitelist = names;
        return this;
    }

    /**
     * Listens for peers on this port (random by default), as a swarm of containers on one Docker
     * network needs: another client is told {@code address:port}.
     *
     * @param port the BitTorrent port inside the container
     * @return this container
     */
    public TransmissionContainer withPeerPort(int port) {
        this.peerPort = port;
        return this;
    }

    @Override
    protected void configure() {
        withCopyToContainer(Transferable.of(settings()), "/config/settings.json");
    }

    /** @return the RPC user name */
    public String username() {
        return username;
    }

    /** @return the RPC password */
    public String password() {
        return password;
    }

    /** @return the RPC base URL on this machine, without credentials */
    public String url() {
        return "http://" + getHost() + ":" + getMappedPort(RPC_PORT);
    }


    private String settings() {
        // The password is written in plain text; transmission replaces it with a salted hash at start.
        return "{\n"
                + "  \"rpc-enabled\": true,\n"
                + "  \"rpc-bind-address\": \"0.0.0.0\",\n"
                + "  \"rpc-port\": " + RPC_PORT + ",\n"
                + "  \"rpc-authentication-required\": " + authentication + ",\n"
                + "  \"rpc-username\": \"" + username + "\",\n"
                + "  \"rpc-password\": \"" + password + "\",\n"
                + (rpcWhitelist.isEmpty() ? "  \"rpc-whitelist-enabled\": false,\n"
                        : "  \"rpc-whitelist-enabled\": true,\n  \"rpc-whitelist\": \"" + rpcWhitelist + "\",\n")
                + (hostWhitelist == null ? "  \"rpc-host-whitelist-enabled\": false,\n"
                        : "  \"rpc-host-whitelist-enabled\": true,\n  \"rpc-host-whitelist\": \"" + hostWhitelist + "\",\n")
                + "  \"download-dir\": \"/downloads\",\n"
                + "  \"incomplete-dir-enabled\": false,\n"
                + "  \"watch-dir-enabled\": false,\n"
                + "  \"dht-enabled\": false,\n"
                + "  \"lpd-enabled\": false,\n"
                + "  \"pex-enabled\": false,\n"
                + "  \"utp-enabled\": false,\n"
                + "  \"port-forwarding-enabled\": false,\n"
                + "  \"blocklist-enabled\": false,\n"
                + (peerPort == 0 ? "  \"peer-port-random-on-start\": true,\n"
                        : "  \"peer-port-random-on-start\": false,\n  \"peer-port\": " + peerPort + ",\n")
                + "  \"start-added-torrents\": true,\n"
                + "  \"message-level\": 2\n"
                + "}\n";
    }
}
