package org.quotedesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's nginx as a load balancer on 127.0.0.1 in front of instances started by the test, round
 * robin, proxying as docs/deployment.md's reference configuration does (without TLS), run as a child
 * process with its configuration, logs, pid and temporary files in a directory of the test's own. A
 * request nginx could not connect to one instance with goes to the next ({@code proxy_next_upstream
 * error timeout}); one already sent to an instance that then died is answered 502, never sent again
 * (nginx resends no POST), so that a test counts honestly what the instances acknowledged.
 */
public final class Nginx implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(15);

    private final Process process;
    private final Path dir;
    public final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** The nginx executable: /usr/sbin's (Debian's package, which bin/verify installs) or one on the PATH. */
    public static Optional<Path> executable() {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"));
        return Stream.concat(Stream.of("/usr/sbin"), path).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, "nginx")).filter(Files::isExecutable).findFirst();
    }

    /** Starts nginx in {@code dir} in front of the instances on these loopback ports; waits until it answers. */
    public static Nginx start(Path dir, List<Integer> upstreamPorts) throws IOException, InterruptedException {
        int port = RunningApp.freePort();
        Path config = dir.resolve("nginx.conf");
        Files.writeString(config, config(dir, port, upstreamPorts));
        Path nginx = executable().orElseThrow(() -> new IllegalStateException("nginx is not installed"));
        Process process = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-c", config.toString(),
                "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Nginx started = new Nginx(process, dir, port);
        started.awaitAnswer();
        return started;
    }

    private static String config(Path dir, int port, List<Integer> upstreamPorts) {
        String servers = upstreamPorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=2 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        // As root, the workers would switch to nobody, who cannot enter the test's private directory.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events {
                    worker_connections 256;
                }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream quotedesk {
                %2$s
                        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://quotedesk;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                        }
                    }
                }
                """.formatted(dir, servers, port);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited at its start:\n" + logs());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // nginx has not bound its port yet
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("nginx did not answer within " + STARTUP_LIMIT + ":\n" + logs());
    }

    private String logs() throws IOException {
        Path errors = dir.resolve("error.log");
        return Files.readString(dir.resolve("nginx.out")) + (Files.exists(errors) ? Files.readString(errors) : "");
    }

    /** SIGTERM: the master stops its workers and exits. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
