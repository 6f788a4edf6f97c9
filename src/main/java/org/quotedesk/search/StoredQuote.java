package org.quotedesk.search;

import java.time.LocalDate;
import org.quotedesk.catalogue.quote.DatePrecision;
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

    QuoteDto toDto() {
        return new QuoteDto(id, text, type, new SpeakerRef(speakerId, speakerName, speakerKind, speakerRole),
                venueId == null ? null : new VenueRef(venueId, venueName, venueKind), spokenOn, datePrecision,
                new SourceRef(sourceId, sourceTitle, sourcePublisher, sourcePublishedOn, sourceUrl, sourceLocator),
                start, end, reportedVia, status, language, translated, notes, null, version, null);
    }
}
