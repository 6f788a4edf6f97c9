package org.quotedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.quotedesk.support.ItDatabase;
import org.quotedesk.support.Nginx;
import org.quotedesk.support.RunningApp;

/**
 * The scale build as it is meant to run: two instances on one PostgreSQL database and one
 * OpenSearch index, behind nginx on loopback. A quote written on one instance is found through the
 * other; under a write load through nginx, one instance is killed (kill -9), and afterwards every
 * acknowledged write is in PostgreSQL and found by search through the survivor, and the index holds
 * exactly the database's quotes; a change a killed instance committed but did not index is applied
 * by the survivor. Prints its figures. Runs in the scale build's suite with OpenSearch
 * ({@code bin/verify}), where nginx is installed.
 */
@EnabledIf("scaleBuildWithNginx")
class ScaleOutIT {

    private static final String PASSWORD = "it-kestrel-harbour-7";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes on one instance, each searched for through the other. */
    private static final int SAMPLES = 20;
    private static final int WRITES = 300;
    private static final int CLIENTS = 2;
    private static final int KILL_AT = WRITES / 3;
    /** Against a hang only: the writes took 25 to 45 s on two busy cores. */
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(120);
    /**
     * A write is indexed and refreshed before its 201, unless the other instance's poller (every 2 s)
     * holds its outbox entry at that moment: then that instance applies it, within its own batch; an
     * entry a killed instance left is applied by the survivor's next poll. Five poll intervals leave
     * room for a slow machine without hiding an entry that is never applied.
     */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    /** The survivor's poller applies what the killed instance committed and left: one poll, 2 s. */
    private static final Duration OUTBOX_LIMIT = Duration.ofSeconds(30);
    private static final Duration REFRESH_LIMIT = Duration.ofSeconds(5);
    private static final String SOURCE_TEXT = sourceText();

    @TempDir
    Path workDir;

    @TempDir
    Path aData;

    @TempDir
    Path bData;

    @TempDir
    Path nginxDir;

    static boolean scaleBuildWithNginx() {
        return ItDatabase.hasOpenSearch() && Nginx.executable().isPresent();
    }

    @Test
    void everyAcknowledgedWriteOutlivesAKilledInstanceAndIsFoundThroughTheOther() throws Exception {
        // The second instance takes the first one's database, and with it its index alias.
        Map<String, String> second = Map.of("QUARKUS_DATASOURCE_JDBC_URL", ItDatabase.url(aData));
        try (RunningApp a = RunningApp.start(Files.createDirectories(workDir.resolve("a")), env(aData, Map.of()),
                        "scale-out-a");
                RunningApp b = RunningApp.start(Files.createDirectories(workDir.resolve("b")), env(bData, second),
                        "scale-out-b");
                Nginx nginx = Nginx.start(nginxDir, List.of(a.port, b.port))) {
            Client onA = new Client(a.port);
            Client onB = new Client(b.port);
            long source = created(onA.send("POST", "/api/sources", "application/json", JSON.writeValueAsString(
                    Map.of("title", "Scale-out", "publishedOn", "2024-01-02", "language", "en", "text", SOURCE_TEXT)),
                    "admin", PASSWORD));
            long speaker = created(onA.send("POST", "/api/speakers", "application/json",
                    "{\"name\": \"Scale-out Speaker\", \"kind\": \"PERSON\"}", "admin", PASSWORD));
            Quotes quotes = new Quotes(source, speaker);

            String visibility = otherInstanceVisibility(quotes, onA, onB);
            Load load = load(quotes, new Client(nginx.port), b);

            awaitEmptyOutbox();
            Map<Long, String> inDatabase = quotesInDatabase(source);
            Map<Long, String> found = searchAfterRefresh(onA, source, inDatabase);
            long inPostgres = load.countAcknowledged(inDatabase);
            long foundThroughSurvivor = load.countAcknowledged(found);
            long lost = load.acknowledged().size() - load.countAcknowledged(inDatabase, found);
            long leftEntryMillis = leftEntryApplied(onA, source, load.acknowledged().keySet().iterator().next());
            System.out.printf("scale-out: %d writes in %.1f s, %d acknowledged, %d failed (by status, 0 for none: %s),"
                    + " %d in PostgreSQL, %d found through the survivor, %d lost (%d committed without an answer);"
                    + " an entry left in the outbox %s; %s%n",
                    load.attempted(), load.seconds(), load.acknowledged().size(), load.failed(), load.failures(),
                    inPostgres, foundThroughSurvivor, lost, inDatabase.size() - SAMPLES - load.acknowledged().size(),
                    leftEntryMillis < 0 ? "not applied within " + VISIBLE_WITHIN.toSeconds() + " s"
                            : "applied by the survivor in " + leftEntryMillis + " ms", visibility);

            assertThat(load.attempted()).as("writes before the load's time limit").isEqualTo(WRITES);
            assertThat(lost).as("acknowledged writes missing from PostgreSQL or the survivor's search").isZero();
            assertThat(found).as("the index holds exactly the database's quotes").isEqualTo(inDatabase);
            assertThat(leftEntryMillis).as("ms until the survivor applied an entry a killed instance left")
                    .isNotNegative();
            // Only a write sent to B as it died can fail: each client's one in flight, and at most one
            // per kept-alive connection to B (one per client) that nginx took before it saw it close.
            // nginx passes the later ones to A.
            assertThat(load.failed()).as("failed writes " + load.failures()).isLessThanOrEqualTo(2 * CLIENTS);
        }
    }

