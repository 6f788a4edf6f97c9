package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.GermanSpeakerTest.speakerOf;

import org.junit.jupiter.api.Test;

/** How a German article refers to who speaks: an apposition, a description or a pronoun, each on a short text written for it. */
class GermanSpeakerReferencesTest {

    /** "X, der Vorsitzende des Vereins, sagte": the apposition set off by commas describes the name before it. */
    @Test
    void anAppositionWithAnArticleDescribesTheNameBeforeIt() {
        assertThat(speakerOf("Marion Tesch, die Leiterin der Stadtbücherei, sagte: „Wir öffnen wieder.“"))
                .isEqualTo("Marion Tesch");
        assertThat(speakerOf("Olaf Riedel, ein Sprecher des Kleingartenvereins, erklärte am Abend:"
                + " „Die Beiträge steigen nicht.“")).isEqualTo("Olaf Riedel");
    }
}
