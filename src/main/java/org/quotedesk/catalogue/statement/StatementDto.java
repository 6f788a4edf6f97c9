package org.quotedesk.catalogue.statement;

import java.util.List;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.speaker.SpeakerRef;

/**
 * A statement on the wire: who said it, in the words of its first report, that report, every report by
 * publication date (first first), how many distinct wordings they print, and the other speakers the
 * same words are attributed to in other quotes (a sign of misattribution for the editors).
 */
public record StatementDto(long id, SpeakerRef speaker, String text, QuoteDto firstReported, List<QuoteDto> reports,
        int variants, List<SpeakerRef> alsoAttributedTo) {
}
