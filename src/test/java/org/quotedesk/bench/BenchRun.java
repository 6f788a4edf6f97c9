package org.quotedesk.bench;

import static org.quotedesk.bench.Benchmark.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.quotedesk.support.ItDatabase;
import org.quotedesk.support.RunningApp;

/** One corpus at one size: import, sizes, restart, search over HTTP, rebuild, bare Lucene. */
final class BenchRun {

    private static final int WARM_UP = 200;

    private final Benchmark.Corpus corpus;
    private final int size;
    private final Benchmark.Settings settings;
    private final Map<String, Object> result = new LinkedHashMap<>();

    BenchRun(Benchmark.Corpus corpus, int size, Benchmark.Settings settings) {
        this.corpus = corpus;
        this.size = size;
        this.settings = settings;
    }

    Map<String, Object> run() throws Exception {
        log("=== %s, %,d quotes ===", corpus.name(), size);
        result.put("corpus", corpus.name());
        result.put("quotes", size);
        Path file = Benchmark.DIR.resolve(corpus.name() + "-" + size + ".ndjson");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            corpus.write(size, file);
            log("corpus written in %.1f s (%,d MB)", seconds(t0), Files.size(file) >> 20);
        }
        Path data = Benchmark.DIR.resolve("data-" + corpus.name() + "-" + size).toAbsolutePath();
        deleteRecursively(data);
        ItDatabase.forget(data);
        String password = Benchmark.newPassword();
        Map<String, String> env = Benchmark.environment(data, password);
        Path work = Files.createDirectories(Benchmark.DIR.resolve("work"));
        String name = corpus.name() + "-" + size;

        try (RunningApp app = RunningApp.start(work, env, "bench-import-" + name)) {
            long t0 = System.nanoTime();
            String report = Benchmark.importInto(app, file, password);
            double took = seconds(t0);
            log("import: %s in %.1f s: %,.0f quotes/s; resident %s", report, took, size / took, resident(app));
            result.put("importSeconds", round(took));
            result.put("importQuotesPerSecond", Math.round(size / took));
            result.put("residentAfterImportMb", residentMb(app));
        }
        long text = textBytes(file);
        long database = ItDatabase.databaseBytes(data);
        result.put("textBytes", text);
        result.put("databaseBytes", database);
        result.put("databaseOverText", round(database / (double) text));
        result.put("indexBytes", ItDatabase.indexBytes(data));
        log("text held %,d MB; database %,d MB (%.1f× the text); index %,d MB", text >> 20, database >> 20,
                database / (double) text, (long) result.get("indexBytes") >> 20);

        List<BenchQuery> mix = corpus.mix();
        List<CheckQuery> checks = CheckQuery.mix(file, mix.size(), Benchmark.SEED + 3);
        // HTTP/1.1, as a browser or a script would speak to QuoteDesk without TLS: no upgrade attempts.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long t0 = System.nanoTime();
        try (RunningApp app = RunningApp.start(work, env, "bench-query-" + name)) {
            result.put("restartSecondsWithIndex", round(seconds(t0)));
            log("restart with the index present: ready in %.1f s", seconds(t0));
            for (boolean page : new boolean[] {false, true}) {
                ConcurrentRun.Client<BenchQuery> client = Benchmark.http(http, app, page);
                ConcurrentRun.run(mix.subList(0, Math.min(WARM_UP, mix.size())), settings.clients(), client);
                Latencies latencies = ConcurrentRun.run(mix, settings.clients(), client);
                String what = page ? "search page" : "search API";
                print(what + " (" + settings.clients() + " clients)", latencies);
                result.put(page ? "searchPage" : "searchApi", describe(latencies));
            }
            ConcurrentRun.Client<CheckQuery> checker = Benchmark.check(http, app);
            ConcurrentRun.run(checks.subList(0, Math.min(WARM_UP, checks.size())), settings.clients(), checker);
            Latencies checked = ConcurrentRun.run(checks, settings.clients(), checker);
            print("check API (" + settings.clients() + " clients)", checked);
            result.put("checkApi", describe(checked));
            result.put("residentAfterSearchMb", residentMb(app));
            log("resident: %s", resident(app));
        }

        ItDatabase.deleteIndex(data);
        t0 = System.nanoTime();
        try (RunningApp app = RunningApp.start(work, env, "bench-rebuild-" + name)) {
            result.put("startSecondsRebuildingIndex", round(seconds(t0)));
            log("start with the index deleted (rebuilt from the database): ready in %.1f s", seconds(t0));
        }

