package org.quotedesk.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A verb of speech closing a relative clause whose pronoun is its subject: "ein Kommentar, der den Plan als
 * „…“ bezeichnet" is the comment's wording. Who speaks is the antecedent, named right before the comma.
 */
final class RelativeClauseCue {

    /** How far before its verb the relative clause may open, in characters: a passage and a few words. */
    private static final int REACH = 200;

    /** Punctuation between an article and the comma: the phrase is cut. */
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.„“”\"()]");

    /** How many words before the comma the antecedent's article may stand. */
    private static final int PHRASE_WORDS = 7;

    private final ArticleLayout layout;
    private final Mentions mentions;

    RelativeClauseCue(ArticleLayout layout, Mentions mentions) {
        this.layout = layout;
        this.mentions = mentions;
    }

    /** The antecedent of the relative clause this cue ends, in a sentence whose words run from {@code from} to {@code to}; null when it ends none. */
    Mention antecedent(Cue cue, int from, int to) {
        if (!layout.language.says("verb-second")) {
            return null;
        }
        String text = layout.text;
        int comma = cue.start() - 1;
        // The comma opening the clause, not one inside the passage it holds.
        while (comma >= Math.max(from, cue.start() - REACH) && (text.charAt(comma) != ',' || layout.passageAt(comma) != null)) {
            comma--;
        }
        if (comma < Math.max(from, cue.start() - REACH)) {
            return null;
        }
        List<Word> words = Word.in(text, comma + 1, cue.start(), 2);
        char after = layout.firstNonSpace(cue.end(), to);
        if (words.size() < 2 || !layout.language.has("subject-relatives", words.get(0).lower())
                || innerSubject(words.get(1))
                || after != ',' && after != '.' && after != 0) {
            return null;
        }
        return nounBefore(from, comma);
    }

    /** A word right after the relative pronoun that opens the clause's own subject: "die der Minister", "die er", "die Weber". */
    private boolean innerSubject(Word w) {
        Language language = layout.language;
        return w.capitalized() || language.has("pronouns", w.lower()) || language.has("generic-subjects", w.lower())
                || language.has("subject-articles", w.lower());
    }

    /**
     * The noun phrase ending at the comma, from its article: "eine kurze Nachricht", "ein Bericht der Stadt" (an
     * attribute in the genitive after a noun belongs to it). Null when no article opens one within a few words.
     */
    private Mention nounBefore(int from, int comma) {
        List<Word> words = Word.in(layout.text, Math.max(from, comma - REACH), comma);
        words = words.subList(Math.max(0, words.size() - PHRASE_WORDS), words.size());
        int opening = -1;
        for (int i = words.size() - 2; i >= 0 && opening < 0; i--) {
            if (PUNCTUATION.matcher(layout.text).region(words.get(i).end(), comma).find()) {
                return null;
            }
            opening = mentions.determiner(words.get(i)) ? i : -1;
        }
        while (opening >= 2 && words.get(opening - 1).capitalized() && mentions.determiner(words.get(opening - 2))) {
            opening -= 2;
        }
        return opening < 0 || !words.get(words.size() - 1).capitalized() ? null : mentions.mentionOf(words.subList(opening, words.size()));
    }
}
