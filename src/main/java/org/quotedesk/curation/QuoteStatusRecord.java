package org.quotedesk.curation;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.quote.Evidence;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.common.FieldErrors;

/** A quote's status as a record (who set it, when, on what evidence), for {@link Quotes}, its one writer. */
@ApplicationScoped
class QuoteStatusRecord {

    @Inject
    AuditTrail audit;

    /**
     * What a status change must rest on. Evidence that looks like a link must be an http(s) address.
     * Where an editor sets the status ({@code evidenceRequired}: the API, the admin form, the queue),
     * making a quote VERIFIED, DISPUTED or MISATTRIBUTED needs evidence; going back to UNVERIFIED does
     * not. An import or a restore brings statuses set elsewhere: its evidence, if any, is kept.
     */
    static void check(QuoteStatus current, QuoteStatus requested, String evidence, boolean evidenceRequired,
            FieldErrors errors) {
        QuoteStatus status = requested != null ? requested : QuoteStatus.UNVERIFIED;
        Evidence.check(evidence, "evidence", errors);
        boolean changes = status != (current != null ? current : QuoteStatus.UNVERIFIED);
        if (evidenceRequired && changes && Evidence.requiredFor(status) && blankToNull(evidence) == null) {
            errors.add("evidence", "is required to make a quote " + status + ": give a link (https://…) or a note"
                    + " saying what it was checked against");
        }
    }

    /**
     * The one way a quote's status is set, on every path: the API's POST, PUT and PATCH, the admin
     * form, the verification queue, an import, a restore. A change (another status, or new evidence)
     * records the signed-in account and the time, with the evidence given or none. The same status
     * without evidence keeps the record as it was; a new quote left unverified, without evidence,
     * has none. Callers check first ({@link #check}) and audit the change.
     */
    void set(Quote quote, QuoteStatus requested, String evidence) {
        QuoteStatus status = requested != null ? requested : QuoteStatus.UNVERIFIED;
        String given = blankToNull(evidence);
        boolean unchanged = quote.status == null ? status == QuoteStatus.UNVERIFIED && given == null
                : status == quote.status && (given == null || given.equals(quote.statusEvidence));
        if (!unchanged) {
            quote.statusSetBy = audit.currentUser();
            quote.statusSetAt = Instant.now();
            quote.statusEvidence = given;
        }
        quote.status = status;
    }
}
