package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index of an article's words gives, for every span, the words a reading of that span gives. */
class WordIndexTest {

    private static final String TEXT = "The U.S. envoy—Jean-Luc O’Brien—said “No.” at 9.30 in Ruhr-Gebiet’s Zöllner-Straße; "
            + "„Nein“, sagte Müller. E.U.-Gipfel, 2-0 win, rock ’n’ roll… Dr.Smith's “a”“b” x.y.z.";

    @Test
    void everySpanGivesTheWordsItsOwnReadingGives() {
        for (int limit : new int[] {1, 2, 3, Integer.MAX_VALUE}) {
            for (int from = 0; from <= TEXT.length(); from++) {
                for (int to = from; to <= TEXT.length(); to++) {
                    int start = from;
                    int end = to;
                    List<Word> indexed = WordIndex.reading(TEXT, () -> Word.in(TEXT, start, end, limit));
                    assertThat(indexed).as("[%d, %d) limit %d", from, to, limit)
                            .isEqualTo(Word.scan(TEXT, from, to, limit));
                }
            }
        }
    }

    @Test
    void spansPastTheTextAreClippedAsBefore() {
        List<Word> indexed = WordIndex.reading(TEXT, () -> Word.in(TEXT, -5, TEXT.length() + 5));
        assertThat(indexed).isEqualTo(Word.scan(TEXT, 0, TEXT.length(), Integer.MAX_VALUE));
        assertThat(indexed.get(1).text()).isEqualTo("U.S");
    }

    @Test
    void anotherTextIsReadAsItIsAndTheIndexEndsWithItsReading() {
        String other = new String("The U.S. envoy");
        assertThat(WordIndex.reading(TEXT, () -> Word.in(other, 0, other.length())))
                .extracting(Word::text).containsExactly("The", "U.S", "envoy");
        assertThat(WordIndex.of(TEXT)).isNull();
    }
}
