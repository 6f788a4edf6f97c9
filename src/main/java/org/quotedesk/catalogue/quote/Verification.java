package org.quotedesk.catalogue.quote;

import java.time.Instant;

/**
 * Who set a quote's status, when, and on what evidence: a link or a note (null when none was given).
 * A quote whose status no one has set (left unverified as it was created) has none.
 */
public record Verification(String setBy, Instant setAt, String evidence) {

    /** The evidence as an http(s) address to link to; null when it is a note. */
    public String link() {
        return Evidence.link(evidence);
    }

    /** The quote's record, or null while no one has set its status. */
    public static Verification of(Quote quote) {
        return quote.statusSetBy == null ? null
                : new Verification(quote.statusSetBy, quote.statusSetAt, quote.statusEvidence);
    }
}
