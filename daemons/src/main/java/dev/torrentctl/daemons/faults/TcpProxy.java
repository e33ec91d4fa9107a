package dev.torrentctl.daemons.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a local port in front of a daemon, for faults a real daemon does not produce on
 * its own: it can hold every answer back for a while (slower than a client's read timeout), and it
 * can be pointed at another port (the daemon's new port after a container restart), so the client
 * keeps one address. It also records what clients send ({@link #sent()}), so that a benchmark can
 * replay a client's exact request with another tool. Each connection is two threads copying bytes;
 * closing the proxy closes all.
 */
public final class TcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile InetSocketAddress target;
    private volatile Duration answerDelay = Duration.ZERO;
    private final java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();

    /**
     * @param host the daemon's host
     * @param port the daemon's port
     */
    public TcpProxy(String host, int port) {
        this.target = new InetSocketAddress(host, port);
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "tcp-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the URL prefix clients use, {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** @param delay how long to hold back each chunk of every answer from now on (zero: none) */
    public void delayAnswers(Duration delay) {
        this.answerDelay = delay;
    }

    /** @param port the daemon's new port; connections opened from now on go there */
    public void retarget(int port) {
        this.target = new InetSocketAddress(target.getHostString(), port);
    }

    /** @return every byte clients have sent through this proxy so far, connections in the order read */
    public byte[] sent() {
        synchronized (sent) {
            return sent.toByteArray();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target, 5_000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream, false);
                pump(upstream, client, true);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    Duration delay = answerDelay;
                    if (answers && !delay.isZero()) {
                        Thread.sleep(delay.toMillis());
                    }
                    if (!answers) {
                        synchronized (sent) {
                            sent.write(buffer, 0, n);
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(TcpProxy::closeQuietly);
    }
}
