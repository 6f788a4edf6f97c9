package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.QuoteType;

/** Who speaks in German sentences whose verb or clause says so in its own way, each on a short text written for it. */
class GermanSpeakerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 22);

    static String speakerOf(String text) {
        List<Candidate> quoted = Extractor.extract(text, PUBLISHED, List.of(), Deadline.NONE, Language.of("de")).stream()
                .filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).hasSize(1);
        return quoted.get(0).speaker().name();
    }

    /** A verb of quoting: the one quoted speaks, not the paper that quotes. */
    @Test
    void theOneQuotedSpeaks() {
        assertThat(speakerOf("Die Kasseler Post zitiert den Pfarrer mit den Worten „Wir bleiben hier“."))
                .isEqualTo("den Pfarrer");
        assertThat(speakerOf("Der Fraktionschef der Grünen, Paul Weber, wird von der „Kasseler Post“ mit den Worten"
                + " zitiert: „Der Bürgermeister ist angeschlagen.“")).isEqualTo("Paul Weber");
    }

    /** "Wie X sagte, …": the comment clause names who says the rest of the sentence. */
    @Test
    void aCommentClauseNamesTheSpeaker() {
        assertThat(speakerOf("Wie der Finanzminister Paul Weber am Dienstag in Kassel erklärte, sieht die Regierung in"
                + " dem Gesetz „kein Hindernis für den Handel“.")).isEqualTo("Paul Weber");
        assertThat(speakerOf("Der Minister habe „mit Absicht gelogen“, wie die Zeitung schreibt.")).isEqualTo("die Zeitung");
    }

    /** A passage alone in brackets right after a name is that person's, whoever the sentence names first. */
    @Test
    void aPassageInBracketsAfterANameIsThatPersons() {
        List<Candidate> quoted = Extractor.extract("Viele gratulierten, so der Bürgermeister Karl Huber, der Leiter des"
                + " Vereins, Paul Weber („Niemand hat es mehr verdient.“), und andere.", PUBLISHED, List.of(),
                Deadline.NONE, Language.of("de")).stream().filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).extracting(c -> c.speaker().name()).containsExactly("Paul Weber");
    }

    /** A name in marks right after its noun stands inside the clause: the body so named speaks. */
    @Test
    void aNameInMarksBeforeTheVerbIsTheSubject() {
        assertThat(speakerOf("Selbst die Wochenzeitung „Kasseler Bote“ hatte im Mai kritisiert, dass der Plan „völlig"
                + " verfehlt und teuer“ sei.")).isEqualTo("Kasseler Bote");
        assertThat(speakerOf("Die Zeitung „Kasseler Post“ schrieb, der Plan sei „völlig verfehlt und teuer“."))
                .isEqualTo("Kasseler Post");
    }

    /** A relative clause whose pronoun is its subject, closed by a speech verb: its antecedent before the comma speaks. */
    @Test
    void aRelativeClauseGivesThePassageToItsAntecedent() {
        assertThat(speakerOf("Im Kreisblatt stand ein Leitartikel, der die Wahl des Vorstands als „einen schweren Fehler der"
                + " Mitglieder“ bezeichnet.")).isEqualTo("ein Leitartikel");
        assertThat(speakerOf("Die Firma verwies auf eine Studie der Universität, welche den Plan als „völlig verfehlt und"
                + " teuer“ bezeichnete.")).isEqualTo("eine Studie der Universität");
        assertThat(speakerOf("Die Entscheidung, die der Minister Paul Weber als „völlig verfehlt und teuer“ bezeichnete,"
                + " fiel am Montag.")).isNotEqualTo("Die Entscheidung");
    }

    /** "führt … aus", "machte klar": a separable verb whose particle ends its clause reports speech. */
    @Test
    void aSeparableVerbReportsSpeech() {
        assertThat(speakerOf("Zur Beweislage führt das Gericht aus, dass der Kläger „in einigen Punkten die Unwahrheit"
                + " gesagt“ habe.")).isEqualTo("Gericht");
        assertThat(speakerOf("Die Kammer machte klar, dass „die meisten Zeugen gelogen haben“.")).isEqualTo("Die Kammer");
        assertThat(speakerOf("Zu dem Skandal führte Paul Weber aus, dass ein solches System „damals überall üblich“"
                + " gewesen sei.")).isEqualTo("Paul Weber");
    }

    /** A second verb shares the subject of the first, which follows the verb after a phrase put first. */
    @Test
    void aSecondVerbSharesTheSubjectAfterTheFirst() {
        assertThat(speakerOf("In seiner Stellungnahme befand der Minister Paul Weber den Angriff als gerechtfertigt und"
                + " nannte den Auftrag „schnell und entschieden“.")).isEqualTo("Paul Weber");
    }

    /** A modal verb stands where the finite verb does: its subject is before it, or after it behind a phrase put first. */
    @Test
    void aModalVerbBeforeTheSpeechVerb() {
        assertThat(speakerOf("Der Minister Paul Weber wollte am Montag erklären: „Wir bleiben hier.“")).isEqualTo("Paul Weber");
        assertThat(speakerOf("Am Montag wollte Paul Weber dazu nur sagen: „Wir bleiben hier.“")).isEqualTo("Paul Weber");
    }

    /** A clause put first, opened by "warum", has the subject after the verb that follows it. */
    @Test
    void aQuestionClausePutFirst() {
        assertThat(speakerOf("Warum die Kammer bei der Prüfung nicht erkannte, dass es sich bei der Arbeit um einen Betrug"
                + " gehandelt hatte, erklärte die Universität so: „Beide Gutachter gingen von der Beachtung der Regeln aus.“"))
                .isEqualTo("die Universität");
    }

    /** An auxiliary of the perfect stands where the finite verb does: the noun phrases after it and before the participle are no subject. */
    @Test
    void anAuxiliaryBeforeTheSpeechVerb() {
        assertThat(speakerOf("Die Universität hatte anlässlich des Besuchs erklärt, sie wolle dem „Vorwurf weiter"
                + " nachgehen“.")).isEqualTo("Die Universität");
        assertThat(speakerOf("Der Verband hat am Rande der Sitzung des Landtages betont, man werde „nicht länger"
                + " warten“.")).isEqualTo("Der Verband");
    }

    /** Verbs that report speech: asking with "wissen wollen", assuring, assuming, attacking, celebrating, comparing, asking a favour. */
    @Test
    void moreVerbsReportSpeech() {
        assertThat(speakerOf("„Wo ist das Geld aus der Kasse?“, wollen die Bürger in der Stadt seit der Bekanntgabe des"
                + " Haushalts wissen.")).isEqualTo("die Bürger");
        assertThat(speakerOf("Dem Minister Jens Berg sicherte Bürgermeister Paul Weber kurz vor dem offiziellen Ende der"
                + " langen Sitzung zu, dass er „nicht vergessen wird“.")).isEqualTo("Paul Weber");
        assertThat(speakerOf("Nach Richter Jens Berg geht auch Staatsanwalt Paul Weber davon aus, dass der Mann „eine"
                + " geladene Pistole“ benutzt habe.")).isEqualTo("Paul Weber");
        assertThat(speakerOf("Nach Kanzler Jens Berg attackierte auch der Außenminister Paul Weber den Nachbarn als"
                + " „führenden Förderer von Unruhen“.")).isEqualTo("Paul Weber");
        assertThat(speakerOf("Die Polizei sagte die Parade ab. Eine nationalistische Organisation feierte die Absage"
                + " dagegen als „großen Erfolg für das normale Land“.")).isEqualTo("Eine nationalistische Organisation");
        assertThat(speakerOf("Nach Paul Weber verglich auch die Ministerin Jana Brenner die Lage mit Krawallen, weil"
                + " „manche dachten, sie würden gewinnen“.")).isEqualTo("Jana Brenner");
        assertThat(speakerOf("Der Sturm traf die Küste. Die Königin Elisabeth bat den Premierminister Paul Weber, ihre"
                + " „tiefe Anteilnahme zu übermitteln“.")).isEqualTo("Elisabeth");
    }

    /** "wie sich Weber ausdrückte": a reflexive pronoun before the subject of a comment clause. */
    @Test
    void aCommentClauseWithAReflexive() {
        assertThat(speakerOf("Die Abstimmung war knapp, wie sich Paul Weber ausdrückte, „ein Krimi“ bis zum Schluss."))
                .isEqualTo("Paul Weber");
    }

    /** "so letztere": the word for the latter names who speaks, the one named last. */
    @Test
    void theLatterSpeaks() {
        List<Candidate> quoted = Extractor.extract("Vor dem Käfig stand die Moderatorin Jana Brenner. „Wir bleiben hier"
                + " bis zum Ende“, so letztere.", PUBLISHED, List.of(), Deadline.NONE, Language.of("de"));
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).speaker().written()).isEqualTo("letztere");
        assertThat(quoted.get(0).speaker().name()).isEqualTo("Jana Brenner");
    }

    /** "Aktuell": an adverb opening the sentence is no speaker; the pronoun after the verb is. */
    @Test
    void anAdverbOpeningTheSentenceIsNoSpeaker() {
        List<Candidate> quoted = Extractor.extract("Aktuell lässt sie dort Folgendes zu ihrer Person erklären: „Wir"
                + " bleiben hier.“", PUBLISHED, List.of(), Deadline.NONE, Language.of("de"));
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).speaker().written()).isEqualTo("sie");
    }

    /** "„…“, zitiert die Zeitung X": a passive auxiliary inside the quote marks makes no passive of the verb of quoting. */
    @Test
    void anAuxiliaryInTheQuoteIsNotTheQuotingVerbs() {
        assertThat(speakerOf("„Das wird ein teures Jahr für alle“, zitiert die Zeitung den Bürgermeister."))
                .isEqualTo("den Bürgermeister");
    }

    /** "die „Kasseler Post“": a name in quote marks after its article names who writes, or who quotes. */
    @Test
    void aNameInQuoteMarksSpeaks() {
        assertThat(speakerOf("„Wir bleiben auf jeden Fall hier in der Stadt“, schreibt die „Kasseler Post“."))
                .isEqualTo("Kasseler Post");
        assertThat(speakerOf("„Wir bleiben auf jeden Fall hier in der Stadt“, zitiert die „Kasseler Post“ den"
                + " Bürgermeister.")).isEqualTo("den Bürgermeister");
    }

    /** A clause in reported speech before a colon goes on reporting whoever spoke in the sentence before. */
    @Test
    void aReportedClauseBeforeAColonGoesOnReporting() {
        assertThat(speakerOf("Die Ministerin Anna Berg sagte am Montag, sie habe den Plan geprüft. Die Pflichten der Länder"
                + " seien im Vertrag klar festgelegt: „Daraus ergibt sich alles Weitere.“")).isEqualTo("Anna Berg");
    }

    /** "Seine Zuversicht gründet sich auf …:": a thing of someone's before a colon is no speaker; who spoke before goes on. */
    @Test
    void aThingOfSomeonesIsNoSpeaker() {
        List<Candidate> quoted = Extractor.extract("In einem Interview äußerte sich der Minister Paul Weber zuversichtlich:"
                + " „Ich gehe davon aus, dass es gelingt.“ Seine Zuversicht gründet sich auf die Erfahrungen der letzten"
                + " Jahre: „Am Ende wurde immer eine Lösung gefunden.“", PUBLISHED, List.of(), Deadline.NONE, Language.of("de"));
        assertThat(quoted).hasSize(2);
        assertThat(quoted.get(1).speaker().name()).isEqualTo("Paul Weber");
    }

    /** "„…“, heißt es in dem Schreiben": after the impersonal "es", the writing is the source though its article is dative. */
    @Test
    void theWritingAfterAnImpersonalVerbSpeaks() {
        assertThat(speakerOf("„Wir bleiben auf jeden Fall hier in der Stadt“, heißt es in dem Schreiben des Vereins."))
                .isEqualTo("dem Schreiben des Vereins");
    }

    /** Before a colon, the subject follows a verb, not an article or a conjunction between names ("mit seinen Kollegen Weber und Berg"). */
    @Test
    void theSubjectBeforeAColonFollowsAVerb() {
        List<Candidate> quoted = Extractor.extract("Nach einem langen Flug mit seinen Kollegen Paul Weber und Jan Berg lenkte"
                + " er die Fähre zum Landeplatz und meldete sich mit den Worten: „Wir sind gelandet.“", PUBLISHED, List.of(),
                Deadline.NONE, Language.of("de"));
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).speaker().written()).isEqualTo("er");
    }

    /** A name in quote marks inside the clause before a colon („Adler“) does not cut off the clause's subject. */
    @Test
    void aNameInMarksKeepsTheClauseBeforeAColon() {
        List<Candidate> quoted = Extractor.extract("Nach einem langen Flug lenkte er die Fähre „Adler“ zum Landeplatz und"
                + " meldete sich mit den Worten: „Wir sind gelandet.“", PUBLISHED, List.of(), Deadline.NONE, Language.of("de"));
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).speaker().written()).isEqualTo("er");
    }

    /** "sah" closing a relative clause is seeing, not saying: the main verb after it names the speaker. */
    @Test
    void seeingInARelativeClauseSaysNothing() {
        assertThat(speakerOf("Paul Weber, der in der Nachspielzeit die Rote Karte sah, nannte seine Sperre „völlig"
                + " überzogen“.")).isEqualTo("Paul Weber");
    }

    /** "so das Fazit der …": the verdict named after a quote is its source's, given in the genitive. */
    @Test
    void aVerdictAfterAQuoteNamesItsSourceInTheGenitive() {
        assertThat(speakerOf("Die Stiftung zog ihre Zusage zurück. „Kritische Fragen sind offenbar unerwünscht.“ so das"
                + " Fazit der Betreiber von Stadtwatch.")).contains("Betreiber");
    }

    /** A noun after its article is no first name: "er" goes to the person, not to "Landes Hessen". */
    @Test
    void aNounPhraseIsNoPerson() {
        assertThat(speakerOf("Am Rande der Sitzung nahm auch der Regierungschef des Landes Hessen, Karl Huber (CDU), zu"
                + " der Frage Stellung. Jeder Lehrer könne „das Geld jetzt nehmen, er kann es später nehmen“."))
                .isEqualTo("Karl Huber");
    }

    /** An inflected adjective may stand between the article and its noun: "der schwierigen Lage Hessens". */
    @Test
    void aNounAfterArticleAndAdjectiveIsNoPerson() {
        assertThat(speakerOf("Der Präsident Karl Huber sprach lange. Angesichts der schwierigen Lage Hessens sei ein Plan"
                + " nötig. „Wir müssen sparen“, sagte er.")).isEqualTo("Karl Huber");
    }

    /** "Verwaltungsleitung Paul Weber": a word with a noun's ending opens no name, article or not. */
    @Test
    void aWordWithANounEndingOpensNoName() {
        assertThat(speakerOf("Für die Stadt sprach Verwaltungsleitung Paul Weber. Er sagte: „Es ging sehr schnell.“"))
                .isEqualTo("Paul Weber");
    }

    /** A role noun after its article is no first name: the name after it is the person's. */
    @Test
    void aRoleNounBeforeANameIsNoPartOfIt() {
        assertThat(speakerOf("Die Tat beobachtete auch sein Kollege Paul Weber. Er sagte: „Es ging sehr schnell.“"))
                .isEqualTo("Paul Weber");
    }

    /**
     * A phrase put first before a colon: a name after its preposition is no subject, the surname after the verb
     * of a person named before is; a name after "von" names whose words the noun put first are.
     */
    @Test
    void aNamedPersonAfterTheVerbSpeaksPastAPhrasePutFirst() {
        List<Candidate> quoted = Extractor.extract("„Ich trete zurück“, sagte die Abgeordnete Anna Weber. Jede Schuld an"
                + " der Affäre im Bezirk Nordhessen weist Weber von sich: „Das hat allein der Vorstand zu verantworten.“",
                PUBLISHED, List.of(), Deadline.NONE, Language.of("de")).stream()
                .filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).extracting(c -> c.speaker().written()).containsExactly("Anna Weber", "Weber");
        assertThat(speakerOf("Das Fazit von Karla Huber nach drei Jahren Bauzeit fiel knapp aus: „Es hat sich gelohnt.“"))
                .isEqualTo("Karla Huber");
    }

    /**
     * A monarch's title is a title as a minister's is: it makes the subject before the verb clear, the titled name
     * after the verb its object, and the name is the person's without it.
     */
    @Test
    void aMonarchsTitleMakesTheSubjectBeforeTheVerbClear() {
        assertThat(speakerOf("Das Staatsoberhaupt des Landes, die Königin Margarethe, bat Premierminister Weber, ihren"
                + " „tiefen Dank an alle Helfer zu übermitteln“.")).isEqualTo("Margarethe");
    }

    /** An adverb of contrast after the subject leaves it the subject: the name after the verb is the object. */
    @Test
    void anAdverbOfContrastAfterTheSubjectLeavesItTheSubject() {
        assertThat(speakerOf("Paul Weber lehnte Spenden ab. Hubers Partei dagegen warf Weber vor, er sei nur ein"
                + " „ganz gewöhnlicher Politiker“.")).isEqualTo("Hubers Partei");
    }

    /** A sentence in reported speech with no speech verb of its own goes on reporting who spoke before it. */
    @Test
    void reportedSpeechGoesOnReportingWhoSpokeBefore() {
        List<Candidate> quoted = Extractor.extract("Die Lehrer protestierten. Am Montag sprach der Bürgermeister Paul"
                + " Weber vor den Lehrern. Jeder Lehrer könne „das Geld jetzt abholen, er kann es später abholen“. Er"
                + " appellierte an die Lehrer, das nicht zu tun.", PUBLISHED, List.of(), Deadline.NONE, Language.of("de"))
                .stream().filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).extracting(c -> c.speaker().written()).containsExactly("Paul Weber");
    }

    /** "halte" is a Konjunktiv I as "sei" is: its sentence reports the speaker of the sentence before. */
    @Test
    void moreVerbFormsReportSpeech() {
        assertThat(speakerOf("Anna Weber trat am Montag zurück. In einer kurzen Erklärung erklärte die SPD-Fraktion zum"
                + " Rücktritt Webers, sie bedaure das. Außerdem halte die Fraktion den Schritt für „überfällig und"
                + " dringend geboten“.")).isEqualTo("die SPD-Fraktion");
    }

    /** A clause ending with a noun that makes it a statement ("kam zu dem Ergebnis", "nahm Stellung") speaks as a verb of speech does. */
    @Test
    void aNounEndingTheClauseMakesItAStatement() {
        assertThat(speakerOf("Das Gericht kam damit zu dem Ergebnis, „dass keine Schuld besteht“.")).isEqualTo("Gericht");
        assertThat(speakerOf("Die Lehrer protestierten. Am Montag nahm der Bürgermeister zu der Frage Stellung. Jeder"
                + " Bürger könne „das Geld jetzt abholen, er kann es später abholen“. Er appellierte an die Bürger, das"
                + " nicht zu tun.")).isEqualTo("der Bürgermeister");
        assertThat(speakerOf("Am Montag nahm der Landrat des Kreises, Paul Weber (SPD), zu der Frage Stellung. Jeder Bürger"
                + " könne „das Geld jetzt abholen“.")).isEqualTo("der Landrat");
    }

    /** A separable verb of speech written as one word at the end of its clause ("mitteilte") is a cue too. */
    @Test
    void aSeparableVerbAtTheEndOfItsClauseIsACue() {
        assertThat(speakerOf("Wie die Polizei am Montag mitteilte, sei der Mann „sofort in ein Auto gestiegen“."))
                .isEqualTo("die Polizei");
    }

    /** A name in marks inside a comment clause is part of that clause, not what its verb reports. */
    @Test
    void aPassageInsideACommentClauseIsNotWhatItReports() {
        List<Candidate> quoted = Extractor.extract("Wie die „Aktion Kinder helfen“ heute mitteilte, sei die Hilfe in dem"
                + " Land angekommen.", PUBLISHED, List.of(), Deadline.NONE, Language.of("de")).stream()
                .filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).isEmpty();
    }

    /** Reported speech runs on for a few sentences: the third after the speech verb still reports its subject. */
    @Test
    void reportedSpeechRunsOnForAFewSentences() {
        List<Candidate> quoted = Extractor.extract("Am Montag sprach der Minister Paul Weber vor der Presse. Die Lage sei"
                + " ernst. Die Kassen seien leer. Viele Daten seien „in besonderem Maße schützenswert“.", PUBLISHED,
                List.of(), Deadline.NONE, Language.of("de")).stream().filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).extracting(c -> c.speaker().written()).containsExactly("Paul Weber");
    }

    /** With no verb of speech, a clause saying what stands in a writing ("steht in dem Entwurf") has the writing as its source. */
    @Test
    void whatStandsInAWritingIsTheWritings() {
        assertThat(speakerOf("Paul Weber lehnt das ab. Derzeit steht in dem Entwurf der Satz: „Die Daten sind zu löschen.“"))
                .isEqualTo("dem Entwurf");
    }
}
