package org.quotedesk.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Runs queries with a fixed number of concurrent clients, each taking the next query of the mix. */
final class ConcurrentRun {

    /** Answers one query (a search, a check); returns the number of matches. */
    @FunctionalInterface
    interface Client<Q> {
        long ask(Q query) throws Exception;
    }

    private ConcurrentRun() {
    }

    static <Q> Latencies run(List<Q> queries, int clients, Client<Q> client) throws Exception {
        long[] nanos = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicLong hits = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<Object>> done = pool.invokeAll(java.util.Collections.nCopies(clients, () -> {
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    hits.addAndGet(client.ask(queries.get(i)));
                    nanos[i] = System.nanoTime() - t0;
                }
                return null;
            }));
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return Latencies.of(nanos, seconds, (double) hits.get() / queries.size());
    }
}