        if (ItDatabase.hasOpenSearch()) {
            log("bare Lucene: no embedded index on the scale build; compare with the default build's run");
            return result;
        }
        try (BareLucene bare = new BareLucene(data.resolve("index"), mix)) {
            ConcurrentRun.run(mix.subList(0, Math.min(WARM_UP, mix.size())), settings.bareThreads(), bare);
            Latencies floor = ConcurrentRun.run(mix, settings.bareThreads(), bare);
            print("bare Lucene (" + settings.bareThreads() + " threads)", floor);
            result.put("bareLucene", describe(floor));
            double ratio = perSecond("searchApi") / floor.perSecond();
            result.put("apiOverBareLucene", round(ratio));
            log("search API throughput ÷ bare Lucene throughput = %.2f", ratio);
        }
        try (BareCheck bare = new BareCheck(data.resolve("index"))) {
            ConcurrentRun.run(checks.subList(0, Math.min(WARM_UP, checks.size())), settings.bareThreads(), bare);
            Latencies floor = ConcurrentRun.run(checks, settings.bareThreads(), bare);
            print("bare Lucene check (" + settings.bareThreads() + " threads)", floor);
            result.put("checkBareLucene", describe(floor));
        }

        if (settings.likeQueries() > 0 && corpus.name().equals("synthetic")) {
            try (LikeBaseline like = new LikeBaseline(data)) {
                Latencies sql = ConcurrentRun.run(mix.subList(0, Math.min(settings.likeQueries(), mix.size())),
                        settings.clients(), like);
                print("SQL LIKE", sql);
                result.put("sqlLike", describe(sql));
            }
        }
        return result;
    }

    /** The figures of every run, one line each, side by side. */
    static List<String> table(List<Map<String, Object>> runs) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-9s %10s %9s %8s %8s %8s %7s %8s %20s %20s %9s %6s %20s %20s %6s", "corpus",
                "quotes", "import/s", "db MB", "db÷text", "index MB", "restart", "rebuild", "API q/s p50/p99 ms",
                "page q/s p50/p99 ms", "bare q/s", "ratio", "check q/s p50/p99 ms", "bare check p50/p99",
                "RSS MB"));
        for (Map<String, Object> r : runs) {
            // The scale build has no embedded index to run bare Lucene on.
            Map<?, ?> bare = (Map<?, ?>) r.get("bareLucene");
            lines.add(String.format("%-9s %,10d %,9d %,8d %8.2f %,8d %6.1fs %7.1fs %20s %20s %9s %6s %20s %20s %6s",
                    r.get("corpus"), r.get("quotes"), r.get("importQuotesPerSecond"),
                    (long) r.get("databaseBytes") >> 20, r.get("databaseOverText"), (long) r.get("indexBytes") >> 20,
                    r.get("restartSecondsWithIndex"), r.get("startSecondsRebuildingIndex"), brief(r.get("searchApi")),
                    brief(r.get("searchPage")), bare == null ? "-" : String.format("%,.0f", (double) bare.get("perSecond")),
                    bare == null ? "-" : String.format("%.2f", (double) r.get("apiOverBareLucene")),
                    brief(r.get("checkApi")), r.get("checkBareLucene") == null ? "-" : brief(r.get("checkBareLucene")),
                    r.get("residentAfterSearchMb")));
        }
        return lines;
    }

    private static String brief(Object latencies) {
        Map<?, ?> l = (Map<?, ?>) latencies;
        return String.format("%.0f %.1f/%.1f", (double) l.get("perSecond"), (double) l.get("p50Ms"),
                (double) l.get("p99Ms"));
    }

    private double perSecond(String key) {
        return (double) ((Map<?, ?>) result.get(key)).get("perSecond");
    }

    /**
     * The text the database holds, in UTF-8 bytes: every quote's text, each source's text and title
     * once, and each speaker's and venue's name once.
     */
    static long textBytes(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> names = new HashSet<>();
        long bytes = 0;
        try (BufferedReader lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode quote = json.readTree(line);
                bytes += utf8(quote.path("text").asText());
                bytes += utf8(quote.path("source").path("text").asText(""));
                for (String name : List.of("speaker:" + quote.path("speaker").path("name").asText(""),
                        "venue:" + quote.path("venue").path("name").asText(""),
                        "source:" + quote.path("source").path("title").asText(""))) {
                    if (names.add(name)) {
                        bytes += utf8(name.substring(name.indexOf(':') + 1));
                    }
                }
            }
        }
        return bytes;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The application's resident memory, now and at its peak, from /proc. */
    private static String resident(RunningApp app) throws IOException {
        Map<String, Long> status = procStatus(app);
        return String.format("%,d MB (peak %,d MB)", status.get("VmRSS") >> 10, status.get("VmHWM") >> 10);
    }

    private static long residentMb(RunningApp app) throws IOException {
        return procStatus(app).get("VmRSS") >> 10;
    }

    private static Map<String, Long> procStatus(RunningApp app) throws IOException {
        Map<String, Long> kb = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status"))) {
            String[] parts = line.split("\\s+");
            if (line.startsWith("Vm") && parts.length >= 2) {
                kb.put(parts[0].replace(":", ""), Long.parseLong(parts[1]));
            }
        }
        return kb;
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
        log("%-28s %,6d queries in %6.1f s: %7.1f/s, p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, %,d matches on average",
                what, l.queries(), l.seconds(), l.perSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(),
                Math.round(l.meanHits()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
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
