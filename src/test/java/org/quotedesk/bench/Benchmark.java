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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quotedesk.support.Fortunes;
import org.quotedesk.support.RunningApp;

/**
 * {@code ./mvnw -Pbench -DskipTests verify}: for each corpus (synthetic, and Debian's fortunes as
 * real English) and each size, imports the corpus into the packaged application through the API,
 * restarts it with the index present, runs the query mix with 4 clients over HTTP against the API
 * and the search page, rebuilds the index from the database, and then runs the same mix with bare
 * Lucene in-process on the same index (the engine floor). Prints every figure side by side and
 * writes them to {@code target/bench/results.json}.
 *
 * <p>Properties: {@code bench.corpora} (default synthetic,fortunes), {@code bench.sizes} (default
 * 10000,100000,1000000), {@code bench.queries} (default 2000), {@code bench.clients} (default 4),
 * {@code bench.bareThreads} (default 2), {@code bench.likeQueries} (default 0: the SQL LIKE baseline
 * of the synthetic corpus, slow), {@code bench.heap} (the application's -Xmx, default 512m).
 */
public final class Benchmark {

    static final long SEED = 20220222L;
    static final Path DIR = Path.of("target", "bench");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> corpora = List.of(System.getProperty("bench.corpora", "synthetic,fortunes").split(","));
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        int queries = Integer.getInteger("bench.queries", 2_000);
        Settings settings = new Settings(Integer.getInteger("bench.clients", 4),
                Integer.getInteger("bench.bareThreads", 2), Integer.getInteger("bench.likeQueries", 0),
                System.getProperty("bench.heap", "512m"));
        System.setProperty("quotedesk.app.jvmArgs", ("-Xmx" + settings.heap() + " "
                + System.getProperty("quotedesk.app.jvmArgs", "")).strip());

        List<Map<String, Object>> results = new ArrayList<>();
        for (String name : corpora) {
            Corpus corpus = corpus(name.strip(), queries);
            for (int size : sizes) {
                results.add(new BenchRun(corpus, size, settings).run());
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version"));
        report.put("clients", settings.clients());
        report.put("bareLuceneThreads", settings.bareThreads());
        report.put("applicationHeap", settings.heap());
        report.put("runs", results);
        Path out = DIR.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println();
        BenchRun.table(results).forEach(System.out::println);
        System.out.println("\nWritten to " + out.toAbsolutePath());
    }

    record Settings(int clients, int bareThreads, int likeQueries, String heap) {
    }

    /** A corpus: how to write N quotes of it, and its query mix. */
    interface Corpus {
        String name();

        void write(int quotes, Path file) throws IOException;

        List<BenchQuery> mix();
    }

    private static Corpus corpus(String name, int queries) throws IOException, InterruptedException {
        if (name.equals("synthetic")) {
            Vocabulary vocabulary = new Vocabulary(50_000, SEED);
            List<BenchQuery> mix = BenchQuery.mix(vocabulary, queries, SEED + 1);
            return new Corpus() {
                public String name() {
                    return name;
                }

                public void write(int quotes, Path file) throws IOException {
                    new CorpusGenerator(vocabulary, SEED).write(quotes, file);
                }

                public List<BenchQuery> mix() {
                    return mix;
                }
            };
        }
        if (name.equals("fortunes")) {
            installFortunes();
            FortunesCorpus fortunes = new FortunesCorpus(SEED);
            List<BenchQuery> mix = fortunes.mix(queries);
            return new Corpus() {
                public String name() {
                    return name;
                }

                public void write(int quotes, Path file) throws IOException {
                    fortunes.write(quotes, file);
                }

                public List<BenchQuery> mix() {
                    return mix;
                }
            };
        }
        throw new IllegalArgumentException("No corpus " + name + ": synthetic or fortunes");
    }

    /** Debian's fortunes package, installed when missing (with sudo unless root). */
    private static void installFortunes() throws IOException, InterruptedException {
        if (Fortunes.installed()) {
            return;
        }
        log("installing Debian's fortunes package for the real-text corpus");
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> prefix = root ? List.of() : List.of("sudo");
        for (List<String> command : List.of(List.of("apt-get", "update"),
                List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "fortunes"))) {
            List<String> full = new ArrayList<>(prefix);
            full.addAll(command);
            int exit = new ProcessBuilder(full).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed with " + exit);
            }
        }
    }

    /** Answers the query by HTTP at the path given; the number of matches, read from the answer. */
    static ConcurrentRun.Client<BenchQuery> http(HttpClient client, RunningApp app, boolean page) {
        return query -> {
            String path = page ? query.pagePath() : query.apiPath();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return page ? 0 : totalOf(response.body());
        };
    }

    /** Asks {@code POST /api/check}; the number of matches, read from the answer. */
    static ConcurrentRun.Client<CheckQuery> check(HttpClient client, RunningApp app) {
        ObjectMapper json = new ObjectMapper();
        return check -> {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("text", check.text());
            body.put("speaker", check.speaker());
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(app.url("/api/check")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/api/check answered " + response.statusCode() + ": "
                        + response.body());
            }
            return json.readTree(response.body()).path("matches").size();
        };
    }

    static String importInto(RunningApp app, Path corpus, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> imported = client.send(HttpRequest.newBuilder(URI.create(app.url("/api/import")))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                        .getBytes()))
                .POST(HttpRequest.BodyPublishers.ofFile(corpus)).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import answered " + imported.statusCode() + ": " + imported.body());
        }
        return imported.body();
    }

    static Map<String, String> environment(Path data, String password) {
        return Map.of("QUOTEDESK_DATA_DIR", data.toString(), "QUOTEDESK_SEED", "false",
                "QUOTEDESK_ADMIN_PASSWORD", password);
    }

    static String newPassword() {
        return UUID.randomUUID().toString();
    }

    /** The page's own total, right after its items: a suggestion further on has a total too. */
    private static long totalOf(String body) {
        String key = "],\"total\":";
        int at = body.indexOf(key) + key.length();
        return Long.parseLong(body.substring(at, body.indexOf(',', at)));
    }

    static void log(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }
}
