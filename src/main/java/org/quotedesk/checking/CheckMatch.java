package org.quotedesk.checking;

import java.util.List;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.StatementRef;

/**
 * A quote on record compared with the checked text: how similar the words are (1 for the same words,
 * falling to 0 as every word differs) and where they differ, word by word. When the checked text is a
 * passage of a longer quote, the passage is what is compared, and the differences cover it alone.
 */
public record CheckMatch(StatementRef statement, QuoteDto quote, double similarity, List<Difference> differences) {

    /** The match with the statement its quote reports, on both. */
    CheckMatch reporting(StatementRef current) {
        return new CheckMatch(current, quote.withStatement(current), similarity, differences);
    }
}
