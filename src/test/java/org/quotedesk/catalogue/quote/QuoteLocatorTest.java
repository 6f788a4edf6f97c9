package org.quotedesk.catalogue.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    private static final String TEXT = "Peskov said: “We don’t see any – absolutely any –\nreason for that.” Then he left.";

    @Test
    void exactWordsAreFoundAtTheirOffsets() {
        QuoteLocator.Location found = QuoteLocator.locate(TEXT, "Then he left");
        assertThat(found.once()).isTrue();
        assertThat(TEXT.substring(found.start(), found.end())).isEqualTo("Then he left");
    }

    @Test
    void typedQuoteMarksDashesAndSpacingFindTheWordsAsPrinted() {
        QuoteLocator.Location found = QuoteLocator.locate(TEXT, "We don't see any - absolutely any - reason");
        assertThat(found.once()).isTrue();
        assertThat(TEXT.substring(found.start(), found.end()))
                .isEqualTo("We don’t see any – absolutely any –\nreason");
    }

    @Test
    void surroundingSpaceTypedAroundTheWordsIsIgnored() {
        QuoteLocator.Location found = QuoteLocator.locate(TEXT, "  reason for that.  ");
        assertThat(TEXT.substring(found.start(), found.end())).isEqualTo("reason for that.");
    }

    @Test
    void wordsNotInTheTextAreNotFound() {
        QuoteLocator.Location found = QuoteLocator.locate(TEXT, "We do see a reason");
        assertThat(found.count()).isZero();
        assertThat(found.once()).isFalse();
        assertThat(found.several()).isFalse();
    }

    @Test
    void wordsFoundTwiceAreAmbiguousEvenWhenTheOccurrencesOverlap() {
        assertThat(QuoteLocator.locate(TEXT, "any").several()).isTrue();
        assertThat(QuoteLocator.locate("abababa", "aba").several()).isTrue();
        assertThat(QuoteLocator.locate("ab'ab’ab", "ab'ab").once()).isTrue();
    }

    @Test
    void anExactMatchWinsOverAFoldedOne() {
        String text = "He said 'yes'. Later: ‘yes’.";
        QuoteLocator.Location found = QuoteLocator.locate(text, "‘yes’");
        assertThat(found.once()).isTrue();
        assertThat(found.start()).isEqualTo(text.indexOf("‘yes’"));
    }

    @Test
    void blankWordsAreNeverFound() {
        assertThat(QuoteLocator.locate(TEXT, "   ").count()).isZero();
    }

    @Test
    void aLongRepetitiveTextIsSearchedWithoutBacktracking() {
        // Naive search would compare ~10^10 characters here; the locator reads each about twice.
        String text = "a".repeat(1_000_000);
        String words = "a".repeat(10_000) + "b";
        assertThat(QuoteLocator.locate(text, words).count()).isZero();
    }
}
