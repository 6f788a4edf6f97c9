package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.QuoteType;

/** How a German article refers to who speaks: an apposition, a description or a pronoun, each on a short text written for it. */
class GermanSpeakerReferencesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 22);

    private static List<Candidate> quoted(String text) {
        return Extractor.extract(text, PUBLISHED, List.of(), Deadline.NONE, Language.of("de")).stream()
                .filter(c -> c.type() != QuoteType.INDIRECT).toList();
    }

    private static String speakerOf(String text) {
        List<Candidate> quoted = quoted(text);
        assertThat(quoted).hasSize(1);
        return quoted.get(0).speaker().name();
    }

    /** "X, der Vorsitzende des Vereins, sagte": the apposition set off by commas describes the name before it. */
    @Test
    void anAppositionWithAnArticleDescribesTheNameBeforeIt() {
        assertThat(speakerOf("Marion Tesch, die Leiterin der Stadtbücherei, sagte: „Wir öffnen wieder.“"))
                .isEqualTo("Marion Tesch");
        assertThat(speakerOf("Olaf Riedel, ein Sprecher des Kleingartenvereins, erklärte am Abend:"
                + " „Die Beiträge steigen nicht.“")).isEqualTo("Olaf Riedel");
    }
}
