package org.quotedesk.catalogue.quote;

public enum QuoteType {
    /** A statement in quote marks. */
    DIRECT,
    /** A fragment in quote marks inside reported speech. */
    PARTIAL,
    /** Reported speech without quote marks. */
    INDIRECT
}
