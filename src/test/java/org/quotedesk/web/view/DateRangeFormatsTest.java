package org.quotedesk.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.DatePrecision;

/** How a range of days reads on the pages: the month and year once when both days share them. */
class DateRangeFormatsTest {

    private static String between(LocalDate first, LocalDate last) {
        return Formats.said(first, DatePrecision.BETWEEN, last);
    }

    @Test
    void aRangeNamesItsMonthAndYearOnceWhenItCan() {
        assertThat(between(LocalDate.of(2022, 2, 20), LocalDate.of(2022, 2, 21)))
                .isEqualTo("between 20 and 21 February 2022");
        assertThat(between(LocalDate.of(2022, 2, 27), LocalDate.of(2022, 3, 2)))
                .isEqualTo("between 27 February and 2 March 2022");
        assertThat(between(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2)))
                .isEqualTo("between 30 December 2021 and 2 January 2022");
    }

    @Test
    void everyPrecisionHasItsLabel() {
        for (DatePrecision precision : DatePrecision.values()) {
            assertThat(Labels.label(precision)).isNotBlank();
        }
        assertThat(Labels.label(DatePrecision.BETWEEN)).isEqualTo("Between two dates (from … until …)");
    }
}
