package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where English sentences end: abbreviations, titles and the spaces between them. */
class SentenceSplitTest {

    private static List<String> sentences(String text) {
        ArticleLayout layout = new ArticleLayout(text);
        return layout.sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aTitleBeforeANameEndsNoSentence() {
        assertThat(sentences("“We will build it,” said Rep. Ada Vance of the river district. Sen. Hal Moore agreed."))
                .containsExactly("“We will build it,” said Rep. Ada Vance of the river district.",
                        "Sen. Hal Moore agreed.");
    }

    @Test
    void anAbbreviationEndsTheSentenceWhenAnOpenerFollowsButNotBeforeAName() {
        assertThat(sentences("The mill moved its work to the U.S. He said it was cheaper."))
                .containsExactly("The mill moved its work to the U.S.", "He said it was cheaper.");
        assertThat(sentences("She wrote to the U.S. Senate about the mill.")).hasSize(1);
    }

    @Test
    void numberAbbreviatesOnlyBeforeADigit() {
        assertThat(sentences("He ranked No. 4 in the poll.")).hasSize(1);
        assertThat(sentences("The board said no. But the mayor kept asking.")).hasSize(2);
    }

    @Test
    void aNoBreakSpaceSeparatesSentencesOnlyBeforeAQuoteMark() {
        assertThat(sentences("The mayor spoke last.\u00a0“The bridge stays open,” she said."))
                .containsExactly("The mayor spoke last.", "“The bridge stays open,” she said.");
        assertThat(sentences("The mayor spoke last.\u00a0The bridge stays open.")).hasSize(1);
    }

    @Test
    void twoApostrophesOpeningAQuoteAfterAFullStopStartASentence() {
        assertThat(sentences("The mill closed in May. ''We lost everything,'' the baker said."))
                .containsExactly("The mill closed in May.", "''We lost everything,'' the baker said.");
    }
}
