package org.quotedesk.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * How the reliability run talks to QuoteDesk: as a well-behaved program (java.net.http, from
 * 127.0.0.1) or as a raw socket that sends exactly the bytes given, from any loopback address, so
 * that an attacker's address differs from the honest clients'.
 */
final class Client {

    /** An answer: its status (0 when there was none in time) and body. */
    record Answer(int status, String body, long nanos) {
    }

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Client(int port) {
        this.port = port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Answer get(String path, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).timeout(timeout).GET().build());
    }

    Answer send(String method, String path, String contentType, String body, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", System.nanoTime() - start);
        }
    }

    /** A raw connection from {@code from} (a loopback address), or null when it could not connect. */
    Socket open(String from) {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            return socket;
        } catch (IOException e) {
            return null;
        }
    }

    /** Sends the bytes and reads the status of the answer, waiting at most {@code timeout}. */
    Answer raw(String from, byte[] request, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = open(from)) {
            if (socket == null) {
                return new Answer(0, "no connection", System.nanoTime() - start);
            }
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before reading all of a body it refuses.
            }
            return new Answer(status(socket.getInputStream()), "", System.nanoTime() - start);
        } catch (SocketTimeoutException e) {
            return new Answer(0, "timeout", System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, e.toString(), System.nanoTime() - start);
        }
    }

    /** The status code of the answer on the stream, or 0 when the connection closed first. */
    static int status(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        String[] parts = line.toString(StandardCharsets.ISO_8859_1).split(" ");
        return parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
    }
}
