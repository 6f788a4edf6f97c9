package org.quotedesk.extraction;

import java.time.LocalDate;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteType;

/**
 * A quote the extractor proposes: the text and its offsets in the article (end exclusive), its
 * type, who said it (as written, and resolved), the role printed with the speaker, a venue hint,
 * the reporting path ("according to the French presidency"), when it was said (from {@code spokenOn}
 * to {@code spokenUntil} when BETWEEN), and how sure the extractor is, from 0 to 1.
 */
public record Candidate(String text, int start, int end, QuoteType type, CandidateSpeaker speaker, String role,
        VenueHint venue, String reportedVia, LocalDate spokenOn, DatePrecision datePrecision, LocalDate spokenUntil,
        double confidence) {

    /** The same candidate, with another confidence (the calibrated one). */
    Candidate withConfidence(double sure) {
        return new Candidate(text, start, end, type, speaker, role, venue, reportedVia, spokenOn, datePrecision,
                spokenUntil, sure);
    }
}
