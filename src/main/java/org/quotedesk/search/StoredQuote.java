package org.quotedesk.search;

import java.time.LocalDate;
import java.util.Map;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.quote.StatementRef;
import org.quotedesk.catalogue.source.SourceRef;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.speaker.SpeakerRef;
import org.quotedesk.catalogue.venue.VenueKind;
import org.quotedesk.catalogue.venue.VenueRef;

/**
 * What a search document stores of its quote, so that results need no database round trip: the
 * index's own record, written as JSON, so that a change to the API's {@link QuoteDto} does not change
 * the index's format (that is {@link LuceneQuoteIndex#FORMAT} and the {@code _meta.format} of
 * {@code opensearch/quote-index.json}, raised whenever this record changes).
 */
record StoredQuote(long id, String text, QuoteType type, long speakerId, String speakerName, SpeakerKind speakerKind,
        String speakerRole, Long venueId, String venueName, VenueKind venueKind, LocalDate spokenOn,
        DatePrecision datePrecision, LocalDate spokenUntil, long sourceId, String sourceTitle, String sourcePublisher,
        LocalDate sourcePublishedOn, String sourceUrl, String sourceLocator, Integer start, Integer end,
        String reportedVia, QuoteStatus status, String language, boolean translated, String notes, Long statementId,
        long version) {

    /**
     * The last day it may have been said: a BETWEEN range's end, else the day it is dated with, which
     * is how every other precision has always been searched (ON_OR_BEFORE at its day, WEEK at its
     * Monday). Null when undated.
     */
    LocalDate lastDay() {
        return spokenUntil != null ? spokenUntil : spokenOn;
    }

    /** What {@link QuoteFields#STATEMENT} holds for this quote. */
    String statementKey() {
        return statementId != null ? statementId.toString() : "quote-" + id;
    }

    /**
     * The quote as the API shows it, with its statement's report count as the database has it now: the
     * document cannot keep that count current, as another quote's link changes it.
     */
    QuoteDto toDto(Map<Long, Long> reportCounts) {
        // The index may lag a moment behind a regrouping that left the statement without this quote.
        StatementRef statement = StatementRef.of(statementId, reportCounts.getOrDefault(statementId, 1L));
        return new QuoteDto(id, text, type, new SpeakerRef(speakerId, speakerName, speakerKind, speakerRole),
                venueId == null ? null : new VenueRef(venueId, venueName, venueKind), spokenOn, datePrecision,
                spokenUntil, new SourceRef(sourceId, sourceTitle, sourcePublisher, sourcePublishedOn, sourceUrl, sourceLocator),
                start, end, reportedVia, status, language, translated, notes, statement, version, null);
    }
}
