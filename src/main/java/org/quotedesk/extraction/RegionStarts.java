package org.quotedesk.extraction;

import java.util.Arrays;
import java.util.List;

/**
 * Where the words a cue's subject governs begin in a sentence: after the last cue or passage that ends
 * before the cue. The ends are sorted once per sentence; a sentence of many quotes asked it once per
 * cue, each time reading every cue and passage of the sentence.
 */
final class RegionStarts {

    private final int wordsStart;
    private final int[] ends;

    RegionStarts(Sentence sentence, List<Cue> cues, ArticleLayout layout, int wordsStart) {
        this.wordsStart = wordsStart;
        List<QuotedPassage> passages = layout.passagesIn(sentence.start(), sentence.end());
        int[] all = new int[cues.size() + passages.size()];
        int n = 0;
        for (Cue c : cues) {
            all[n++] = c.end();
        }
        for (QuotedPassage p : passages) {
            // A name in marks after its noun (die Wochenzeitung „Kasseler Bote“ kritisierte) is inside the clause.
            if (!layout.namedAfterNoun(p)) {
                all[n++] = p.outerEnd();
            }
        }
        this.ends = Arrays.copyOf(all, n);
        Arrays.sort(ends);
    }

    /** The latest end of a cue or passage at or before {@code offset}, and never before the sentence's words. */
    int before(int offset) {
        int after = SortedInts.firstAbove(ends, offset);
        return after == 0 ? wordsStart : Math.max(wordsStart, ends[after - 1]);
    }
}
