package org.quotedesk.curation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteStatus;

/**
 * A quote's status changed alone: the body of {@code PATCH /api/quotes/{id}}, and what the
 * verification queue applies to each quote it selects.
 */
public record StatusChange(
        @NotNull QuoteStatus status,
        @Schema(description = "What the status rests on: a link (http or https) or a note, up to 2,000 characters;"
                + " required for VERIFIED, DISPUTED and MISATTRIBUTED")
        @Size(max = Quote.MAX_EVIDENCE_LENGTH) String evidence,
        @Schema(description = "The version read, optional: when given, a stale one is a 409") Long version) {
}
