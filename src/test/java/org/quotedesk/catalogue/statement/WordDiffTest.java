package org.quotedesk.catalogue.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.statement.WordDiff.Kind;
import org.quotedesk.catalogue.statement.WordDiff.Op;

class WordDiffTest {

    @Test
    void wordsIgnoreCasePunctuationAndQuoteMarksButKeepTheirPlace() {
        Wording wording = Wording.of("“We don’t  accept it,” he said.");
        assertEquals(List.of("we", "don't", "accept", "it", "he", "said"), wording.forms());
        assertEquals("don’t  accept it", wording.span(1, 4));
    }

    @Test
    void sameWordsAreZeroApart() {
        WordDiff diff = WordDiff.between(Wording.of("We will win."), Wording.of("we WILL win"));
        assertEquals(0, diff.distance());
        assertEquals(1.0, diff.similarity());
        assertEquals(List.of(new Op(Kind.SAME, 0, 3, 0, 3)), diff.ops());
    }

    @Test
    void aChangedWordIsOneStepAndMarkedOnBothSides() {
        WordDiff diff = WordDiff.between(Wording.of("The talks were useful and frank"),
                Wording.of("The talks were useless and frank"));
        assertEquals(1, diff.distance());
        assertEquals(List.of(new Op(Kind.SAME, 0, 3, 0, 3), new Op(Kind.CHANGED, 3, 4, 3, 4),
                new Op(Kind.SAME, 4, 6, 4, 6)), diff.ops());
    }

    @Test
    void addedAndDroppedWordsAreMarked() {
        WordDiff diff = WordDiff.between(Wording.of("we open on Monday"), Wording.of("we will open Monday"));
        assertEquals(2, diff.distance());
        assertEquals(List.of(new Op(Kind.SAME, 0, 1, 0, 1), new Op(Kind.ADDED, 1, 1, 1, 2),
                new Op(Kind.SAME, 1, 2, 2, 3), new Op(Kind.DROPPED, 2, 3, 3, 3),
                new Op(Kind.SAME, 3, 4, 3, 4)), diff.ops());
    }

    @Test
    void aBoundedDiffGivesUpBeyondItsBound() {
        Wording a = Wording.of("one two three four five six");
        Wording b = Wording.of("one 2 3 four five six");
        assertNull(WordDiff.within(a, b, 1));
        assertEquals(2, WordDiff.within(a, b, 2).distance());
        assertNull(WordDiff.within(Wording.of("a b"), Wording.of("a b c d e"), 2));
    }

    @Test
    void emptyWordingsCompare() {
        assertEquals(3, WordDiff.between(Wording.of("…"), Wording.of("a b c")).distance());
        assertEquals(1.0, WordDiff.between(Wording.of(""), Wording.of("!")).similarity());
    }

    @Test
    void aFragmentIsFoundWhereItStands() {
        Wording whole = Wording.of("We will not allow, under any circumstances, the expansion of the alliance.");
        assertEquals(2, WordDiff.fragmentAt(Wording.of("not allow under any circumstances"), whole));
        assertEquals(-1, WordDiff.fragmentAt(Wording.of("not allow any circumstances"), whole));
    }
}
