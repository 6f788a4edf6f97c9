package org.quotedesk.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a passage in quote marks is, before anyone is looked for: someone's words, or a word
 * mentioned, a title or a headline; and, for a short passage with no speech verb in its sentence,
 * whether the sentence still gives it to someone ("Graham called both men “crazy.”").
 */
final class PassageKinds {

    /** Words right before quote marks that mention a word rather than quote a speaker. */
    private static final Pattern MENTIONED = Pattern.compile("\\b(?:word|words|term|phrase|label|expression"
            + "|slogan|hashtag|nickname|so-called|titled|entitled|headlined|book|film|movie|show|song|album"
            + "|series|column|op-ed|article|motto|mantra|chant|chants|chanting|sign|signs|program|programme|campaign)"
            + "\\s*$");

    /** A verb that gives someone's word for a thing, a few words before it: "what they called ''fraudulent''". */
    private static final Pattern LABELLED = Pattern.compile("\\b(?:call|calls|called|calling|dubbed|labell?ed|branded"
            + "|termed|deemed|described as|known as|referred to as|dismissed as)\\b[^.;:!?\"“”]{0,40}$");

    /** How far into its sentence a subject is looked for, in characters. */
    private static final int SUBJECT_REACH = 200;

    /** Words a title leaves in lower case: "Meet the Press". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "the", "and", "a", "an", "in", "to", "for", "on",
            "with");

    /** The pronouns that speak for a person, never for a body. */
    static final Set<String> PERSONAL = Set.of("he", "she", "i");

    private final String text;
    private final Mentions mentions;
    /** Read once, when a short quote's sentence opens with a single capitalised word. */
    private Set<String> lowercaseWords;
    private Set<String> namesInSentences;

    private int openingSentence = -1;
    private Mention opening;

    PassageKinds(String text, Mentions mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /** A passage in quote marks that quotes someone: not a mentioned word, not a title. */
    boolean quotesSomeone(QuotedPassage p) {
        int from = Math.max(0, p.open() - 40);
        int lineBreak = text.substring(from, p.open()).lastIndexOf('\n');
        String before = text.substring(lineBreak < 0 ? from : from + lineBreak + 1, p.open());
        List<Word> words = Word.in(text, p.start(), p.end());
        boolean clause = words.size() >= 4 && !words.get(0).capitalized();
        if (!clause && MENTIONED.matcher(before).find()) {
            // "the slogan “Axe the tax”", but not "his campaign “cannot forget us farmers”" nor "Dr. Song".
            return false;
        }
        // Every word capitalised is how titles and headlines are set ("Meet the Press."), never speech,
        // but for chants ("Marco! Marco!").
        if (words.size() < 2 || text.charAt(p.end() - 1) == '!' || !words.get(0).capitalized()) {
            return true;
        }
        return !words.stream().allMatch(w -> w.capitalized() || TITLE_SMALL_WORDS.contains(w.lower()));
    }

    /**
     * The person a sentence opens with, before the passage: a short quote with no speech verb is
     * still someone's words when a person is the subject ("Graham called both men “crazy.”"), but
     * not when a thing is ("It would be a “false flag” operation").
     */
    Mention personOpening(Sentence s, QuotedPassage p) {
        if (Character.isUpperCase(text.charAt(p.start()))) {
            // "loves “The Walking Dead”": a capitalised word or two with no speech verb is a title.
            return null;
        }
        Mention subject = openingOf(s);
        if (subject == null || subject.end() > p.open() || subject.end() < text.length() && "’'".indexOf(text.charAt(subject.end())) >= 0) {
            return null;
        }
        if (subject.pronoun()) {
            return PERSONAL.contains(subject.text().toLowerCase()) ? subject : null;
        }
        readWords();
        String[] words = Persons.withoutArticle(subject.text()).split("\\s+");
        boolean commonWord = lowercaseWords.contains(words[0].toLowerCase());
        boolean nameOnlyOpening = words.length == 1 && !namesInSentences.contains(words[0]);
        return !commonWord && !nameOnlyOpening && Persons.looksLikePerson(subject.text()) ? subject : null;
    }

    /** The subject that opens the sentence, read once per sentence and no further than its start. */
    private Mention openingOf(Sentence s) {
        if (openingSentence != s.index()) {
            openingSentence = s.index();
            opening = mentions.opening(s.start(), Math.min(s.end(), s.start() + SUBJECT_REACH));
        }
        return opening;
    }

    /** Where a verb of naming ("called", "dubbed") starts a few words before the passage, or -1. */
    int labelling(Sentence s, QuotedPassage p) {
        int from = Math.max(s.start(), p.open() - 80);
        Matcher m = LABELLED.matcher(text.substring(from, p.open()));
        return m.find() ? from + m.start() : -1;
    }

    /**
     * The words the article writes in lower case, and those it capitalises inside a sentence: "Only"
     * or "Ask" opening a sentence is no name when "only" appears and "Ask" appears nowhere else.
     */
    private void readWords() {
        if (lowercaseWords == null) {
            lowercaseWords = new HashSet<>();
            namesInSentences = new HashSet<>();
            for (Word w : Word.in(text, 0, text.length())) {
                if (!w.capitalized()) {
                    lowercaseWords.add(w.lower());
                } else if (w.start() > 1 && Character.isLetterOrDigit(text.charAt(w.start() - 2))
                        && text.charAt(w.start() - 1) == ' ') {
                    namesInSentences.add(w.text());
                }
            }
        }
    }
}
