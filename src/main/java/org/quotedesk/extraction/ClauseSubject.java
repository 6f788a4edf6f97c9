package org.quotedesk.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a sentence that names the speaker names them again as the subject of the clause holding
 * the passage, the article names the speaker for the passage there: "who" in "Beck, who has long
 * described him as “a sociopath”", "he" in "Reid praised Cruz, but he gave him a warning: “…”".
 */
final class ClauseSubject {

    /** How far before the passage, in characters, the pronoun opening its clause is looked for. */
    private static final int REACH = 400;

    /** What may stand between a name and its "who": "Beck, who", "Beck — who". */
    private static final Pattern COMMA_OR_DASH = Pattern.compile("\\s*[,—–-]?\\s*");

    private final String text;
    private final ArticleLayout layout;

    ClauseSubject(String text, ArticleLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    /**
     * The relative pronoun opening a clause right after {@code named} (after a comma or a dash at
     * most) that runs on to the passage starting at {@code passage} without a comma closing it
     * ("Beck, who hosts a show, said “…”" is Beck's own sentence), or null.
     */
    Mention relative(Mention named, int passage) {
        if (!before(named, passage)) {
            return null;
        }
        List<Word> next = Word.first(text, named.end(), passage);
        if (next.isEmpty() || !layout.language.has("relative-subjects", next.get(0).lower())
                || !COMMA_OR_DASH.matcher(text).region(named.end(), next.get(0).start()).matches()) {
            return null;
        }
        Word relative = next.get(0);
        for (int i = relative.end(); i < passage; i++) {
            if (",;()".indexOf(text.charAt(i)) >= 0 && layout.passageAt(i) == null) {
                return null;
            }
        }
        return mention(relative);
    }

    /**
     * The last "he" or "she" of the speaker's gender between {@code named} and the passage that opens
     * a clause after a comma or a joining word, outside quote marks, or null. Not after "that" or a
     * speech verb ("Reid said that he …" reports what Reid said, where Reid speaks), nor opening what
     * the verb before it takes ("called what she saw “…”").
     */
    Mention pronoun(Mention named, char gender, int passage) {
        return before(named, passage) ? pronoun(named.end(), gender, passage, false) : null;
    }

    /**
     * As {@link #pronoun(Mention, char, int)} from the start of the passage's sentence, whose first word
     * counts too: where "he" names the speaker there, rather than a "he" of another sentence or one
     * after the passage ("Specifically, he thought that “…”").
     */
    Mention pronounInSentence(char gender, int passage) {
        Sentence s = layout.sentenceAt(passage);
        return s == null ? null : pronoun(s.start(), gender, passage, true);
    }

    private Mention pronoun(int start, char gender, int passage, boolean opening) {
        // A clause reaches back a few lines at most: looking no further keeps a sentence of many passages quick.
        int space = passage - start > REACH ? text.indexOf(' ', passage - REACH) : start;
        int from = space < 0 || space > passage ? passage : space;
        boolean firstCounts = opening && from == start;
        List<Word> words = Word.in(text, from, passage);
        Mention last = null;
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size() && reports(words.get(i), words.get(i + 1))) {
                // "Hier has said that while he fears …": what follows reports Hier's words.
                return last;
            }
            // "he's said", "he'd": the pronoun before its verb's contraction.
            Word word = words.get(i);
            String lower = beforeApostrophe(word.lower());
            Word w = new Word(word.start(), word.start() + lower.length(), word.text().substring(0, lower.length()));
            char g = Names.gender(lower);
            if (g == 0 || gender != 0 && g != gender || !layout.language.has("subject-pronouns", lower)
                    || layout.passageAt(w.start()) != null) {
                continue;
            }
            String between = text.substring(i == 0 ? from : words.get(i - 1).end(), w.start());
            String joiner = i == 0 ? "" : words.get(i - 1).lower();
            if (i == 0 && firstCounts || between.contains(",") || layout.language.has("clause-joiners", joiner)
                    && !layout.language.has("relatives", joiner) && !layout.language.has("object-clauses", joiner)) {
                last = mention(w);
            }
        }
        return last;
    }

    /** A verb of saying that opens the clause it reports: "said that …", "said he …", "said while he …". */
    private boolean reports(Word verb, Word next) {
        String w = next.lower();
        return layout.language.frame(verb.lower()) == SpeechCues.Frame.CLAUSE && layout.passageAt(verb.start()) == null
                && (layout.language.has("clause-joiners", w) || layout.language.has("subject-pronouns", w));
    }

    private boolean before(Mention named, int passage) {
        Sentence s = layout.sentenceAt(passage);
        return named.end() <= passage && s != null && named.start() >= s.start();
    }

    /** The word up to an apostrophe: "he" of "he's". A loop, as {@code String.split} compiles its pattern per call. */
    private static String beforeApostrophe(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == '\'' || word.charAt(i) == '’') {
                return word.substring(0, i);
            }
        }
        return word;
    }

    private static Mention mention(Word w) {
        return new Mention(w.start(), w.end(), w.text(), null);
    }
}
