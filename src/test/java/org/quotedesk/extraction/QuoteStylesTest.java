package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;
import static org.quotedesk.extraction.ExtractorTest.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotedesk.catalogue.quote.QuoteType;

/** Every quote style newsrooms print, each on a short text written for it. */
class QuoteStylesTest {

    private static List<Candidate> quoted(String text) {
        return extract(text).stream().filter(c -> c.type() != QuoteType.INDIRECT).toList();
    }

    @Test
    void straightSingleQuotesAreAQuote() {
        Candidate c = only(quoted("'We have heard this before,' said Marta Kowalczyk, a grain farmer from Lublin."));
        assertThat(c.text()).isEqualTo("We have heard this before");
        assertThat(c.speaker().name()).isEqualTo("Marta Kowalczyk");
    }

    @Test
    void apostrophesOpenAndCloseNothing() {
        String text = "The farmers' union, rock 'n' roll fans of the '90s and Ukraine's growers don't agree. "
                + "'Nobody listens to the farmers' union any more,' said Jan Nowak, its chairman.";
        Candidate c = only(quoted(text));
        assertThat(c.text()).isEqualTo("Nobody listens to the farmers' union any more");
        assertThat(c.speaker().name()).isEqualTo("Jan Nowak");
    }

    @Test
    void anApostropheWithNoClosingMarkIsNoQuote() {
        assertThat(quoted("Sales of rock 'n roll records rose in the '90s, said Jan Nowak of the shop.")).isEmpty();
    }

    @Test
    void twoApostrophesStandForADoubleMark() {
        String text = "''We have heard this before,'' said Marta Kowalczyk. ''He told us, 'Wait.' We waited.''";
        List<Candidate> found = quoted(text);
        assertThat(found).extracting(Candidate::text)
                .containsExactly("We have heard this before", "He told us, 'Wait.' We waited.");
        assertThat(found).extracting(c -> c.speaker().name()).containsOnly("Marta Kowalczyk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"‘%s,’ said Marta Kowalczyk.", "«%s», said Marta Kowalczyk.", "« %s », said Marta Kowalczyk.",
            "„%s“, said Marta Kowalczyk.", "‹%s›, said Marta Kowalczyk.", "\"%s,\" said Marta Kowalczyk.",
            "”%s,” said Marta Kowalczyk."})
    void everyPairOfMarksHoldsAQuote(String pattern) {
        Candidate c = only(quoted(String.format(pattern, "The border stays closed until Friday")));
        assertThat(c.text()).isEqualTo("The border stays closed until Friday");
        assertThat(c.speaker().name()).isEqualTo("Marta Kowalczyk");
    }

    /**
     * The marks only German's data file lists open nothing in English ("Read more »" is an arrow),
     * and a « right after a word ("Friday«") closes rather than opens.
     */
    @Test
    void aClosingMarkSetBeforeASpaceStillOpensWhereAPassageBegins() {
        Candidate c = only(quoted("The minister visited the farm on Monday.\n\n” … and the border stays closed until Friday,” "
                + "Marta Kowalczyk said."));
        assertThat(c.text()).isEqualTo("… and the border stays closed until Friday");
        assertThat(c.speaker().name()).isEqualTo("Marta Kowalczyk");
        Candidate says = only(quoted("Jan Nowak says,” the wheat from abroad is gone.”"));
        assertThat(says.text()).isEqualTo("the wheat from abroad is gone.");
        assertThat(says.speaker().name()).isEqualTo("Jan Nowak");
    }

    @Test
    void germanMarksAreReadOnlyInGerman() {
        String text = "»The border stays closed until Friday«, said Marta Kowalczyk. Read more » Archive";
        assertThat(quoted(text)).isEmpty();
        assertThat(Extractor.extract(text, LocalDate.of(2024, 3, 12), List.of(), Deadline.NONE, Language.of("de")))
                .extracting(Candidate::text).containsExactly("The border stays closed until Friday");
    }

