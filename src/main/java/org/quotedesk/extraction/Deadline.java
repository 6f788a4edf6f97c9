package org.quotedesk.extraction;

import java.time.Duration;

/**
 * How long one reading may take: checked sentence by sentence, so that no text, however it is made,
 * holds a thread for longer.
 */
public final class Deadline {

    /** No limit: the evaluation and the tests read whole corpora. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos());
    }

    void check() {
        if (endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos > 0) {
            throw new Exceeded();
        }
    }

    /** The reading took longer than its deadline and was abandoned. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("the text took too long to read", null, false, false);
        }
    }
}
