package org.quotedesk.extraction;

import java.time.LocalDate;
import org.quotedesk.catalogue.quote.DatePrecision;

/** When something was said, and how precisely; {@code until} is the last day of a BETWEEN range, else null. */
record SaidOn(LocalDate day, DatePrecision precision, LocalDate until) {

    SaidOn(LocalDate day, DatePrecision precision) {
        this(day, precision, null);
    }

    static SaidOn between(LocalDate first, LocalDate last) {
        return first.equals(last) ? new SaidOn(first, DatePrecision.DAY) : new SaidOn(first, DatePrecision.BETWEEN, last);
    }
}
