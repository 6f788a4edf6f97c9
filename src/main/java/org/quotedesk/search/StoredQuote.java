package org.quotedesk.search;

import java.time.LocalDate;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.source.SourceRef;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.speaker.SpeakerRef;
import org.quotedesk.catalogue.venue.VenueKind;
import org.quotedesk.catalogue.venue.VenueRef;

/**
 * What a search document stores of its quote, so that results need no database round trip: the
 * index's own record, written as JSON, so that a change to the API's {@link QuoteDto} does not change
 * the index's format (that is {@link SearchIndex#FORMAT}, raised whenever this record changes).
 */
record StoredQuote(long id, String text, QuoteType type, long speakerId, String speakerName, SpeakerKind speakerKind,
        String speakerRole, Long venueId, String venueName, VenueKind venueKind, LocalDate spokenOn,
        DatePrecision datePrecision, long sourceId, String sourceTitle, String sourcePublisher,
        LocalDate sourcePublishedOn, String sourceUrl, String sourceLocator, Integer start, Integer end,
        String reportedVia, QuoteStatus status, String language, boolean translated, String notes, long version) {

    static StoredQuote of(Quote q) {
        return new StoredQuote(q.id, q.text, q.type, q.speaker.id, q.speaker.name, q.speaker.kind, q.speaker.role,
                q.venue == null ? null : q.venue.id, q.venue == null ? null : q.venue.name,
                q.venue == null ? null : q.venue.kind, q.spokenOn, q.datePrecision, q.source.id, q.source.title,
                q.source.publisher, q.source.publishedOn, q.source.url, q.source.locator, q.startOffset, q.endOffset,
                q.reportedVia, q.status, q.language, q.translated, q.notes, q.version);
    }

    QuoteDto toDto() {
        return new QuoteDto(id, text, type, new SpeakerRef(speakerId, speakerName, speakerKind, speakerRole),
                venueId == null ? null : new VenueRef(venueId, venueName, venueKind), spokenOn, datePrecision,
                new SourceRef(sourceId, sourceTitle, sourcePublisher, sourcePublishedOn, sourceUrl, sourceLocator),
                start, end, reportedVia, status, language, translated, notes, version);
    }
}
