package org.quotedesk.extraction;

import java.time.LocalDate;
import org.quotedesk.quote.DatePrecision;

/** When something was said, how precisely, and the words that said so ("this Sunday"). */
record SaidOn(LocalDate day, DatePrecision precision, String cue) {
}
