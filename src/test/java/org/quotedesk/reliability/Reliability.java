package org.quotedesk.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotedesk.support.RunningApp;

/**
 * {@code ./mvnw -Preliability -DskipTests verify}: a bounded hostile mix against the packaged
 * application, started on loopback with a data directory of its own (target/reliability), while an
 * honest reader keeps searching. Prints what it tried and what broke; writes it to
 * target/reliability/results.json. Not a test: nothing here fails the build.
 *
 * <p>Another build can be attacked the same way: {@code -Dquotedesk.runner.jar=/path/quarkus-run.jar}.
 */
public final class Reliability {

    private static final Path DIR = Path.of("target", "reliability").toAbsolutePath();
    private static final String EDITOR = "reliability-editor";
    private static final String EDITOR_PASSWORD = "quiet lantern harbour seven";
    private static final int SENTENCES = 5_000;
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, Object> results = new LinkedHashMap<>();
    private int inputs;
    private int serverErrors;

    private Reliability() {
    }

    public static void main(String[] args) throws Exception {
        new Reliability().run();
    }

    private void run() throws Exception {
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        String adminPassword = "reliability " + UUID.randomUUID();
        Map<String, String> env = Map.of("QUOTEDESK_DATA_DIR", DIR.resolve("data").toString(),
                "QUOTEDESK_ADMIN_PASSWORD", adminPassword);
        RunningApp app = RunningApp.start(DIR, env, "reliability");
        try {
            Client client = new Client(app.port);
            createEditor(client, adminPassword);
            long source = created(client.send("POST", "/api/sources", "application/json",
                    "{\"title\": \"Reliability\", \"publishedOn\": \"2024-01-01\", \"language\": \"en\", \"text\": \""
                            + Writers.SourceText.of(SENTENCES) + "\"}", EDITOR, EDITOR_PASSWORD));
            long speaker = created(client.send("POST", "/api/speakers", "application/json",
                    "{\"name\": \"Reliability Writer\", \"kind\": \"PERSON\"}", EDITOR, EDITOR_PASSWORD));
            // The owner of admin signs in from here before strangers start guessing.
            client.send("DELETE", "/api/quotes/99999999", null, null, "admin", adminPassword);
            long rssBefore = rssKb(app.pid());

            try (SearchProbe probe = new SearchProbe(client)) {
                probe.phase("slow uploads");
                log("slow uploads: 250 clients sending a 100 kB body a byte every 2 s, for 20 s");
                Map<Integer, Integer> slow = new HostileBodies(client).slowUploads(250, Duration.ofSeconds(20));
                count("slowUploads", 250, slow);
                probe.phase("oversized bodies");
                log("oversized bodies: 1 GB announced, 1 MB sent, to 6 addresses");
                Map<String, Map<Integer, Integer>> big = new HostileBodies(client).oversized();
                big.forEach((route, statuses) -> count("oversized " + route, 4, statuses));
                probe.phase("malformed inputs");
                log("malformed inputs");
                MalformedInputs.Found malformed = new MalformedInputs(client, EDITOR, EDITOR_PASSWORD).run();
                count("malformed", malformed.tried(), malformed.byStatus());
                results.put("malformedWithout5xxOrAnswer", malformed.failures());
                results.put("malformedStackTraces", malformed.stackTraces());
                probe.phase("concurrent editors");
                log("concurrent editors: 8 editors saving quote 1, 15 times each");
                Writers.Edits edits = new Writers(client, EDITOR, EDITOR_PASSWORD).concurrentEditors(1, 8, 15);
                inputs += 8 * 15 * 2;
                results.put("edits", edits);
                probe.phase("sign-in flood");
                log("sign-in flood: 500 failed form sign-ins (a fifth with names of 1 to 7 KB), 40 with names of"
                        + " 2 MB, 300 wrong passwords for admin, from 330 addresses");
                SignInFlood.Found flood = new SignInFlood(client).run("admin", adminPassword, 500, 300);
                count("signInFlood", flood.guesses(), flood.byStatus());
                results.put("ownerSignsInAfterFlood", flood.ownerSignsIn());
                results.put("rssKbBeforeAttack", rssBefore);
                results.put("rssKbAfterFlood", rssKb(app.pid()));
                probe.close();
                results.put("searchUnderAttack", probe.summary());
            }

            log("kill -9 during writes: 4 editors adding quotes, killed after 6 s, then restarted");
            AtomicBoolean stop = new AtomicBoolean();
            Writers writers = new Writers(client, EDITOR, EDITOR_PASSWORD);
            AtomicReference<Map<Long, String>> acknowledged = new AtomicReference<>(Map.of());
            Thread writing = new Thread(() -> {
                try {
                    acknowledged.set(writers.addQuotes(source, speaker, 4, stop, SENTENCES));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            writing.start();
            Thread.sleep(6_000);
            app.kill();
            stop.set(true);
            writing.join();
            app = RunningApp.start(DIR, env, "reliability-restarted");
            Client restarted = new Client(app.port);
            int lost = 0;
            for (Map.Entry<Long, String> quote : acknowledged.get().entrySet()) {
                Client.Answer answer = restarted.get("/api/quotes/" + quote.getKey(), Duration.ofSeconds(30));
                if (answer.status() != 200 || !answer.body().contains("\"text\":\"" + quote.getValue() + "\"")) {
                    lost++;
                }
            }
            String indexed = restarted.get("/api/quotes?source=" + source + "&size=1", Duration.ofSeconds(30)).body();
            inputs += acknowledged.get().size();
            results.put("writesAcknowledged", acknowledged.get().size());
            results.put("writesLost", lost);
            results.put("indexedAfterRestart", indexed.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
        } finally {
            app.close();
        }
        results.put("inputsTried", inputs);
        results.put("serverErrors", serverErrors);
        report();
    }

    /** An editor's account, made by the admin through the accounts page, as a person would. */
    private static void createEditor(Client client, String adminPassword) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        post(browser, client.url("/j_security_check"), "j_username=admin&j_password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8));
        String page = browser.send(HttpRequest.newBuilder(URI.create(client.url("/admin/users/new"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("The admin could not open the new-account page");
        }
        int status = post(browser, client.url("/admin/users"), "csrf-token=" + token.group(1) + "&username=" + EDITOR
                + "&password=" + URLEncoder.encode(EDITOR_PASSWORD, StandardCharsets.UTF_8));
        if (status != 303) {
            throw new IllegalStateException("The editor's account was not created: " + status);
        }
    }

    private static int post(HttpClient browser, String url, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static long created(Client.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("Not created: " + answer.status() + " " + answer.body());
        }
        return Long.parseLong(answer.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private void count(String phase, int tried, Map<Integer, Integer> byStatus) {
        inputs += tried;
        serverErrors += byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        results.put(phase, byStatus);
    }

    private void report() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> search = (Map<String, Map<String, Object>>) results.get("searchUnderAttack");
        Writers.Edits edits = (Writers.Edits) results.get("edits");
        System.out.println();
        System.out.println("=== QuoteDesk under a hostile mix ("
                + System.getProperty("quotedesk.runner.jar", "target/quarkus-app/quarkus-run.jar") + ") ===");
        results.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println();
        System.out.printf("inputs tried:                   %,d%n", inputs);
        System.out.printf("5xx answers:                    %d%n", serverErrors);
        Map<String, Object> all = search.get("all");
        System.out.printf("search p99 under attack:        %s ms (p50 %s ms, %s searches, %s without an answer)%n",
                all.get("p99Ms"), all.get("p50Ms"), all.get("searches"), all.get("unanswered"));
        search.forEach((phase, figures) -> System.out.printf("  during %-22s p99 %s ms, slowest %s ms, %s of %s"
                + " without an answer%n", phase + ":", figures.get("p99Ms"), figures.get("maxMs"),
                figures.get("unanswered"), figures.get("searches")));
        System.out.printf("acknowledged writes lost:       %s of %s%n", results.get("writesLost"),
                results.get("writesAcknowledged"));
        System.out.printf("lost updates:                   %d of %d saves acknowledged (%d conflicts answered 409)%n",
                edits.lost(), edits.acknowledged(), edits.conflicts());
        Path out = DIR.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        System.out.println("Written to " + out);
    }

    private static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    private static void log(String message) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), message);
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

}
