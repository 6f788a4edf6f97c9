package org.quotedesk.extraction;

import java.time.LocalDate;
import org.quotedesk.catalogue.quote.DatePrecision;

/** When something was said, and how precisely. */
record SaidOn(LocalDate day, DatePrecision precision) {
}
