package org.quotedesk.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A set of ids cut into slices that a query can select cheaply. H2 tests each row against an
 * {@code IN (?, ?, …)} list one value after another, so a query for 2,000 ids by one list made
 * 4 million comparisons (the largest cost of keeping the index up to date during an import). A run of
 * consecutive ids becomes a primary-key range with no list at all; the scattered rest goes in lists
 * of at most {@link #MAX_LIST} ids, each bounded by its own range.
 */
public final class IdSlices {

    /** Longest {@code IN} list a slice carries. */
    static final int MAX_LIST = 100;
    /** Shortest run of consecutive ids worth a range of its own. */
    static final int MIN_RUN = 16;

    private IdSlices() {
    }

    /**
     * A slice: every id from {@code min} to {@code max} when {@code ids} is empty, otherwise the ids
     * listed (all between {@code min} and {@code max}).
     */
    public record Slice(long min, long max, List<Long> ids) {

        public boolean isRange() {
            return ids.isEmpty();
        }

        /** The query condition on {@code id} that selects this slice, with {@link #parameters()}. */
        public String condition(String id) {
            return id + " between :min and :max" + (isRange() ? "" : " and " + id + " in :ids");
        }

        /** The named parameters of {@link #condition(String)}. */
        public Map<String, Object> parameters() {
            return isRange() ? Map.of("min", min, "max", max) : Map.of("min", min, "max", max, "ids", ids);
        }
    }

    public static List<Slice> of(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        List<Slice> slices = new ArrayList<>();
        List<Long> scattered = new ArrayList<>();
        int i = 0;
        while (i < sorted.length) {
            int end = i + 1;
            while (end < sorted.length && sorted[end] == sorted[end - 1] + 1) {
                end++;
            }
            if (end - i >= MIN_RUN) {
                slices.add(new Slice(sorted[i], sorted[end - 1], List.of()));
            } else {
                for (int k = i; k < end; k++) {
                    scattered.add(sorted[k]);
                    if (scattered.size() == MAX_LIST) {
                        slices.add(listed(scattered));
                        scattered = new ArrayList<>();
                    }
                }
            }
            i = end;
        }
        if (!scattered.isEmpty()) {
            slices.add(listed(scattered));
        }
        return slices;
    }

    private static Slice listed(List<Long> ids) {
        return new Slice(ids.get(0), ids.get(ids.size() - 1), List.copyOf(ids));
    }
}
