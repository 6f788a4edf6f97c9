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

    /** "sagte die Ministerin": an article and a noun that ends a title met before with a name (Bundesbauministerin) is that person. */
    @Test
    void anArticleAndTheEndOfATitleNameThePersonSoTitled() {
        assertThat(speakerOf("Bundesbauministerin Karla Wendt und Staatssekretär Udo Brand besuchten die Baustelle."
                + " „Wir liegen im Plan“, sagte die Ministerin.")).isEqualTo("Karla Wendt");
        assertThat(speakerOf("Der Landesbischof Ewald Sturm predigte im Dom. „Habt Mut“, rief der Bischof den"
                + " Gläubigen zu.")).isEqualTo("Ewald Sturm");
        assertThat(speakerOf("Bundesbauministerin Karla Wendt besuchte die Baustelle. „Wir liegen im Plan“, sagte der"
                + " Minister.")).isNotEqualTo("Karla Wendt");
    }
}
