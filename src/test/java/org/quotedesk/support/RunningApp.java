package org.quotedesk.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package})
 * run as a separate process on 127.0.0.1, as an operator would run it.
 */
public final class RunningApp implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    /** Ports handed to the test's own servers: below the system's client ports, above the well-known ones. */
    private static final int FREE_PORTS_FROM = 20_000;
    private static final int FREE_PORTS_TO = 32_000;

    private final Process process;
    private final Path log;
    public final int port;

    private RunningApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar in {@code workDir} with the given environment and waits until it is ready. */
    public static RunningApp start(Path workDir, Map<String, String> environment, String logName)
            throws IOException, InterruptedException {
        Path jar = jar();
        Path log = jar.getParent().getParent().resolve("it-logs").resolve(logName + ".log");
        Files.createDirectories(log.getParent());
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port));
        // Extra JVM options for the application, e.g. a profiler for the benchmark.
        String jvmArgs = System.getProperty("quotedesk.app.jvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(ItDatabase.environment(environment));
        RunningApp app = new RunningApp(builder.start(), log, port);
        app.awaitReady();
        return app;
    }

    /** What a run of the jar to its end printed, and how it ended. */
    public record Finished(int exitCode, String output) {
    }

    /**
     * Runs the jar to its end in {@code workDir}: a command ({@code reset-password admin}), or a
     * start that is expected to fail.
     */
    public static Finished runToEnd(Path workDir, Map<String, String> environment, String logName, String... args)
            throws IOException, InterruptedException {
        Path jar = jar();
        Path log = jar.getParent().getParent().resolve("it-logs").resolve(logName + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + freePort(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(ItDatabase.environment(environment));
        Process process = builder.start();
        if (!process.waitFor(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("QuoteDesk did not end within " + STARTUP_LIMIT + ":\n" + Files.readString(log));
        }
        return new Finished(process.exitValue(), Files.readString(log));
    }

    /** The operating system's process id, to read its memory from /proc. */
    public long pid() {
        return process.pid();
    }

    /** Everything the application has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** SIGKILL: no shutdown hook, no orderly close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitReady() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("QuoteDesk exited during startup:\n" + Files.readString(log));
            }
            try {
                if (given().get(url("/q/health/ready")).statusCode() == 200) {
                    return;
                }
            } catch (Exception connectionRefused) {
                // not listening yet (RestAssured rethrows the checked ConnectException undeclared)
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("QuoteDesk was not ready within " + STARTUP_LIMIT + ":\n" + Files.readString(log));
    }

    private static Path jar() {
        return Path.of(System.getProperty("quotedesk.runner.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    }

    /**
     * A port nothing listens on now, for a server of the test's own, below the range the system
     * takes client ports from (Linux: 32768 and up). A port from that range, polled before its
     * server listens, can be taken by the polling client itself (a TCP connection to itself), and
     * the server then fails to start: IndexRecoveryIT did once in CI.
     */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FREE_PORTS_FROM, FREE_PORTS_TO);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (BindException taken) {
                // try another
            }
        }
        throw new IOException("No free port between " + FREE_PORTS_FROM + " and " + FREE_PORTS_TO);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
