package org.quotedesk.catalogue.statement;

import java.util.List;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.speaker.SpeakerRef;

/**
 * A statement whose words are also attributed to other speakers: one of its reports with those words,
 * and the other speakers (a misattribution to look into, on one side or the other).
 */
public record StatementConflict(long statementId, QuoteDto report, List<SpeakerRef> alsoAttributedTo) {
}
