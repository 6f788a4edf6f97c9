package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteType;

/** German news read with the German data file, each cue on a short text written for it. */
class GermanExtractionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 22);

    private static List<Candidate> extract(String text) {
        return Extractor.extract(text, PUBLISHED, List.of(), Deadline.NONE, Language.of("de"));
    }

    private static List<Candidate> quoted(String text) {
        return extract(text).stream().filter(c -> c.type() != QuoteType.INDIRECT).toList();
    }

    private static Candidate only(String text) {
        List<Candidate> quoted = quoted(text);
        assertThat(quoted).hasSize(1);
        return quoted.get(0);
    }

    @Test
    void lowAndHighMarksWithTheSpeakerAfterTheVerb() {
        Candidate c = only("„Wir bleiben bis zum Ende hier“, sagte Jana Brenner am Montag in Kassel.");
        assertThat(c.text()).isEqualTo("Wir bleiben bis zum Ende hier");
        assertThat(c.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(c.speaker().name()).isEqualTo("Jana Brenner");
    }

    /** As "I" in English: "ich" is never the nearest person named, who is only talked about. */
    @Test
    void ichIsNotThePersonNamedJustBefore() {
        List<Candidate> quoted = quoted("„Die Brücke bleibt offen“, sagte Paul Weber am Montag. Über Jana Brenner"
                + " wurde viel geredet. „Das glaube ich nicht“, antwortete ich.");
        assertThat(quoted).hasSize(2);
        assertThat(quoted.get(1).speaker().name()).isNotEqualTo("Jana Brenner");
    }

    @Test
    void guillemetsPointingInwardAndSingleLowMarksAreQuoteMarks() {
        assertThat(only("»Die Brücke bleibt gesperrt«, erklärte Tom Keller.").text())
                .isEqualTo("Die Brücke bleibt gesperrt");
        assertThat(only("‚Das Wasser steigt weiter‘, warnte Tom Keller.").text()).isEqualTo("Das Wasser steigt weiter");
        assertThat(only("›Wir bauen neu‹, sagte Tom Keller.").text()).isEqualTo("Wir bauen neu");
        assertThat(only("‚Noch eine Woche’, sagte Tom Keller.").text()).isEqualTo("Noch eine Woche");
    }

    @Test
    void theSubjectBeforeTheVerbAndAColon() {
        assertThat(only("Jana Brenner sagte: „Wir fangen morgen wieder an.“").speaker().name())
                .isEqualTo("Jana Brenner");
        assertThat(only("Der Minister erklärte: „Die Zahlen sind noch nicht vollständig.“").speaker().written())
                .isEqualTo("Der Minister");
    }

    @Test
    void aPhraseBeforeTheVerbPutsTheSubjectAfterIt() {
        Candidate c = only("Zum Rücktritt sagte Paul Weber: „Ich habe lange darüber nachgedacht.“");
        assertThat(c.speaker().name()).isEqualTo("Paul Weber");
        assertThat(only("Dazu sagte er: „Das war nie geplant.“").speaker().written()).isEqualTo("er");
    }

    @Test
    void aFrontedObjectInACaseNoSubjectTakesLeavesTheSubjectAfterTheVerb() {
        assertThat(only("Den Vorschlag der Stadt lehnte der Bürgermeister Paul Weber ab: „Das ist zu teuer.“")
                .speaker().name()).isEqualTo("Paul Weber");
        assertThat(only("Den Unmut der Partei brachte die Sprecherin der Fraktion, Jana Brenner, zum Ausdruck: "
                + "„Es gibt keinen Grund zur Eile.“").speaker().written()).isEqualTo("Jana Brenner");
    }

    @Test
    void aCompoundTitleBeforeANameIsTheRoleNotPartOfTheName() {
        Candidate c = only("Am Montag besuchte Innenministerin Jana Brenner die Stadt. Brenner sagte: „Wir prüfen das.“");
        assertThat(c.speaker().name()).isEqualTo("Jana Brenner");
        assertThat(only("Innenminister Weber sagte am Montag: „Wir prüfen das.“").speaker().name()).isEqualTo("Weber");
    }

    @Test
    void aPrepositionOrArticleBeforeACapitalisedNounMakesNoPersonsName() {
        Candidate c = only("Am Strand versuchte eine Helferin, die Frau wiederzubeleben. Ein Arzt schilderte der "
                + "Zeitung später, „dass sie einen Herzstillstand hatte“.");
        assertThat(c.speaker().name()).isNotEqualTo("Am Strand").isNotEqualTo("Strand");
    }

    @Test
    void anImpersonalSubjectLeavesTheWritingBeforeTheVerbAsTheSource() {
        assertThat(only("In dem Antrag heißt es wörtlich: „Die Brücke bleibt bis zum Sommer gesperrt.“")
                .speaker().written()).isEqualTo("dem Antrag");
    }

    @Test
    void soAfterAQuoteNamesItsSpeaker() {
        assertThat(only("„Das Dach hält noch ein paar Jahre“, so Paul Weber.").speaker().name())
                .isEqualTo("Paul Weber");
    }

    @Test
    void lautAndZufolgeNameTheSourceOfAPartialQuote() {
        Candidate laut = only("Laut Innenminister Karl Huber ist die Lage „sehr ernst, aber beherrschbar“.");
        assertThat(laut.speaker().name()).isEqualTo("Karl Huber");
        assertThat(laut.role()).isEqualTo("Innenminister");
        Candidate zufolge = only("Dem Sprecher Peter Lang zufolge war das Treffen „ohne jedes Ergebnis“.");
        assertThat(zufolge.speaker().written()).contains("Peter Lang");
    }

    @Test
    void anAnnouncementOrAssessmentNamesItsSource() {
        assertThat(only("Nach der Ankündigung der Bürgermeisterin Eva Roth soll die Brücke „bis zum Sommer fertig“ sein.")
                .speaker().name()).isEqualTo("Eva Roth");
        assertThat(only("Die Fahrer seien laut Polizei ruhig geblieben, was nach Bewertung von Paul Weber „keinen"
                + " Anlass zur Sorge“ gebe.").speaker().name()).isEqualTo("Paul Weber");
    }

    @Test
    void aCompoundTitleBecomesTheRole() {
        Candidate c = only("„Wir stimmen dagegen“, sagte der SPD-Vorsitzende Martin Lehr.");
        assertThat(c.speaker().name()).isEqualTo("Martin Lehr");
        assertThat(c.role()).contains("SPD-Vorsitzende");
        Candidate chancellor = only("Bundeskanzlerin Eva Roth betonte: „Die Hilfe kommt an.“");
        assertThat(chancellor.speaker().name()).isEqualTo("Eva Roth");
        assertThat(chancellor.role()).isEqualTo("Bundeskanzlerin");
    }

    @Test
    void anOrdinalDayEndsNoSentence() {
        Candidate c = only("Am 12. März 2021 sagte Paul Weber: „Wir haben genug gewartet.“");
        assertThat(c.speaker().name()).isEqualTo("Paul Weber");
    }

    @Test
    void germanDatesAreReadAgainstThePublicationDate() {
        Candidate wednesday = only("„Wir warten ab“, sagte Paul Weber am Mittwoch.");
        assertThat(wednesday.spokenOn()).isEqualTo(LocalDate.of(2022, 2, 16));
        assertThat(wednesday.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(only("Gestern sagte Paul Weber: „Wir warten ab.“").spokenOn()).isEqualTo(LocalDate.of(2022, 2, 21));
        Candidate lastWeek = only("„Wir warten ab“, sagte Paul Weber vergangene Woche.");
        assertThat(lastWeek.spokenOn()).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(lastWeek.datePrecision()).isEqualTo(DatePrecision.WEEK);
        assertThat(only("Am 12. Februar 2022 sagte Paul Weber: „Wir warten ab.“").spokenOn())
                .isEqualTo(LocalDate.of(2022, 2, 12));
    }

    @Test
    void aNewspaperNameInQuoteMarksIsNoQuote() {
        assertThat(extract("Die Zeitung „Tagesbote“ berichtete am Montag über den Streit.")).isEmpty();
        assertThat(extract("Paul Weber sagte der „Nordpost“, er bleibe im Amt.").stream()
                .filter(c -> c.type() != QuoteType.INDIRECT)).isEmpty();
    }

    @Test
    void aCapitalisedNounPhraseAfterAnArticleIsANameButAClauseIsQuoted() {
        assertThat(quoted("Paul Weber sagte, die „Woche des offenen Hofes“ beginne am Montag.")).isEmpty();
        assertThat(quoted("Paul Weber sagte, der „Rat für ländliche Fragen“ tage am Montag.")).isEmpty();
        assertThat(only("Paul Weber sagte, der „Plan sei gescheitert“.").text()).isEqualTo("Plan sei gescheitert");
    }

    @Test
    void aWorkNamedAfterItsKindIsNoQuote() {
        assertThat(quoted("Paul Weber sagte, das Fachblatt „Grüne Felder heute“ habe ihn falsch zitiert.")).isEmpty();
        assertThat(quoted("Paul Weber sagte, die Hofkapellen-LP „Wir bleiben hier“ sei vergriffen.")).isEmpty();
    }

    @Test
    void aTranslationOfANameIsNoQuote() {
        assertThat(quoted("Paul Weber sagte, die Partei Farm Front („Front für freie Höfe“) wachse.")).isEmpty();
        assertThat(quoted("Paul Weber sagte, die Bauern riefen „Farm First“ (deutsch „Höfe zuerst“).")
                .stream().map(Candidate::text)).doesNotContain("Höfe zuerst");
    }

    @Test
    void aMottoOpeningWithAFigureIsNoQuote() {
        assertThat(quoted("Die Bauern zogen unter dem Motto „50 Jahre sind genug“ durch die Stadt, sagte Paul Weber."))
                .isEmpty();
    }

    @Test
    void theLanguageIsDetectedFromItsFunctionWords() {
        assertThat(Language.detect("Die Brücke ist seit dem Montag gesperrt, und der Verkehr wird umgeleitet.")
                .code()).isEqualTo("de");
        assertThat(Language.detect("The bridge has been closed since Monday and the traffic is diverted.").code())
                .isEqualTo("en");
        assertThat(Language.detect("12345").code()).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsRefused() {
        assertThatThrownBy(() -> Language.of("xx")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Konjunktiv I goes on reporting whoever the sentence before in the paragraph had speak. */
    @Test
    void reportedSpeechGoesOnWithTheSubjectOfTheSentenceBefore() {
        Candidate c = only("Die Stadtverwaltung versicherte am Montag, dass die Tafel bald zurückkehre. Eine „offene"
                + " bauliche Frage“ sei der Grund für die Verzögerung.");
        assertThat(c.speaker().written()).isEqualTo("Die Stadtverwaltung");
    }

    @Test
    void soAfterACommaNamesTheSourceOfTheSentence() {
        Candidate c = only("Die Anlage sei wegen „technischer Probleme mit dem Strom“ ausgefallen, so ein Sprecher der"
                + " Stadtwerke.");
        assertThat(c.speaker().written()).startsWith("ein Sprecher");
    }

    @Test
    void soRightAfterAQuoteOutweighsASpeechVerbBeforeIt() {
        List<Candidate> quoted = quoted("Der Anwalt Paul Weber hatte betont, sein Mandant sei nicht „gefährlich“, doch"
                + " eine Strafe sei nötig, „wenn jemand so rücksichtslos fährt“, so Jana Brenner.");
        assertThat(quoted).hasSize(2);
        assertThat(quoted.get(0).speaker().name()).isEqualTo("Paul Weber");
        assertThat(quoted.get(1).speaker().name()).isEqualTo("Jana Brenner");
    }

    /**
     * "so" also lists examples ("such as"): it names no source of a passage further on, so no words
     * of the sentence are given as the speaker's (what remains is a guess, without a mention).
     */
    @Test
    void soBeforeAListIsNoSourceOfAPassageFurtherOn() {
        Candidate c = only("Viele gratulierten, so der Bürgermeister Tom Keller, der Trainer Paul Weber („Das ist ein"
                + " großer Tag für uns alle.“) und die Rektorin Anna Roth.");
        // The passage in brackets is the trainer's own (GermanSpeakerTest), never the mayor's the "so" names.
        assertThat(c.speaker().name()).isNotEqualTo("Tom Keller");
    }

    @Test
    void aClauseOpenedByASubordinatorStandsBeforeTheVerbAndTheSubjectFollowsIt() {
        Candidate c = only("Da die Brunnen im Sommer leer sind, warnte der Verband der Brauer: „Das Wasser wird knapp.“");
        assertThat(c.speaker().written()).startsWith("der Verband");
    }

    @Test
    void aRelativeClauseBetweenSubjectAndVerbIsNotTheSubject() {
        Candidate c = only("Jana Brenner, die seit Mai den Vorsitz des Vereins inne hat, sagte am Abend: „Wir bleiben hier.“");
        assertThat(c.speaker().name()).isEqualTo("Jana Brenner");
    }

    /** When the speech verb ends the relative clause, its pronoun is who speaks. */
    @Test
    void aRelativeClauseHoldingTheSpeechVerbKeepsItsPronoun() {
        Candidate c = only("Tausende zogen durch die Stadt, die unter anderem riefen: „Wir bleiben hier!“");
        assertThat(c.speaker().written()).startsWith("die");
    }

    /** "gesagt und auf … verwiesen": what follows "und" after the verb is no subject. */
    @Test
    void noSubjectIsReadAfterAVerbAndUnd() {
        List<Candidate> quoted = quoted("Sie wisse, dass ihre Arbeit „nicht frei von Schwächen“ sei, hatte Jana Brenner"
                + " damals gesagt und auf die Beurteilung durch ihren Betreuer verwiesen.");
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).speaker().name()).isEqualTo("Jana Brenner");
    }

    @Test
    void aVerbAfterUndSharesTheSubjectOfTheSentence() {
        Candidate c = only("Jana Brenner hat sich vor Ort über die Lage informiert und sprach von einer „vollständigen"
                + " Zerstörung“.");
        assertThat(c.speaker().name()).isEqualTo("Jana Brenner");
    }

    @Test
    void sieAfterTheVerbIsItsObjectWhenASubjectStandsFirst() {
        Candidate c = only("Der Geschäftsführer des Verbands nannte sie „fahrlässig“ und verwies auf andere Studien.");
        assertThat(c.speaker().written()).isEqualTo("Der Geschäftsführer des Verbands");
    }

    @Test
    void ausführenSchildernAndAnprangernReportSpeech() {
        assertThat(only("Wie die Richterin Jana Brenner ausführte, hätte es „ein großes Unglück gegeben“.").speaker().name())
                .isEqualTo("Jana Brenner");
        assertThat(only("Paul Weber schilderte seinen Eindruck, „dass sie nicht mehr atmete“.").speaker().name())
                .isEqualTo("Paul Weber");
        assertThat(only("Tom Keller prangerte an, dass die Lehrer „als Hilfspolizisten“ dienten.").speaker().name())
                .isEqualTo("Tom Keller");
    }

    @Test
    void aVerbRightAfterTheQuoteMarksReportsThemOverAVerbBefore() {
        Candidate c = only("Jetzt gibt es eine neue Lösung, die „eine neue Ära für die Stadt einleiten könnte“, erklärte"
                + " Projektleiter Paul Weber.");
        assertThat(c.speaker().name()).isEqualTo("Paul Weber");
    }

    @Test
    void aNameAfterTheVerbIsItsObjectWhenAPersonStandsFirst() {
        Candidate c = only("Paul Weber nannte Brenners Entscheidung „eine sehr schlechte Wahl“.");
        assertThat(c.speaker().name()).isEqualTo("Paul Weber");
    }

    /** "er" is never an object: the phrase before the verb is. */
    @Test
    void erAfterTheVerbIsItsSubjectWhateverStandsFirst() {
        Candidate c = only("Die Arbeit der Regierung seit dem Amtsantritt von Jana Brenner als Bundeskanzlerin lobte er mit"
                + " den Worten: „Es gibt weniger Theater.“");
        assertThat(c.speaker().written()).isEqualTo("er");
    }

    @Test
    void dessenOpensASubjectAfterTheVerb() {
        Candidate c = only("Nach Gerüchten über eine Festnahme auf dem Flughafen teilte dessen Stellvertreter mit: „Er ruft"
                + " uns an, wenn er zurückkommt.“");
        assertThat(c.speaker().written()).isEqualTo("dessen Stellvertreter");
    }

    @Test
    void aPronounAfterTheVerbStandingSecondSpeaksAQuoteWithoutSpeechVerb() {
        List<Candidate> quoted = quoted("„Wir bewerben uns“, sagte Paul Weber am Montag. Ursprünglich wollte er „ein Konzept"
                + " mit zwölf Stadien vorlegen“, am Ende waren es acht.");
        assertThat(quoted).hasSize(2);
        assertThat(quoted.get(1).speaker().written()).isEqualTo("er");
        assertThat(quoted.get(1).speaker().name()).isEqualTo("Paul Weber");
    }

    @Test
    void skandierenReportsSpeech() {
        Candidate c = only("Die Menschenmenge skandierte vor dem Rathaus Parolen wie „Weber raus!“ und zog dann weiter.");
        assertThat(c.speaker().written()).isEqualTo("Die Menschenmenge");
    }

    /** "schrieb in einer Erklärung": the noun a preposition governs is not the subject after the verb. */
    @Test
    void aPrepositionalPhraseAfterTheVerbIsNoSpeaker() {
        assertThat(only("Jana Brenner schrieb in einer Erklärung, sie wolle „keine Abstimmung über mich“.")
                .speaker().name()).isEqualTo("Jana Brenner");
        assertThat(only("„Wir bauen neu“, sagte im Interview die Ministerin Jana Brenner.").speaker().name())
                .isEqualTo("Jana Brenner");
    }

    /** "hieß es in der Erklärung": with no one as the subject, the writing the preposition names speaks. */
    @Test
    void afterAnImpersonalSubjectThePrepositionNamesTheSource() {
        assertThat(only("„Wir bauen neu“, hieß es in der Erklärung.").speaker().name()).contains("Erklärung");
    }

    /**
     * "Das Komitee würdigte Webers Einsatz": an article and its noun open the clause as its subject,
     * and a name in the genitive before a noun, written bare before, is no person's two names.
     */
    @Test
    void anArticleOpensTheSubjectAndAGenitiveNameIsNone() {
        Candidate c = only("Die Jury lobte Paul Weber am Montag. Das Komitee in Oslo würdigte damit Webers Einsatz:"
                + " „Er hat die Diplomatie gestärkt.“");
        assertThat(c.speaker().name()).contains("Komitee");
    }

    /** "Jana Brenner, Vorstandsmitglied der Liga, sagte": a noun with no article between commas describes the name. */
    @Test
    void aNounWithoutArticleBetweenCommasDescribesTheNameBeforeIt() {
        Candidate c = only("Jana Brenner, Vorstandsmitglied der Liga, sagte: „Wir kämpfen weiter.“");
        assertThat(c.speaker().name()).isEqualTo("Jana Brenner");
    }
}
