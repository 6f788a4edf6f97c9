package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.QuoteType;

/** German passages in quote marks that name a work, a product or a category, or doubt a figure: nobody's words. */
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
    void aTitleMayHoldAnIndefiniteArticleButAPhraseOpeningWithOneIsSaid() {
        assertThat(quoted("Den Titel der neuen Serie gab der Sender am Montag bekannt: „Marta Lind – Das Leben einer Fischerin“."))
                .isEmpty();
        Candidate c = only(quoted("Paul Weber erklärte am Montag, der Plan sei „einen Haufen von Fehlern“ wert."));
        assertThat(c.text()).isEqualTo("einen Haufen von Fehlern");
        Candidate said = only(quoted("„Das Ende einer Woche“, sagte Tom Keller am Freitag."));
        assertThat(said.text()).isEqualTo("Das Ende einer Woche");
        assertThat(said.speaker().name()).isEqualTo("Tom Keller");
    }

    @Test
    void aCompoundEndingInTheNounOfAKindNamesTheNextPassage() {
        assertThat(quoted("Im Themenbereich „neue Wege im Verkehr“ gab es drei Vorträge.")).isEmpty();
        assertThat(quoted("Die Fernsehsendung „nachts am Fluss“ läuft seit Montag.")).isEmpty();
    }

    @Test
    void aPassageSungIsASong() {
        assertThat(quoted("Das Konzert endete mit einem Lied, in dem der Chor „Wenn der Winter geht“ sang.")).isEmpty();
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

    @Test
    void aCompoundNamingABodyAShowOrAnEventNamesTheNextPassageEvenWithAVerbInIt() {
        assertThat(quoted("Am Samstag startete die Bürgerinitiative „Kinder lesen für Kinder“ in Köln.")).isEmpty();
        assertThat(quoted("Im Finale der Castingshow „Wer singt am schönsten“ gewann eine 19-Jährige.")).isEmpty();
        assertThat(quoted("Das Aktionsbündnis „Alle bleiben hier“ rief für Samstag zu einer Demonstration auf.")).isEmpty();
        Candidate said = only(quoted("„Wir bleiben hier“, sagte die Sprecherin der Bürgerinitiative, Jana Brenner."));
        assertThat(said.speaker().name()).isEqualTo("Jana Brenner");
    }

    @Test
    void whatSomeoneCallsABodyInLowerCaseIsSaid() {
        Candidate called = only(quoted("Der Oppositionsführer Karl Huber nannte die Partei „einen Haufen Feiglinge“."));
        assertThat(called.speaker().name()).isEqualTo("Karl Huber");
        Candidate reported = only(quoted("Die Ministerin Eva Roth sagte, der Verein „habe versagt“ und müsse handeln."));
        assertThat(reported.text()).isEqualTo("habe versagt");
    }

    @Test
    void aNameABodyGivesItselfOrAThingBearsIsNoQuoteButANameGivenAnotherIs() {
        assertThat(quoted("Die Gruppe nennt sich „Bürger für Klarheit“ und tritt zur Wahl an.")).isEmpty();
        assertThat(quoted("Sein neues Buch heißt „Warum wir streiten“.")).isEmpty();
        Candidate c = only(quoted("Die Ministerin Clara Vogt nannte das Urteil „einen Skandal“."));
        assertThat(c.text()).isEqualTo("einen Skandal");
    }

    @Test
    void anEpisodeAnAgencyAHitOrADebutIsNamedByThePassageAfterIt() {
        assertThat(quoted("Die Folge „Wer hat Angst im Dunkeln“ wurde abgesetzt.")).isEmpty();
        assertThat(quoted("Laut der Nachrichtenagentur „dpa“ gab es drei Tote.")).isEmpty();
        assertThat(quoted("Ihr Sommerhit „Ich will nicht mehr“ stand sechs Wochen an der Spitze der Charts.")).isEmpty();
        assertThat(quoted("Sein Romandebüt „Was bleibt, ist Stille“ verkaufte sich 100.000 Mal.")).isEmpty();
    }

    @Test
    void aSayingOrAReputationIsNobodysWords() {
        assertThat(quoted("Das Sprichwort „Wer zuletzt lacht, lacht am besten“ passt hier gut.")).isEmpty();
        assertThat(quoted("Das Viertel gilt als „sozialer Brennpunkt“.")).isEmpty();
        Candidate c = only(quoted("Das Viertel sei „ein sozialer Brennpunkt“, sagte Jana Brenner am Montag."));
        assertThat(c.speaker().name()).isEqualTo("Jana Brenner");
    }

    @Test
    void aPassiveOfNamingWithNoAgentNamesATermButTheNamerSaysIt() {
        assertThat(quoted("Das Hochwasser wurde als „Jahrhundertflut“ bezeichnet.")).isEmpty();
        Candidate active = only(quoted("Der Bürgermeister Paul Weber bezeichnete das Hochwasser als „Jahrhundertflut“."));
        assertThat(active.speaker().name()).isEqualTo("Paul Weber");
        Candidate agent = only(quoted("Das Hochwasser wurde von Paul Weber als „Jahrhundertflut“ bezeichnet."));
        assertThat(agent.text()).isEqualTo("Jahrhundertflut");
    }
}
