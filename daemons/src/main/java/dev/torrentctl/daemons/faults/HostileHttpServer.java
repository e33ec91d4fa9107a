package dev.torrentctl.daemons.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A raw HTTP/1.1 server on loopback for fault tests: it reads each request's head and body, then
 * lets a {@link Behaviour} write whatever bytes it likes, as slowly and as much as it likes (a
 * trickle, a stall, gigabytes streamed without being held, a header no real server would send).
 * One request per connection. Closing it cuts every connection.
 */
public final class HostileHttpServer implements AutoCloseable {
    /** What to answer to one request. */
    @FunctionalInterface
    public interface Behaviour {
        /**
         * @param requestLine for example {@code GET /api/v2/app/webapiVersion HTTP/1.1}
         * @param requestBody the request's body
         * @param out where the answer goes, raw
         * @throws IOException when the client goes away
         * @throws InterruptedException when the server closes
         */
        void answer(String requestLine, String requestBody, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-http");
        t.setDaemon(true);
        return t;
    });
    private final Behaviour behaviour;

    private HostileHttpServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** @param behaviour what to answer @return a running server */
    public static HostileHttpServer start(Behaviour behaviour) {
        try {
            return new HostileHttpServer(behaviour);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return {@code http://127.0.0.1:PORT} */
    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                threads.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            String head = readHead(in);
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            OutputStream out = s.getOutputStream();
            behaviour.answer(head.split("\r\n")[0], body, out);
            out.flush();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the client went away, or the server closed: either ends this connection
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * @param status the status code
     * @param headers header lines, such as {@code "Content-Type: text/plain"}
     * @return the status line and headers, ending with the blank line
     */
    public static byte[] head(int status, String... headers) {
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\nConnection: close\r\n");
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes {@code count} copies of {@code chunk} without holding more than one.
     *
     * @param out where
     * @param chunk what
     * @param count how many times
     * @throws IOException when the client goes away
     */
    public static void repeat(OutputStream out, byte[] chunk, long count) throws IOException {
        for (long i = 0; i < count; i++) {
            out.write(chunk);
        }
    }

    /** @param size bytes @return a block of that many spaces (valid JSON whitespace) */
    public static byte[] spaces(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) ' ');
        return b;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
