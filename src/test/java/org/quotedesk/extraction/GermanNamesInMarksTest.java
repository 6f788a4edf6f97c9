package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.QuoteType;

/** German passages in quote marks that name a product or doubt a figure: nobody's words. */
class GermanNamesInMarksTest {

    private static List<Candidate> quoted(String text) {
        return Extractor.extract(text, LocalDate.of(2022, 2, 22), List.of(), Deadline.NONE, Language.of("de")).stream()
                .filter(c -> c.type() != QuoteType.INDIRECT).toList();
    }

    @Test
    void aShortFrenchNameIsNoQuote() {
        assertThat(quoted("Auf der Abfahrt „La piste du loup“ stürzten am Sonntag drei Läuferinnen.")).isEmpty();
    }

    @Test
    void aLowerCaseWordWithACapitalInsideNamesAProduct() {
        assertThat(quoted("Paul Weber erklärte, die Firma bringe im Mai ein „eRad-Faltmodell“ auf den Markt.")).isEmpty();
    }

    @Test
    void aLowerCaseWordBeforeAFigureDoubtsItButBeforeANounItMayBeSaid() {
        assertThat(quoted("Der Stausee fasste im Sommer „nur“ 40 Millionen Kubikmeter Wasser.")).isEmpty();
        Candidate c = only(quoted("Jana Brenner sprach am Montag von „unfairen“ Regeln für die Bauern."));
        assertThat(c.text()).isEqualTo("unfairen");
    }
}
