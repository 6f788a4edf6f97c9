package org.quotedesk.review;

import java.time.LocalDate;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.venue.VenueKind;

/**
 * A candidate of a review, as the review page and the quote form show it; {@code secondLook} when
 * the extractor is too unsure of it for it to be accepted without the editor saying they checked it.
 */
public record ReviewCandidateDto(long id, long sourceId, CandidateOrigin origin, CandidateStatus status, int start,
        int end, String text, QuoteType type, String speakerName, String speakerWritten, Boolean speakerPerson,
        Long speakerId, String knownSpeakerName, String role,
        String venueHint, VenueKind venueKind, String reportedVia, LocalDate spokenOn, DatePrecision datePrecision,
        LocalDate spokenUntil, double confidence, Long quoteId, String reviewedBy, boolean secondLook) {

    static ReviewCandidateDto from(ReviewCandidate c, double secondLookBelow) {
        return new ReviewCandidateDto(c.id, c.source.id, c.origin, c.status, c.start, c.end, c.text, c.type,
                c.speakerName, c.speakerWritten, c.speakerPerson, c.speaker == null ? null : c.speaker.id, c.speaker == null ? null : c.speaker.name, c.role,
                c.venueHint,
                c.venueKind, c.reportedVia, c.spokenOn, c.datePrecision, c.spokenUntil, c.confidence,
                c.quote == null ? null : c.quote.id, c.reviewedBy,
                c.origin == CandidateOrigin.EXTRACTED && c.confidence < secondLookBelow);
    }

    public boolean pending() {
        return status == CandidateStatus.PENDING;
    }

    public boolean accepted() {
        return status == CandidateStatus.ACCEPTED;
    }

    public boolean rejected() {
        return status == CandidateStatus.REJECTED;
    }

    /** The confidence as a whole percentage, for people. */
    public int percent() {
        return (int) Math.round(confidence * 100);
    }
}