    @ParameterizedTest
    @ValueSource(strings = {"— ", "– ", "—"})
    void aDashOpeningTheParagraphOpensSpeech(String dash) {
        String text = "Farmers blocked the road on Monday.\n\n" + dash
                + "We will stay here until the minister comes, " + dash.strip() + " said Marta Kowalczyk. " + dash.strip()
                + " And we have food for a week.\n\nThe police watched.";
        List<Candidate> found = quoted(text);
        assertThat(found).extracting(Candidate::text)
                .containsExactly("We will stay here until the minister comes", "And we have food for a week.");
        assertThat(found).extracting(c -> c.speaker().name()).containsOnly("Marta Kowalczyk");
    }

    @Test
    void aDashInsideAParagraphOpensNothing() {
        assertThat(quoted("Farmers — some of them from Lublin — blocked the road, police said.")).isEmpty();
    }

    @Test
    void aListOfDashedLinesWithoutSpeechIsNoQuote() {
        assertThat(quoted("The winners:\n\n— Marta Kowalczyk of Lublin.\n\n— Jan Nowak of Chelm.")).isEmpty();
    }

    @Test
    void aQuoteRunsOverParagraphsThatRepeatTheOpeningMark() {
        String text = "Marta Kowalczyk, a grain farmer, said: “We have waited three years for an answer.\n\n"
                + "“The trucks keep coming and the price keeps falling.\n\n"
                + "“Nobody in Brussels has come to see it.”\n\nThe ministry did not answer.";
        Candidate c = only(quoted(text));
        assertThat(c.text()).startsWith("We have waited").endsWith("come to see it.");
        assertThat(c.speaker().name()).isEqualTo("Marta Kowalczyk");
    }

    @Test
    void aQuoteSplitByItsAttributionGivesTwoPartsWithOneSpeaker() {
        List<Candidate> found = quoted("“We open,” said Marta Kowalczyk, “on Monday.” The ministry did not answer.");
        assertThat(found).extracting(Candidate::text).containsExactly("We open", "on Monday.");
        assertThat(found).extracting(c -> c.speaker().name()).containsOnly("Marta Kowalczyk");
    }

    @Test
    void aQuoteSplitByAPronounAttributionKeepsTheSpeakerNamedBefore() {
        List<Candidate> found = quoted("“Prices fell,” said Marta Kowalczyk. “We open,” she said, “on Monday.”");
        assertThat(containing(found, "We open").speaker().name()).isEqualTo("Marta Kowalczyk");
        assertThat(containing(found, "on Monday").speaker().name()).isEqualTo("Marta Kowalczyk");
    }

    /** „…„…“…“: a low mark inside an open passage opens one within it, and the outer passage closes at the second mark. */
    @Test
    void aLowMarkInsideAPassageNestsAnother() {
        List<Candidate> quoted = Extractor.extract("„Wir hatten viele Anfragen von „kleinen Firmen“ im Mai. Die Nachfrage"
                + " ist groß“, sagte Paul Weber, Chef der Firma.", LocalDate.of(2024, 3, 12), List.of(), Deadline.NONE,
                Language.of("de")).stream().filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).text()).isEqualTo("Wir hatten viele Anfragen von „kleinen Firmen“ im Mai. Die Nachfrage ist groß");
        assertThat(quoted.get(0).speaker().name()).isEqualTo("Paul Weber");
    }

    /** „…": a low mark closed by a straight one, as typed on a keyboard, is a passage; the words after it are not. */
    @Test
    void aLowMarkClosedByAStraightOneIsAPassage() {
        List<Candidate> quoted = Extractor.extract("Der Wirt Karl Huber sprach von Glück. „Das ist mehr, als wir erwartet"
                + " hatten\", zitiert die Zeitung Sprecherin Jana Brenner.", LocalDate.of(2024, 3, 12), List.of(),
                Deadline.NONE, Language.of("de")).stream().filter(c -> c.type() != QuoteType.INDIRECT).toList();
        assertThat(quoted).hasSize(1);
        assertThat(quoted.get(0).text()).isEqualTo("Das ist mehr, als wir erwartet hatten");
        assertThat(quoted.get(0).speaker().name()).isEqualTo("Jana Brenner");
    }
}
