package org.quotedesk.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An honest reader searching throughout the attack, one search every 50 ms: what the attack does
 * to everyone else. A search with no answer within {@link #TIMEOUT} counts as that long.
 */
final class SearchProbe implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String[] QUERIES = {"harmful", "summit", "q=%22in+principle%22", "Peskov", "troops",
        "sanctions", "Macron", "talks"};

    private final Client client;
    private final Map<String, List<Long>> nanosByPhase = new LinkedHashMap<>();
    private final Map<String, Integer> failuresByPhase = new LinkedHashMap<>();
    private volatile String phase = "start";
    private volatile boolean running = true;
    private final Thread thread;

    SearchProbe(Client client) {
        this.client = client;
        this.thread = new Thread(this::run, "search-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        for (int i = 0; running; i++) {
            String q = QUERIES[i % QUERIES.length];
            Client.Answer answer = client.get(q.startsWith("q=") ? "/api/quotes?" + q : "/api/quotes?q=" + q, TIMEOUT);
            synchronized (this) {
                nanosByPhase.computeIfAbsent(phase, p -> new ArrayList<>())
                        .add(answer.status() == 200 ? answer.nanos() : Math.max(answer.nanos(), TIMEOUT.toNanos()));
                failuresByPhase.merge(phase, answer.status() == 200 ? 0 : 1, Integer::sum);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The searches from now on are counted under this phase of the attack. */
    void phase(String name) {
        phase = name;
    }

    /** Per phase and over all: searches, those without an answer, p50, p99 and the slowest, in ms. */
    synchronized Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        nanosByPhase.forEach((name, nanos) -> {
            summary.put(name, figures(nanos, failuresByPhase.getOrDefault(name, 0)));
            all.addAll(nanos);
        });
        summary.put("all", figures(all, failuresByPhase.values().stream().mapToInt(Integer::intValue).sum()));
        return summary;
    }

    private static Map<String, Object> figures(List<Long> nanos, int failures) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("searches", sorted.length);
        figures.put("unanswered", failures);
        figures.put("p50Ms", percentileMs(sorted, 50));
        figures.put("p99Ms", percentileMs(sorted, 99));
        figures.put("maxMs", percentileMs(sorted, 100));
        return figures;
    }

    private static long percentileMs(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(TIMEOUT.toMillis() + 1_000);
    }
}
