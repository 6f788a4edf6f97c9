package org.quotedesk.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An honest reader searching throughout the attack, one search every 50 ms: what the attack does
 * to everyone else. A search with no answer within {@link #TIMEOUT} counts as that long.
 */
final class SearchProbe implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String[] QUERIES = {"harmful", "summit", "q=%22in+principle%22", "Peskov", "troops",
        "sanctions", "Macron", "talks"};

    private final Client client;
    private final List<Long> nanos = new ArrayList<>();
    private int failures;
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
                nanos.add(answer.status() == 200 ? answer.nanos() : Math.max(answer.nanos(), TIMEOUT.toNanos()));
                if (answer.status() != 200) {
                    failures++;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    synchronized int samples() {
        return nanos.size();
    }

    synchronized int failures() {
        return failures;
    }

    synchronized double percentileMs(int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(TIMEOUT.toMillis() + 1_000);
    }
}
