package org.quotedesk.checking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.statement.WordDiff;
import org.quotedesk.catalogue.statement.Wording;

/**
 * Compares a checked text with a quote on record, word by word ({@link WordDiff} on {@link Wording}s):
 * with the whole quote, or, when the text has at least {@link #PASSAGE_MIN_WORDS} words and the quote
 * is longer, with the passage of the quote it quotes, so that a faithful excerpt of a long quote
 * counts as its words.
 */
final class Comparison {

    /**
     * Below this similarity a quote is not close enough to be shown: at least 60% of the longer
     * wording's words must line up. Misquotes met in practice change, add or drop a word or a few
     * (0.7 to 0.95 on a sentence); two unrelated sentences of the same length share only small words
     * here and there (0.1 to 0.4).
     */
    static final double CLOSE = 0.6;
    /**
     * A passage of a quote is compared only for texts of this many words or more: fewer words, however
     * faithful, say too little to attribute (three words of a long quote are nobody's words), so they
     * are compared with the whole quote.
     */
    static final int PASSAGE_MIN_WORDS = 5;

    private Comparison() {
    }

    /** The quote compared with the checked text; null when it is not {@link #CLOSE} to it. */
    static CheckMatch of(Wording checked, QuoteDto quote) {
        Wording attested = Wording.of(quote.text());
        int from = 0;
        int to = attested.size();
        if (checked.size() >= PASSAGE_MIN_WORDS && attested.size() > checked.size()) {
            int[] passage = passage(checked, attested);
            from = passage[0];
            to = passage[1];
            // The passage was taken with room around it: the words the text leaves out at either end
            // are the quote's context, not differences. Aligned with that room allowed for, then trimmed.
            WordDiff roomy = WordDiff.within(Wording.of(attested.span(from, to)), checked,
                    allowed(to - from, checked.size()) + Math.max(0, to - from - checked.size()));
            if (roomy == null) {
                return null;
            }
            List<WordDiff.Op> ops = roomy.ops();
            int first = ops.get(0).kind() == WordDiff.Kind.DROPPED ? ops.get(0).fromEnd() : 0;
            WordDiff.Op lastOp = ops.get(ops.size() - 1);
            int last = lastOp.kind() == WordDiff.Kind.DROPPED ? lastOp.fromStart() : to - from;
            to = from + last;
            from = from + first;
        }
        WordDiff diff = diff(attested, from, to, checked);
        if (diff == null) {
            return null;
        }
        return new CheckMatch(quote.statement(), quote, diff.similarity(), differences(diff, attested, from, checked));
    }

    /** The alignment of the quote's words [from, to) with the checked text; null when it is not close. */
    private static WordDiff diff(Wording attested, int from, int to, Wording checked) {
        Wording passage = from == 0 && to == attested.size() ? attested : Wording.of(attested.span(from, to));
        WordDiff diff = WordDiff.within(passage, checked, allowed(passage.size(), checked.size()));
        return diff == null || diff.similarity() < CLOSE ? null : diff;
    }

    /** The most words two wordings of these lengths may differ by and still be {@link #CLOSE}. */
    private static int allowed(int attested, int checked) {
        return (int) Math.floor((1 - CLOSE) * Math.max(attested, checked));
    }

    /**
     * Where in the quote the checked words stand: exactly, when they are an unbroken run of its words;
     * otherwise around the run of as many words as the text has that holds most of the text's words,
     * widened on both sides by as many words as may differ, for the alignment to place the ends.
     */
    private static int[] passage(Wording checked, Wording attested) {
        int exact = WordDiff.fragmentAt(checked, attested);
        if (exact >= 0) {
            return new int[] {exact, exact + checked.size()};
        }
        Set<String> words = new HashSet<>(checked.forms());
        List<String> forms = attested.forms();
        int length = checked.size();
        int held = 0;
        for (int i = 0; i < length; i++) {
            held += words.contains(forms.get(i)) ? 1 : 0;
        }
        int best = held;
        int bestStart = 0;
        for (int start = 1; start + length <= forms.size(); start++) {
            held += (words.contains(forms.get(start + length - 1)) ? 1 : 0)
                    - (words.contains(forms.get(start - 1)) ? 1 : 0);
            if (held > best) {
                best = held;
                bestStart = start;
            }
        }
        int room = (int) Math.ceil((1 - CLOSE) * length);
        return new int[] {Math.max(0, bestStart - room), Math.min(forms.size(), bestStart + length + room)};
    }

    /** The alignment's runs, with the words as printed on each side and their place in the quote's text. */
    private static List<Difference> differences(WordDiff diff, Wording attested, int from, Wording checked) {
        List<Difference> differences = new ArrayList<>(diff.ops().size());
        List<Wording.Word> words = attested.words();
        for (WordDiff.Op op : diff.ops()) {
            int fromStart = from + op.fromStart();
            int fromEnd = from + op.fromEnd();
            boolean hasAttested = fromEnd > fromStart;
            // Added words stand right after the quote's word before them.
            int start = hasAttested ? words.get(fromStart).start()
                    : fromStart > 0 ? words.get(fromStart - 1).end() : 0;
            int end = hasAttested ? words.get(fromEnd - 1).end() : start;
            differences.add(new Difference(op.kind(), hasAttested ? attested.span(fromStart, fromEnd) : null,
                    op.toEnd() > op.toStart() ? checked.span(op.toStart(), op.toEnd()) : null, start, end));
        }
        return differences;
    }
}