    private static Map<String, String> env(Path dataDir, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("QUOTEDESK_DATA_DIR", dataDir.toString());
        env.put("QUOTEDESK_ADMIN_PASSWORD", PASSWORD);
        // The same on both, so that a session signed in on one is valid on the other.
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", ItDatabase.SESSION_KEY);
        return env;
    }

    /**
     * Quote n is "Scaled quote sx{n}q." of the source: its word sx{n}q is in no other quote. The
     * samples take the first {@link #SAMPLES}, the load the rest.
     */
    private record Quotes(long source, long speaker) {

        static String text(int n) {
            return "Scaled quote " + word(n) + ".";
        }

        static String word(int n) {
            return "sx" + n + "q";
        }

        String body(int n) {
            int start = SOURCE_TEXT.indexOf(text(n));
            return "{\"text\": \"" + text(n) + "\", \"type\": \"DIRECT\", \"speaker\": {\"id\": " + speaker
                    + "}, \"source\": {\"id\": " + source + "}, \"start\": " + start + ", \"end\": "
                    + (start + text(n).length()) + "}";
        }
    }

    private static String sourceText() {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < SAMPLES + WRITES; n++) {
            text.append(Quotes.text(n)).append(' ');
        }
        return text.toString().strip();
    }

    /**
     * Writes on one instance directly, alternately A and B, and searches through the other from the
     * 201 on until the quote is found; returns the figures.
     */
    private static String otherInstanceVisibility(Quotes quotes, Client onA, Client onB) throws Exception {
        // A fresh instance's first search pays for its warming up, which is no part of a write's visibility.
        total(onA, "/api/quotes?q=warm");
        total(onB, "/api/quotes?q=warm");
        long[] nanos = new long[SAMPLES];
        int onFirstSearch = 0;
        for (int n = 0; n < SAMPLES; n++) {
            Client writer = n % 2 == 0 ? onA : onB;
            Client reader = n % 2 == 0 ? onB : onA;
            created(writer.send("POST", "/api/quotes", "application/json", quotes.body(n), "admin", PASSWORD));
            long acknowledged = System.nanoTime();
            int searches = 1;
            while (total(reader, "/api/quotes?q=" + Quotes.word(n)) == 0) {
                assertThat(Duration.ofNanos(System.nanoTime() - acknowledged))
                        .as("quote %d written on one instance, not yet found through the other", n)
                        .isLessThan(VISIBLE_WITHIN);
                searches++;
                Thread.sleep(20);
            }
            nanos[n] = System.nanoTime() - acknowledged;
            onFirstSearch += searches == 1 ? 1 : 0;
        }
        Arrays.sort(nanos);
        return String.format("other-instance visibility p50 %.1f ms, max %.1f ms over %d writes, %d found on the first"
                + " search after the 201", nanos[SAMPLES / 2] / 1e6, nanos[SAMPLES - 1] / 1e6, SAMPLES, onFirstSearch);
    }

    /** What the load wrote: the acknowledged quotes' texts by id, and the failures by status (0: no answer). */
    private record Load(int attempted, double seconds, Map<Long, String> acknowledged,
            Map<Integer, Integer> failures) {

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** How many acknowledged quotes each of these holds, with the text written. */
        @SafeVarargs
        final long countAcknowledged(Map<Long, String>... holders) {
            return acknowledged.entrySet().stream().filter(q -> Arrays.stream(holders)
                    .allMatch(holder -> q.getValue().equals(holder.get(q.getKey())))).count();
        }
    }

    /**
     * {@link #CLIENTS} clients write quotes through nginx, alternating between the instances, until
     * {@link #WRITES} are sent; the client that takes write {@link #KILL_AT} first kills B, while the
     * other may have a write in flight on it.
     */
    private static Load load(Quotes quotes, Client balanced, RunningApp b) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<Long, String> acknowledged = Collections.synchronizedMap(new TreeMap<>());
        List<Integer> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long deadline = started + LOAD_LIMIT.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < WRITES && System.nanoTime() < deadline;
                        n = next.getAndIncrement()) {
                    if (n == KILL_AT) {
                        b.kill();
                    }
                    Client.Answer answer = balanced.send("POST", "/api/quotes", "application/json",
                            quotes.body(SAMPLES + n), "admin", PASSWORD);
                    if (answer.status() == 201) {
                        acknowledged.put(JSON.readTree(answer.body()).path("id").asLong(), Quotes.text(SAMPLES + n));
                    } else {
                        failures.add(answer.status());
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return new Load(acknowledged.size() + failures.size(), (System.nanoTime() - started) / 1e9, acknowledged,
                failures.stream().collect(Collectors.toMap(s -> s, s -> 1, Integer::sum, TreeMap::new)));
    }

    /** Until no instance has anything left to apply: what B committed and left is applied by A's poller. */
    private void awaitEmptyOutbox() throws Exception {
        long deadline = System.nanoTime() + OUTBOX_LIMIT.toNanos();
        try (Connection db = ItDatabase.connect(aData);
                PreparedStatement pending = db.prepareStatement("select count(*) from search_outbox")) {
            while (true) {
                try (ResultSet rs = pending.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                    assertThat(System.nanoTime()).as("outbox entries still pending: %d", rs.getLong(1))
                            .isLessThan(deadline);
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * What an instance killed between its commit and its index write leaves behind, the change and
     * its outbox entry, written straight to the database: the survivor's poller must apply it, without
     * a restart. Returns how many ms that took, -1 when it did not within {@link #VISIBLE_WITHIN}.
     */
    private long leftEntryApplied(Client survivor, long source, long quoteId) throws Exception {
        try (Connection db = ItDatabase.connect(aData); Statement change = db.createStatement()) {
            db.setAutoCommit(false);
            change.executeUpdate("update quote set status = 'DISPUTED' where id = " + quoteId);
            change.executeUpdate("insert into search_outbox (quote_id) values (" + quoteId + ")");
            db.commit();
        }
        long left = System.nanoTime();
        String disputed = "/api/quotes?source=" + source + "&status=DISPUTED";
        while (total(survivor, disputed) == 0) {
            if (System.nanoTime() - left > VISIBLE_WITHIN.toNanos()) {
                return -1;
            }
            Thread.sleep(50);
        }
        long applied = (System.nanoTime() - left) / 1_000_000;
        JsonNode items = JSON.readTree(ok(survivor.get(disputed, Duration.ofSeconds(30))).body()).path("items");
        assertThat(items).extracting(item -> item.path("id").asLong()).containsExactly(quoteId);
        return applied;
    }

    private Map<Long, String> quotesInDatabase(long source) throws Exception {
        Map<Long, String> quotes = new TreeMap<>();
        try (Connection db = ItDatabase.connect(aData);
                PreparedStatement select = db.prepareStatement("select id, text from quote where source_id = ?")) {
            select.setLong(1, source);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    quotes.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return quotes;
    }

    /**
     * What a search through this instance finds once it shows the database's quotes, or after
     * {@link #REFRESH_LIMIT}: the outbox's entries go in the transaction that writes them to the
     * index, and the refresh that makes them searchable comes just after, so a search in between is
     * one batch behind.
     */
    private static Map<Long, String> searchAfterRefresh(Client client, long source, Map<Long, String> inDatabase)
            throws Exception {
        long until = System.nanoTime() + REFRESH_LIMIT.toNanos();
        Map<Long, String> found = searchAll(client, source);
        while (!found.equals(inDatabase) && System.nanoTime() < until) {
            Thread.sleep(200);
            found = searchAll(client, source);
        }
        return found;
    }

    /** Every quote of the source that a search through this instance finds, paged by date then id. */
    private static Map<Long, String> searchAll(Client client, long source) throws Exception {
        Map<Long, String> found = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = JSON.readTree(ok(client.get("/api/quotes?source=" + source + "&sort=date&size=100&page="
                    + page, Duration.ofSeconds(30))).body());
            body.path("items").forEach(item -> found.put(item.path("id").asLong(), item.path("text").asText()));
            if (body.path("items").isEmpty() || found.size() >= body.path("total").asLong()) {
                return found;
            }
        }
    }

    private static long total(Client client, String path) throws Exception {
        return JSON.readTree(ok(client.get(path, Duration.ofSeconds(30))).body()).path("total").asLong();
    }

    private static Client.Answer ok(Client.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static long created(Client.Answer answer) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body()).path("id").asLong();
    }
}
