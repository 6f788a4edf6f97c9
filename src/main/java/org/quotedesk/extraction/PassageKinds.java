package org.quotedesk.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a passage in quote marks is, before anyone is looked for: someone's words, or a word
 * mentioned, a title or a headline; and, for a short passage with no speech verb in its sentence,
 * whether the sentence still gives it to someone ("Graham called both men “crazy.”").
 */
final class PassageKinds {

    /** How far into its sentence a subject is looked for, in characters. */
    private static final int SUBJECT_REACH = 200;

    /** How far before the passage a verb of naming may stand, in characters. */
    private static final int LABELLING_REACH = 40;

    /** A stop or another quote mark between a verb of naming and the passage cuts them apart. */
    private static final Pattern BREAK = Pattern.compile("[.;:!?\"“”]");

    /** How many words from a verb of naming to the passage are read for its agent ("seen by the party's organizers as a"). */
    private static final int LABELLED_WORDS = 12;

    /** How many words a verb of naming may stand before the last word of its phrase, its object between them. */
    private static final int OBJECT_REACH = 10;

    /** Between a verb of naming and its phrase's last word, abbreviations keep their stops; a clause's end or a quote cuts. */
    private static final Pattern MARKS = Pattern.compile("[;:!?\"“”]");

    private final String text;
    private final Mentions mentions;
    private final Language language;
    /** Read once, when a short quote's sentence opens with a single capitalised word. */
    private Set<String> lowercaseWords;
    private Set<String> namesInSentences;

    private int openingSentence = -1;
    private Mention opening;

    PassageKinds(String text, Mentions mentions, Language language) {
        this.text = text;
        this.mentions = mentions;
        this.language = language;
    }

    /** A passage in quote marks that quotes someone: not a mentioned word, not a title. */
    boolean quotesSomeone(QuotedPassage p) {
        int from = Math.max(0, p.open() - 40);
        int lineBreak = text.substring(from, p.open()).lastIndexOf('\n');
        String before = text.substring(lineBreak < 0 ? from : from + lineBreak + 1, p.open());
        List<Word> words = Word.in(text, p.start(), p.end());
        if (words.size() == 1 && words.get(0).text().length() == 1 && Character.isLetter(words.get(0).text().charAt(0))) {
            // One letter in quote marks is spelt out or names a grade or a party (an “R” beside his name), never speech.
            return false;
        }
        boolean nounsCapitalized = language.says("nouns-capitalized");
        // Where nouns are capitalised, a figure opens names too ("Motto „50 Jahre …“"): only a lower-case
        // word opens a clause.
        boolean clause = words.size() >= 4 && (nounsCapitalized
                ? Character.isLowerCase(words.get(0).text().charAt(0)) : !words.get(0).capitalized());
        if (!clause && mentionsWord(before)) {
            // "the slogan “Axe the tax”", but not "his campaign “cannot forget us farmers”" nor "Dr. Song".
            return false;
        }
        char last = text.charAt(p.end() - 1);
        if (nounsCapitalized) {
            // Where nouns are capitalised, one capitalised word in quote marks names a paper or a product
            // too, and a name of ten words is still a name ("Nationale Front für Demokratie gegen Diktatur").
            // An article right before the marks makes a capitalised noun phrase a noun of its sentence, a
            // name: "die „Woche des verbotenen Buches“"; one in brackets translates a name before it.
            return words.isEmpty() || words.size() > 10 || ".!?".indexOf(last) >= 0
                    || !titleCase(words) && !(afterArticle(before) && nounPhrase(words)) && !before.strip().endsWith("(");
        }
        // Every word capitalised is how titles and headlines are set ("Meet the Press."), never speech,
        // but for chants ("Marco! Marco!"); after a possessive even one word is the name of a work ("NBC's “Today”").
        if (words.isEmpty() || last == '!' || !words.get(0).capitalized()) {
            return true;
        }
        return words.size() < 2 && !afterPossessive(before) || !titleCase(words);
    }

    /** The marks follow a possessive right away: "Fox's “Hannity”", a show or work of that owner. */
    private static boolean afterPossessive(String before) {
        List<Word> words = Word.in(before, 0, before.length());
        return !words.isEmpty() && before.substring(words.get(words.size() - 1).end()).isBlank()
                && words.get(words.size() - 1).possessive();
    }

    private boolean afterArticle(String before) {
        List<Word> words = Word.in(before, 0, before.length());
        return !words.isEmpty() && before.substring(words.get(words.size() - 1).end()).isBlank()
                && language.has("determiners", words.get(words.size() - 1).lower());
    }

