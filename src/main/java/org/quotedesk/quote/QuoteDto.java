package org.quotedesk.quote;

import java.time.LocalDate;
import org.quotedesk.source.SourceRef;
import org.quotedesk.speaker.SpeakerRef;
import org.quotedesk.venue.VenueRef;

/** A quote on the wire. {@code start}/{@code end}: UTF-16 offsets into the source text, end exclusive. */
public record QuoteDto(
        Long id,
        String text,
        QuoteType type,
        SpeakerRef speaker,
        VenueRef venue,
        LocalDate spokenOn,
        DatePrecision datePrecision,
        SourceRef source,
        int start,
        int end,
        String reportedVia,
        QuoteStatus status,
        String language,
        boolean translated,
        String notes,
        long version) {

    public static QuoteDto from(Quote quote) {
        return new QuoteDto(quote.id, quote.text, quote.type, SpeakerRef.from(quote.speaker),
                VenueRef.from(quote.venue), quote.spokenOn, quote.datePrecision, SourceRef.from(quote.source),
                quote.startOffset, quote.endOffset, quote.reportedVia, quote.status, quote.language,
                quote.translated, quote.notes, quote.version);
    }
}
