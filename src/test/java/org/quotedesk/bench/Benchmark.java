package org.quotedesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.quotedesk.support.RunningApp;

/**
 * {@code ./mvnw -Pbench -DskipTests verify}: for each corpus size, generates the corpus, imports it
 * into the packaged application through the API, restarts it with the index present, runs the
 * query mix with 4 concurrent clients, then runs the same mix as plain SQL LIKE on the same
 * database. Prints the figures and writes them to {@code target/bench/results.json}.
 *
 * <p>Properties: {@code bench.sizes} (default 10000,100000,1000000), {@code bench.queries} (per size,
 * default 2000), {@code bench.likeQueries} (default 96: LIKE is slow), {@code bench.clients} (default 4).
 */
public final class Benchmark {

    private static final long SEED = 20220222L;
    private static final Path DIR = Path.of("target", "bench");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        int queries = Integer.getInteger("bench.queries", 2_000);
        int likeQueries = Integer.getInteger("bench.likeQueries", 96);
        int clients = Integer.getInteger("bench.clients", 4);
        Vocabulary vocabulary = new Vocabulary(50_000, SEED);
        List<BenchQuery> mix = BenchQuery.mix(vocabulary, queries, SEED + 1);

        List<Map<String, Object>> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(run(size, vocabulary, mix, mix.subList(0, Math.min(likeQueries, mix.size())), clients));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version"));
        report.put("clients", clients);
        report.put("runs", results);
        Path out = DIR.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println("\nWritten to " + out.toAbsolutePath());
    }

    private static Map<String, Object> run(int size, Vocabulary vocabulary, List<BenchQuery> mix,
            List<BenchQuery> likeMix, int clients) throws Exception {
        log("=== %,d quotes ===", size);
        Path corpus = DIR.resolve("corpus-" + size + ".ndjson");
        if (!Files.exists(corpus)) {
            long t0 = System.nanoTime();
            new CorpusGenerator(vocabulary, SEED).write(size, corpus);
            log("corpus generated in %.1f s (%,d MB)", seconds(t0), Files.size(corpus) >> 20);
        }
        Path data = DIR.resolve("data-" + size).toAbsolutePath();
        deleteRecursively(data);
        String password = UUID.randomUUID().toString();
        Map<String, String> env = Map.of("QUOTEDESK_DATA_DIR", data.toString(), "QUOTEDESK_SEED", "false",
                "QUOTEDESK_ADMIN_PASSWORD", password);
        Files.createDirectories(DIR.resolve("work"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("quotes", size);

        try (RunningApp app = RunningApp.start(DIR.resolve("work"), env, "bench-import-" + size)) {
            long t0 = System.nanoTime();
            HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/import")))
                    .header("Content-Type", "application/x-ndjson")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString(("admin:" + password).getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofFile(corpus)).build(), HttpResponse.BodyHandlers.ofString());
            double importSeconds = seconds(t0);
            if (imported.statusCode() != 200) {
                throw new IllegalStateException("import answered " + imported.statusCode() + ": " + imported.body());
            }
            log("import: %s in %.1f s, %,.0f quotes/s", imported.body(), importSeconds, size / importSeconds);
            result.put("importSeconds", round(importSeconds));
            result.put("importQuotesPerSecond", Math.round(size / importSeconds));
        }
        result.put("indexBytes", sizeOf(data.resolve("index")));
        result.put("databaseBytes", sizeOf(data.resolve("db")));
        log("index %,d MB, database %,d MB", (long) result.get("indexBytes") >> 20,
                (long) result.get("databaseBytes") >> 20);

        long t0 = System.nanoTime();
        try (RunningApp app = RunningApp.start(DIR.resolve("work"), env, "bench-query-" + size)) {
            double startup = seconds(t0);
            result.put("startupSecondsWithIndex", round(startup));
            log("restart with the index present: ready in %.1f s", startup);
            ConcurrentRun.Client api = query -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.url(query.apiPath())))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(query.apiPath() + " answered " + response.statusCode());
                }
                return totalOf(response.body());
            };
            ConcurrentRun.run(mix.subList(0, Math.min(200, mix.size())), clients, api);
            Latencies lucene = ConcurrentRun.run(mix, clients, api);
            print("search API", lucene);
            result.put("search", describe(lucene));
        }

        try (LikeBaseline like = new LikeBaseline(data)) {
            ConcurrentRun.run(likeMix.subList(0, Math.min(8, likeMix.size())), clients, like);
            Latencies sql = ConcurrentRun.run(likeMix, clients, like);
            print("SQL LIKE", sql);
            result.put("sqlLike", describe(sql));
            @SuppressWarnings("unchecked")
            Map<String, Object> search = (Map<String, Object>) result.get("search");
            result.put("likeOverSearchP50", round(sql.p50Ms() / (double) search.get("p50Ms")));
            result.put("searchOverLikeThroughput", round((double) search.get("perSecond") / sql.perSecond()));
            log("LIKE p50 / search p50 = %.1f; search throughput / LIKE throughput = %.1f",
                    result.get("likeOverSearchP50"), result.get("searchOverLikeThroughput"));
        }
        return result;
    }

    private static long totalOf(String body) {
        int at = body.lastIndexOf("\"total\":");
        int end = body.indexOf(',', at);
        return Long.parseLong(body.substring(at + 8, end));
    }

    private static Map<String, Object> describe(Latencies l) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("queries", l.queries());
        d.put("seconds", round(l.seconds()));
        d.put("perSecond", round(l.perSecond()));
        d.put("p50Ms", round(l.p50Ms()));
        d.put("p95Ms", round(l.p95Ms()));
        d.put("p99Ms", round(l.p99Ms()));
        d.put("meanMatches", Math.round(l.meanHits()));
        return d;
    }

    private static void print(String what, Latencies l) {
        log("%-10s %,6d queries in %6.1f s: %7.1f/s, p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms, %,d matches on average",
                what, l.queries(), l.seconds(), l.perSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(), Math.round(l.meanHits()));
    }

    private static void log(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
