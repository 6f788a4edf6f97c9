package org.quotedesk.bench;

import java.util.Arrays;

/** Latencies of a run of queries, and what they add up to. */
record Latencies(int queries, double seconds, double p50Ms, double p95Ms, double p99Ms, double meanHits) {

    static Latencies of(long[] nanos, double seconds, double meanHits) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), meanHits);
    }

    double perSecond() {
        return queries / seconds;
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
