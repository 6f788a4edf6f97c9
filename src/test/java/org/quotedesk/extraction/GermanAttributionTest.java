package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.QuoteType;

/** Who speaks in common German ways of attributing a quote, each on a short text written for it. */
class GermanAttributionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 22);

    private static List<String> speakersOf(String text) {
        return Extractor.extract(text, PUBLISHED, List.of(), Deadline.NONE, Language.of("de")).stream()
                .filter(c -> c.type() != QuoteType.INDIRECT).map(c -> c.speaker().name()).toList();
    }

    /** "sie" after a woman was named, nobody quoted before: she speaks, in the next sentence or paragraph. */
    @Test
    void sieNamesTheWomanNamedBefore() {
        assertThat(speakersOf("Die Richterin Karin Böhm begründete das Urteil. „Der Angeklagte handelte aus Habgier“,"
                + " sagte sie.")).containsExactly("Karin Böhm");
        assertThat(speakersOf("Die Ministerin Anna Vogel reiste nach Brüssel.\n\nSie sagte dort: „Europa muss"
                + " zusammenstehen.“")).containsExactly("Anna Vogel");
    }

    /** After "hieß es" a preposition names the source, a body as well as a writing; a phrase of time before it does not. */
    @Test
    void afterHiessEsThePrepositionNamesTheSource() {
        assertThat(speakersOf("„Eine Einigung ist nicht in Sicht“, hieß es aus Regierungskreisen."))
                .containsExactly("Regierungskreisen");
        assertThat(speakersOf("„Die Prüfung dauert an“, hieß es bei der Polizei.")).containsExactly("der Polizei");
        assertThat(speakersOf("„Wir lassen uns nicht erpressen“, heißt es am Montag in einer Erklärung."))
                .containsExactly("einer Erklärung");
        assertThat(speakersOf("„Der Fahrplan gilt weiter“, hieß es am Abend aus dem Verkehrsministerium."))
                .containsExactly("dem Verkehrsministerium");
        assertThat(speakersOf("„Der Fahrplan gilt weiter“, hieß es dazu aus dem Verkehrsministerium."))
                .containsExactly("dem Verkehrsministerium");
    }

    /** "der 54-Jährige" names the person named before; "ein 30-Jähriger" is someone new. */
    @Test
    void anAgeNamesThePersonNamedBefore() {
        assertThat(speakersOf("Der Unternehmer Martin Vogt ist seit Jahren im Geschäft. „Ich habe so etwas noch nie"
                + " erlebt“, sagte der 54-Jährige.")).containsExactly("Martin Vogt");
        assertThat(speakersOf("Anna Nowak lebt seit zehn Jahren in der Stadt. Die 32-Jährige sagte: „Hier ist es nicht"
                + " mehr sicher.“")).containsExactly("Anna Nowak");
        assertThat(speakersOf("Der Bürgermeister Paul Weber besuchte den Ort. Ein 30-Jähriger sagte: „Hier ist es nicht"
                + " mehr sicher.“")).containsExactly("Ein 30-Jähriger");
    }

    /** "sie" after a man titled as one was quoted names the woman named since, not him. */
    @Test
    void sieNamesNoManQuotedBefore() {
        assertThat(speakersOf("Minister Hans Berg sagte: „Wir halten am Plan fest.“ Die Abgeordnete Lisa Kurz"
                + " widersprach. Sie sagte: „Der Plan ist gescheitert.“")).containsExactly("Hans Berg", "Lisa Kurz");
    }

    /** "widersprach" reports speech. */
    @Test
    void widersprechenReportsSpeech() {
        assertThat(speakersOf("„Das ist falsch“, widersprach Paul Weber.")).containsExactly("Paul Weber");
    }

    /** "heißt es in einer Erklärung der Gewerkschaft": the writing with its owner in the genitive is the source. */
    @Test
    void theWritingsOwnerBelongsToTheSource() {
        assertThat(speakersOf("„Wir lassen uns nicht erpressen“, heißt es in einer Erklärung der Gewerkschaft."))
                .containsExactly("einer Erklärung der Gewerkschaft");
        assertThat(speakersOf("„Die Lage ist ernst“, heißt es in einem Bericht der Vereinten Nationen, der am Montag"
                + " erschien.")).containsExactly("einem Bericht der Vereinten Nationen");
    }

    /** "Mit diesen Worten …" in the next sentence, or "Mit den Worten" right before the passage: the verb's subject spoke. */
    @Test
    void aPhrasePointingAtTheWordsNamesWhoseTheyAre() {
        assertThat(speakersOf("„Ich höre auf.“ Mit diesen Worten verließ Schachmeister Udo Kranich den Saal."))
                .containsExactly("Udo Kranich");
        assertThat(speakersOf("Mit den Worten „Das Buffet ist eröffnet“ begrüßte die Bürgermeisterin Hanne Lorenz ihre Gäste."))
                .containsExactly("Hanne Lorenz");
        assertThat(speakersOf("„Wir sehen uns“, mit diesen Worten verabschiedete sich Trainer Jost Behrendt."))
                .containsExactly("Jost Behrendt");
    }

    /** "das heißt" is "that is": no speech verb, so a term in marks before it has no speaker made of the words after. */
    @Test
    void dasHeisstReportsNothing() {
        assertThat(speakersOf("Es bestehen „begründete Zweifel“ an der Schuld Bergs, das heißt am Vorwurf der Untreue."))
                .isEmpty();
        assertThat(speakersOf("„Wir warten“, heißt es in dem Bericht.")).containsExactly("dem Bericht");
    }

    /** A finite verb or "zu" opening the words before a colon makes them no subject; an adverb opening a sentence is no name. */
    @Test
    void wordsOpeningWithAVerbOrAnAdverbNameNobody() {
        assertThat(speakersOf("Darauf waren die Worte zu lesen: „Paris unterstützt die Menschenrechte.“"))
                .containsExactly((String) null);
        assertThat(speakersOf("Insbesondere bemängelte das Gericht den Paragrafen, in dem es heißt: „Die Behörde darf"
                + " alles.“")).doesNotContain("Insbesondere");
    }
}
