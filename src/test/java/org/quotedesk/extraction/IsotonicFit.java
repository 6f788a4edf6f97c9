package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Isotonic regression of "right" on the raw score, by pooling adjacent violators: the candidates
 * are grouped by raw score (to a hundredth), and neighbouring groups whose share right falls (or stays) as the score
 * rises are pooled until it always rises. Each raw score gets its pool's share right, spread by {@link #STEP}
 * about it so that a lower raw score always reads lower (a speaker in doubt loses confidence even
 * where the pool says the doubt costs nothing), and kept within 1 % to 99 % so that no candidate is
 * ever said to be certainly right or wrong.
 */
final class IsotonicFit {

    private static final double FLOOR = 0.01;
    private static final double CEILING = 0.99;
    /** The least gap between the fitted values of neighbouring raw scores: one of the hundredths the extractor gives. */
    static final double STEP = 0.01;

    /** A raw score, how many candidates had it, how many of them were right, and its fitted value. */
    private record Row(double raw, int candidates, int right, double fitted) {
    }

    private final List<Row> rows;

    private IsotonicFit(List<Row> rows) {
        this.rows = rows;
    }

    static IsotonicFit of(double[] raw, boolean[] right) {
        TreeMap<Double, int[]> byScore = new TreeMap<>();
        for (int i = 0; i < raw.length; i++) {
            int[] counts = byScore.computeIfAbsent(Math.round(raw[i] * 100) / 100.0, k -> new int[2]);
            counts[0]++;
            counts[1] += right[i] ? 1 : 0;
        }
        // A pool: the groups from index first on, with their candidates and rights summed.
        List<long[]> pools = new ArrayList<>();
        List<int[]> groups = new ArrayList<>(byScore.values());
        for (int g = 0; g < groups.size(); g++) {
            pools.add(new long[] {g, groups.get(g)[0], groups.get(g)[1]});
            while (pools.size() > 1 && share(pools.get(pools.size() - 2)) >= share(pools.get(pools.size() - 1))) {
                long[] last = pools.remove(pools.size() - 1);
                long[] before = pools.get(pools.size() - 1);
                before[1] += last[1];
                before[2] += last[2];
            }
        }
        List<Double> scores = new ArrayList<>(byScore.keySet());
        List<Row> rows = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < pools.size(); p++) {
            int first = (int) pools.get(p)[0];
            int end = p + 1 < pools.size() ? (int) pools.get(p + 1)[0] : groups.size();
            for (int g = first; g < end; g++) {
                // Spread about the pool's share, so the pool keeps its mean; then at least a step above the last.
                double spread = share(pools.get(p)) + (g - first - (end - first - 1) / 2.0) * STEP;
                previous = hundredth(Math.max(Math.max(FLOOR, spread), previous + STEP));
                rows.add(new Row(scores.get(g), groups.get(g)[0], groups.get(g)[1], Math.min(CEILING, previous)));
            }
        }
        return new IsotonicFit(rows);
    }

    /** On the hundredths the extractor gives, so that rounding never joins two neighbours. */
    private static double hundredth(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double share(long[] pool) {
        return (double) pool[2] / pool[1];
    }

    Calibration calibration() {
        return new Calibration(rows.stream().mapToDouble(Row::raw).toArray(),
                rows.stream().mapToDouble(r -> Math.round(r.fitted() * 1000) / 1000.0).toArray());
    }

    /** The table as {@link Calibration#parse} reads it: a header line, then one line per raw score. */
    String table() {
        StringBuilder table = new StringBuilder("raw\tcalibrated\tcandidates\tright\n");
        for (Row r : rows) {
            table.append(String.format(Locale.ROOT, "%.2f\t%.3f\t%d\t%d%n", r.raw(), r.fitted(), r.candidates(),
                    r.right()));
        }
        return table.toString();
    }
}
