package org.quotedesk.extraction;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Which cue of a sentence attributes a quoted passage in it: a tag right after the passage ("“…,”
 * he said") or the cue before it, and of two cues one inside the other's reported clause, the
 * outer one.
 */
final class AttributingCue {

    private final SentenceCues cues;
    private final String text;
    private final ArticleLayout layout;
    /**
     * Per cue of the sentence, in order: whether it ends a comment clause, read when first asked (0 not yet,
     * 1 yes, 2 no), as a passage's check of the cue after it asks again.
     */
    private byte[] comments;
    /** The indexes of the cues that end a comment clause, ascending: read once for all the sentence's passages. */
    private int[] commentingCues;
    /**
     * Each cue's start, ascending as the cues are read word by word: a sentence of many quotes found the cue
     * after each passage by walking from its first cue, its cues times its passages steps.
     */
    private int[] starts;

    AttributingCue(SentenceCues cues, ArticleLayout layout) {
        this.cues = cues;
        this.text = layout.text;
        this.layout = layout;
    }

    /** The cue that attributes a passage: the one right after it when it opens the sentence or tags it, else the closest before. */
    Cue forPassage(QuotedPassage p) {
        // The first cue starting after the passage: none after it can be before the passage; "scanned" is its index.
        int scanned = firstStartingFrom(p.outerEnd());
        Cue after = scanned < cues.all.size() ? cues.all.get(scanned) : null;
        // "Wie Weber sagte, sieht die Regierung „…“": the first comment before the passage names who says the rest.
        Cue commenting = null;
        for (int k : commentingCues()) {
            if (k >= scanned) {
                break;
            }
            if (cues.all.get(k).end() <= p.open()) {
                commenting = cues.all.get(k);
                break;
            }
        }
        Cue before = null;
        // The last cue before the passage that may report it, sought backwards: a sentence of many quotes
        // would otherwise ask this of every cue before each passage.
        for (int i = scanned - 1; i >= 0 && before == null; i--) {
            Cue c = cues.all.get(i);
            if (c.end() <= p.open() && (!cues.followsReported(c) || sourceRightBefore(c, p))) {
                before = c;
            }
        }
        Word first = cues.firstWord();
        boolean opens = first == null || first.start() >= p.open();
        if (after != null && (opens || taggedBy(p, after))) {
            return after;
        }
        if (after != null && cues.followsReported(after) && !layout.hasPassageIn(p.outerEnd(), after.start())) {
            // "„…“, so Bader": the cue names the source of the passage just before it.
            return after;
        }
        if (after != null && layout.language.says("verb-second") && Word.in(text, p.outerEnd(), after.start()).isEmpty()) {
            // "Es gibt eine …, die „…“, erklärte Weber": a verb right after the quote marks reports them, its
            // subject after it, whatever verb stands before them.
            return after;
        }
        if (after != null && before == null && commenting == null && comments(scanned)
                && TextScan.indexOf(text, ',', p.outerEnd(), after.start()) < 0) {
            // "Wie die „Aktion Deutschland hilft“ mitteilte, …": a passage inside a comment clause is part of it, a
            // name or a phrase of its own, not what the clause's verb reports.
            return null;
        }
        // A colon before the passage gives it to the clause the colon ends.
        boolean colon = commenting != null && TextScan.indexOf(text, ':', commenting.end(), p.open()) >= 0;
        return commenting != null && !colon ? commenting : before != null ? reporting(before) : after;
    }

    /** The index of the first cue whose start is at or after the offset, or the number of cues when none is. */
    private int firstStartingFrom(int offset) {
        if (starts == null) {
            starts = new int[cues.all.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = cues.all.get(i).start();
            }
        }
        return SortedInts.firstAbove(starts, offset - 1);
    }

    private int[] commentingCues() {
        if (commentingCues == null) {
            commentingCues = IntStream.range(0, cues.all.size()).filter(this::comments).toArray();
        }
        return commentingCues;
    }

    private boolean comments(int cue) {
        if (comments == null) {
            comments = new byte[cues.all.size()];
        }
        if (comments[cue] == 0) {
            comments[cue] = cues.comments(cues.all.get(cue)) ? (byte) 1 : (byte) 2;
        }
        return comments[cue] == 1;
    }

    /** "…, so Bader, „…“": such a cue reports a passage that follows its source at once. */
    private boolean sourceRightBefore(Cue c, QuotedPassage p) {
        Mention source = cues.subject(c);
        return source != null && source.end() <= p.open() && Word.in(text, source.end(), p.open()).isEmpty();
    }

    /**
     * "He said that he would offer “a prayer”", "Smith said Jones had called it “a farce”": a cue
     * inside the clause an earlier cue of the sentence reports gives way to that cue, whose subject is
     * the one who speaks, when its own subject is a name or the same person; not for another pronoun
     * ("he said she called it “…”"), which may stand for whoever the quote is from.
     */
    private Cue reporting(Cue cue) {
        Cue main = cues.previous(cue);
        if (main == null || main.according() || main.frame() == SpeechCues.Frame.OBJECT
                || layout.hasPassageIn(main.end(), cue.start()) || !oneClause(main.end(), cue.start())) {
            return cue;
        }
        Mention inner = cues.subject(cue);
        Mention outer = cues.subject(main);
        boolean samePerson = inner != null && inner.pronoun() && outer != null
                && (!outer.pronoun() || outer.text().equalsIgnoreCase(inner.text()));
        boolean named = inner != null && !inner.pronoun();
        return samePerson || named ? main : cue;
    }

    /**
     * "“…,” he said" inside a longer sentence: a passage closing on a comma, question or exclamation
     * mark, with only its speaker between it and the cue, belongs to that cue rather than to one
     * before it ("Smith said he would stay: “…,” he added"). Not when the words between open a new
     * clause ("“…,” but he also warned China") or the cue reports a clause of its own ("“…,” he
     * claimed they never met"); "“…”, according to X" after a speech verb is how X reported it.
     */
    private boolean taggedBy(QuotedPassage p, Cue after) {
        int close = p.close() < 0 ? p.end() : p.close();
        // The mark's last character inside it too: "“Why now?” asked Smith".
        String ending = text.substring(Math.max(p.start(), Math.min(p.end(), close) - 1), close)
                + text.substring(p.outerEnd(), Math.min(p.outerEnd() + 1, after.start()));
        if (after.according() || ending.indexOf(',') < 0 && ending.indexOf('?') < 0 && ending.indexOf('!') < 0
                || layout.hasPassageIn(p.outerEnd(), after.start())) {
            return false;
        }
        List<Word> between = Word.in(text, p.outerEnd(), after.start(), 7);
        if (between.size() > 6 || between.stream().anyMatch(w -> layout.language.has("clause-joiners", w.lower()))) {
            return false;
        }
        List<Word> next = Word.first(text, after.end(), cues.sentence.end());
        return between.isEmpty() || next.isEmpty() || after.frame() == SpeechCues.Frame.TELL
                || !text.substring(after.end(), next.get(0).start()).isBlank()
                || ReportedSpeech.opensNoClause(layout.language, next.get(0).lower());
    }

    /** No punctuation or word opening another clause between the two: "said that he would", not "said, though he". */
    private boolean oneClause(int from, int to) {
        for (char c : new char[] {',', ';', ':', '—', '–', '('}) {
            if (TextScan.indexOf(text, c, from, to) >= 0) {
                return false;
            }
        }
        return Word.in(text, from, to).stream().noneMatch(w -> layout.language.has("clause-joiners", w.lower())
                && !layout.language.has("complementizers", w.lower()));
    }
}