    /**
     * Capitalised words and small words of titles after a figure or a capitalised word ("4. Winterwelt"),
     * and lower-case words only as inflected
     * adjectives before a noun ("verbotenen Buches"); a verb makes it a clause ("Geist wach ist").
     */
    private boolean nounPhrase(List<Word> words) {
        if (!Character.isUpperCase(words.get(0).text().charAt(0)) && !Character.isDigit(words.get(0).text().charAt(0))) {
            return false;
        }
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            boolean adjective = language.endsWith("adjective-endings", w.lower()) && i + 1 < words.size() && words.get(i + 1).capitalized();
            if (!w.capitalized() && !adjective && !language.has("title-small-words", w.lower())) {
                return false;
            }
        }
        return true;
    }

    private boolean titleCase(List<Word> words) {
        return words.stream().allMatch(w -> w.capitalized() || language.has("title-small-words", w.lower()));
    }

    /**
     * Words right before quote marks that mention a word rather than quote a speaker: "the word",
     * "das Motto". In lower case, where nouns are: "Dr. Song “was…”" is no show.
     */
    private boolean mentionsWord(String before) {
        List<Word> words = Word.in(before, 0, before.length());
        if (words.isEmpty() || !before.substring(words.get(words.size() - 1).end()).isBlank()) {
            return false;
        }
        boolean anyCase = language.says("nouns-capitalized");
        String phrase = "";
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
            Word w = words.get(i);
            if (!anyCase && !w.text().equals(w.lower())) {
                return false;
            }
            phrase = phrase.isEmpty() ? w.lower() : w.lower() + " " + phrase;
            if (language.has("mentioned", phrase)) {
                return true;
            }
            if (anyCase && i == words.size() - 1 && language.has("mentioned", phrase.substring(phrase.lastIndexOf('-') + 1))) {
                // The last part of a compound names the kind too: "die Beatles-LP „…“".
                return true;
            }
        }
        return false;
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
            return language.has("person-pronouns", subject.text().toLowerCase()) ? subject : null;
        }
        readWords();
        String[] words = Persons.withoutArticle(subject.text()).split("\\s+");
        boolean commonWord = lowercaseWords.contains(words[0].toLowerCase());
        boolean nameOnlyOpening = words.length == 1 && !namesInSentences.contains(words[0]) && !mentions.edges.titled(subject);
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

    /**
     * Where a verb of naming ("called", "dubbed") starts a few words before the passage, with no
     * stop or other quote between them, or -1: "what they called ''fraudulent''".
     */
    int labelling(Sentence s, QuotedPassage p) {
        List<Word> words = Word.in(text, Math.max(s.start(), p.open() - 80), p.open());
        for (int i = 0; i < words.size(); i++) {
            String phrase = "";
            for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                phrase = phrase.isEmpty() ? words.get(j).lower() : phrase + " " + words.get(j).lower();
                int after = words.get(j).end();
                if (language.has("labelling", phrase) && p.open() - after <= LABELLING_REACH
                        && !BREAK.matcher(text).region(after, p.open()).find()) {
                    return words.get(i).start();
                }
            }
        }
        return objectBetween(s, p);
    }

    /**
     * Who names the thing by the passage, given where the verb of naming starts: the agent of a passive
     * ("seen by organizers as a “lifeboat”"), the subject of the sentence for a participle ("The nominee
     * staked his campaign on it, portraying them as “rapists”"), else whoever stands before the verb.
     */
    Mention labeller(Sentence s, QuotedPassage p, int labelling) {
        List<Word> after = Word.in(text, labelling, p.open(), LABELLED_WORDS);
        int link = after.size() - 1;
        while (link > 0 && article(after.get(link))) {
            link--;
        }
        if (link > 2 && language.has("passive-agents", after.get(1).lower())) {
            // The agent stands between "by" and the word linking it to the passage ("as").
            Mention agent = mentions.before(after.get(1).end(), after.get(link).start());
            if (agent != null) {
                return agent;
            }
        }
        if (!after.isEmpty() && language.endsWith("participle-endings", after.get(0).lower())) {
            Mention subject = openingOf(s);
            if (subject != null && subject.end() <= labelling) {
                return subject;
            }
        }
        return mentions.before(s.start(), labelling);
    }

    /**
     * Where a verb of naming starts whose phrase ends with the word right before the passage, the
     * verb up to {@link #OBJECT_REACH} words before that word, or -1: "dismissed the criticism of his
     * remarks as ''talking points''", with "dismissed as" listed.
     */
    private int objectBetween(Sentence s, QuotedPassage p) {
        List<Word> words = Word.in(text, Math.max(s.start(), p.open() - 200), p.open());
        int last = words.size() - 1;
        if (last < 1 || !text.substring(words.get(last).end(), p.open()).isBlank()) {
            return -1;
        }
        if (article(words.get(last))) {
            // "portrayed the shooting as a “workplace” issue": the article is the passage's, the link comes before it.
            last--;
        }
        String link = words.get(last).lower();
        for (int i = Math.max(0, last - OBJECT_REACH); i < last; i++) {
            String phrase = "";
            for (int j = i; j < Math.min(last, i + 2); j++) {
                phrase = phrase.isEmpty() ? words.get(j).lower() : phrase + " " + words.get(j).lower();
                if (language.has("labelling", phrase + " " + link)
                        && !MARKS.matcher(text).region(words.get(j).end(), p.open()).find()) {
                    return words.get(i).start();
                }
            }
        }
        return -1;
    }

    private boolean article(Word w) {
        return language.has("indefinite-articles", w.lower()) || language.has("definite-articles", w.lower());
    }

    /** How many words at most join two passages as one list: "and", "or a". */
    private static final int JOINING_WORDS = 2;

    /**
     * Whether only a joining word and maybe an article stand between two passages: "a “new low” and a
     * “bizarre attempt”" lists two phrases of one speaker.
     */
    boolean joined(QuotedPassage first, QuotedPassage second) {
        if (first.close() < 0 || second.open() < first.outerEnd()) {
            return false;
        }
        List<Word> between = Word.in(text, first.outerEnd(), second.open(), JOINING_WORDS + 1);
        return !between.isEmpty() && between.size() <= JOINING_WORDS && language.has("passage-joiners", between.get(0).lower())
                && (between.size() == 1 || language.has("indefinite-articles", between.get(1).lower())
                        || language.has("definite-articles", between.get(1).lower()))
                && text.substring(first.outerEnd(), second.open()).chars().noneMatch(c -> c == '.' || c == ';' || c == ':');
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
