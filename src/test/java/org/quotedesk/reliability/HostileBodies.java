package org.quotedesk.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Bodies that come too slowly, and bodies far larger than their address takes. */
final class HostileBodies {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(15);

    private final Client client;

    HostileBodies(Client client) {
        this.client = client;
    }

    /**
     * {@code count} clients that announce a 100 kB body to the public extraction and send a byte
     * every two seconds, for {@code hold}; then each is asked for its answer. Returns the answers'
     * statuses (0: none) by count.
     */
    Map<Integer, Integer> slowUploads(int count, Duration hold) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = client.open("127.0.0." + (2 + i % 200));
            if (socket == null) {
                continue;
            }
            sockets.add(socket);
            write(socket, "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"text\": \"");
        }
        long end = System.nanoTime() + hold.toNanos();
        while (System.nanoTime() < end) {
            for (Socket socket : sockets) {
                write(socket, "a");
            }
            Thread.sleep(2_000);
        }
        // Every client waits for its answer until one deadline: the run stays bounded when none comes.
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Socket socket : sockets) {
            int status;
            try {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                status = Client.status(socket.getInputStream());
            } catch (IOException e) {
                status = 0;
            }
            statuses.merge(status, 1, Integer::sum);
            socket.close();
        }
        return statuses;
    }

    /**
     * Requests that announce a 1 GB body and send 1 MB of it, four at a time to each address: the
     * answer should come before the body. Returns "method path → statuses".
     */
    Map<String, Map<Integer, Integer>> oversized() throws Exception {
        String[][] routes = {{"POST", "/j_security_check", "application/x-www-form-urlencoded"},
            {"POST", "/api/extract", "application/json"}, {"POST", "/api/quotes", "application/json"},
            {"POST", "/admin/sources", "application/x-www-form-urlencoded"},
            {"POST", "/api/import", "application/x-ndjson"}, {"GET", "/", "text/plain"}};
        ExecutorService pool = Executors.newFixedThreadPool(24);
        Map<String, List<Future<Integer>>> pending = new TreeMap<>();
        int client = 0;
        for (String[] route : routes) {
            for (int i = 0; i < 4; i++) {
                String from = "127.0.1." + (2 + client++);
                pending.computeIfAbsent(route[0] + " " + route[1], k -> new ArrayList<>())
                        .add(pool.submit(() -> oneOversized(from, route[0], route[1], route[2])));
            }
        }
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        for (Map.Entry<String, List<Future<Integer>>> route : pending.entrySet()) {
            for (Future<Integer> status : route.getValue()) {
                statuses.computeIfAbsent(route.getKey(), k -> new TreeMap<>()).merge(status.get(), 1, Integer::sum);
            }
        }
        pool.shutdown();
        return statuses;
    }

    private int oneOversized(String from, String method, String path, String type) throws IOException {
        try (Socket socket = client.open(from)) {
            if (socket == null) {
                return 0;
            }
            socket.setSoTimeout(10_000);
            write(socket, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\nContent-Length: 1000000000\r\n\r\n");
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (int sent = 0; sent < 1 << 20; sent += chunk.length) {
                if (!write(socket, chunk)) {
                    break;
                }
            }
            return Client.status(socket.getInputStream());
        } catch (IOException timeout) {
            return 0;
        }
    }

    private static boolean write(Socket socket, String text) {
        return write(socket, text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean write(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
