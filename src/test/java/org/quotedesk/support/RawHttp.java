package org.quotedesk.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A connection to the application under test that sends exactly the bytes given, as a hostile or
 * broken client would: headers that lie, bodies that never come. Every read has a time limit, so
 * that a server that never answers fails the test instead of hanging it.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    public static RawHttp connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(10_000);
        return new RawHttp(socket);
    }

    public RawHttp send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** The status of the answer, waiting at most {@code limit}; -1 when the connection closed without one. */
    public int status(Duration limit) throws IOException {
        String head = head(limit);
        return head.isEmpty() ? -1 : Integer.parseInt(head.split(" ")[1]);
    }

    /** The answer's status line and headers, waiting at most {@code limit}. */
    public String head(Duration limit) throws IOException {
        socket.setSoTimeout((int) limit.toMillis());
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + limit + "; received so far: " + head, e);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The status of a whole answer, its body read by its Content-Length: the connection can carry another. */
    public int answer(Duration limit) throws IOException {
        String head = head(limit);
        socket.getInputStream().readNBytes(contentLength(head));
        return head.isEmpty() ? -1 : Integer.parseInt(head.split(" ")[1]);
    }

    /** The whole answer as text: its head, then its body read by its Content-Length. */
    public String whole(Duration limit) throws IOException {
        String head = head(limit);
        return head + new String(socket.getInputStream().readNBytes(contentLength(head)), StandardCharsets.UTF_8);
    }

    private static int contentLength(String head) {
        return head.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring("content-length:".length()).strip())).findFirst().orElse(0);
    }

    /** Whether the server closed the connection within {@code limit} (after any answer it sent). */
    public boolean closedWithin(Duration limit) throws IOException {
        socket.setSoTimeout((int) limit.toMillis());
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // the rest of an answer
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
