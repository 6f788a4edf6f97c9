package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import org.junit.jupiter.api.Test;

/** Words read back from a cue that are no noun phrase never become a speaker an editor would file. */
class NounPhraseShapeTest {

    private static final Language ENGLISH = Language.of("en");

    private static Mention fitted(String text) {
        return NounPhraseShape.fitted(text, ENGLISH, new Mention(0, text.length(), text, null));
    }

    @Test
    void aSubjectReadPastItsVerbIsCutBeforeThatVerb() {
        assertThat(fitted("Harbour officials started to").text()).isEqualTo("Harbour officials");
        assertThat(fitted("Mayor Anna Berg was prompted to").text()).isEqualTo("Mayor Anna Berg");
        assertThat(fitted("He was prompted to").text()).isEqualTo("He");
        assertThat(fitted("A familiar voice celebrated the vote on the").text()).isEqualTo("A familiar voice");
    }

    @Test
    void wordsOpeningWithAPrepositionOrEndingInOneWithNoSubjectBeforeAVerbNameNobody() {
        assertThat(fitted("of economic ills")).isNull();
        assertThat(fitted("leading harbour advisers like Tom Dahl to")).isNull();
        assertThat(fitted("It’s been common for local papers to")).isNull();
        assertThat(fitted("hard it will be to")).isNull();
        assertThat(fitted("scared are most inclined to")).isNull();
    }

    @Test
    void aNounPhraseStaysAsItIs() {
        String chief = "the retired harbour chief";
        Mention m = new Mention(0, chief.length(), chief, null);
        assertThat(NounPhraseShape.fitted(chief, ENGLISH, m)).isSameAs(m);
        assertThat(fitted("Port officials").text()).isEqualTo("Port officials");
    }

    @Test
    void theSpeakerOfAnExtractedQuoteIsTheSubjectBeforeItsVerb() {
        Candidate officials = containing(extract("The ferry line was closed again. Harbour officials started to call the"
                + " closure “a minor setback” on Monday."), "minor setback");
        assertThat(officials.speaker().written()).isEqualTo("Harbour officials");
        Candidate voice = containing(extract("The ferry line was closed again. Tom Dahl spoke first. A familiar voice"
                + " celebrated the vote on the radio: “We won, we finally won.”"), "We won");
        assertThat(voice.speaker().written()).isEqualTo("A familiar voice");
    }
}
