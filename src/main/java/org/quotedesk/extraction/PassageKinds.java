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

    /** How far after a passage the form of "be" and the determiner that define it are looked for, in characters. */
    private static final int TERM_REACH = 30;

    private final String text;
    private final ArticleLayout layout;
    private final Mentions mentions;
    private final Language language;
    private final WorkCitations citations;
    private final NamingVerbs naming;
    private final TitleLists lists;
    private final LowerCaseWordInMarks lowerCaseWord;
    /** Read once, when a short quote's sentence opens with a single capitalised word. */
    private Set<String> lowercaseWords;
    private Set<String> namesInSentences;

    private int openingSentence = -1;
    private Mention opening;

    PassageKinds(String text, ArticleLayout layout, Mentions mentions, Language language) {
        this.text = text;
        this.layout = layout;
        this.mentions = mentions;
        this.language = language;
        this.citations = new WorkCitations(text, language);
        this.naming = new NamingVerbs(text, mentions, language);
        this.lists = new TitleLists(text, language, layout);
        this.lowerCaseWord = new LowerCaseWordInMarks(text, language);
    }

    /** The verbs of naming before passages in this text. */
    NamingVerbs naming() {
        return naming;
    }

    /** A passage in quote marks that quotes someone: not a mentioned word, not a title. */
    boolean quotesSomeone(QuotedPassage p) {
        int from = Math.max(0, p.open() - 40);
        int lineBreak = text.substring(from, p.open()).lastIndexOf('\n');
        int beforeStart = lineBreak < 0 ? from : from + lineBreak + 1;
        String before = text.substring(beforeStart, p.open());
        List<Word> touching = wordsTouching(beforeStart, p.open());
        List<Word> words = Word.in(text, p.start(), p.end());
        if (words.size() == 1 && words.get(0).text().length() == 1 && Character.isLetter(words.get(0).text().charAt(0))) {
            // One letter in quote marks is spelt out or names a grade or a party (an “R” beside his name), never speech.
            return false;
        }
        if (foreignPhrase(p, words) || lowerCaseWord.namesOrDoubts(p, words)) {
            return false;
        }
        if (language.says("host-names-named") && hostName(p)) {
            // A web address in quote marks (''news.example.org'') names a site; the language says so, as
            // English news also quote addresses shown as messages (a banner reading “vote.example.us”).
            return false;
        }
        if (!words.isEmpty() && naming.outcry(p.open(), p.open() - before.length()) >= 0) {
            // "chants of “Grain Out! Grain Out!”": a crowd's words, whatever their case.
            return true;
        }
        if (!words.isEmpty() && (citations.citesWork(p) || definedTerm(p, before) || lists.listsTitles(p)
                || PassiveNaming.termByNobody(text, language, p))) {
            return false;
        }
        boolean nounsCapitalized = language.says("nouns-capitalized");
        // Where nouns are capitalised, a figure opens names too ("Motto „50 Jahre …“"): only a lower-case
        // word opens a clause.
        boolean clause = words.size() >= 4 && (nounsCapitalized
                ? Character.isLowerCase(words.get(0).text().charAt(0)) : !words.get(0).capitalized());
        char last = text.charAt(p.end() - 1);
        // Where nouns are capitalised, a name in lower case after the noun naming its kind is still a name: the
        // Magazin „auto, motor und sport“; a passage ending as a sentence does is words said.
        boolean lowerCaseName = nounsCapitalized && ".!?".indexOf(last) < 0;
        boolean capitalised = Character.isUpperCase(text.charAt(p.start()));
        if ((!clause || lowerCaseName) && mentionsWord(touching, capitalised)
                && naming.wording(p.open(), p.open() - before.length()) < 0) {
            // "the slogan “Axe the tax”", but not "his campaign “cannot forget us farmers”" nor "Dr. Song".
            return false;
        }
        if (nounsCapitalized) {
            // Where nouns are capitalised, one capitalised word in quote marks names a paper or a product
            // too, and a name of ten words is still a name ("Nationale Front für Demokratie gegen Diktatur").
            // An article right before the marks makes a capitalised noun phrase a noun of its sentence, a
            // name: "die „Woche des verbotenen Buches“"; one in brackets translates a name before it.
            return words.isEmpty() || words.size() > 10 || endsSentence(last, words)
                    || !titleCase(words) && !(afterArticle(touching) && nounPhrase(words)) && !before.strip().endsWith("(");
        }
        // Every word capitalised is how titles and headlines are set ("Meet the Press."), never speech,
        // but for chants ("Marco! Marco!"); after a possessive even one word is the name of a work ("NBC's “Today”").
        if (words.size() >= 2 && last != '!' && Character.isDigit(words.get(0).text().charAt(0))
                && titleCase(words.subList(1, words.size()))) {
            // A figure opens titles too: CBS' “60 Minutes”, “13 Hours: The Secret Soldiers of Benghazi”.
            return false;
        }
        if (words.isEmpty() || last == '!' || !words.get(0).capitalized()) {
            return true;
        }
        return words.size() < 2 && !afterPossessive(touching) || !titleCase(words);
    }

    /**
     * "“Your Honor,” I said", "“Like Oakland. Or Ferguson,” Trump said": a passage opening its sentence, cut off
     * by a comma or ending in a question or a cry, with its speaker and speech verb right after, is said, even
     * capitalised as a title or a form of address is.
     */
    boolean saidOpening(Sentence s, QuotedPassage p, SentenceCues cues) {
        if (p.close() < 0 || p.end() == p.start()) {
            return false;
        }
        // Where the verb comes second, the comma follows the marks and the verb the comma: „Noch eine Woche“, sagte Tom Keller.
        boolean verbSecond = language.says("verb-second");
        boolean comma = text.charAt(p.end()) == ',' || verbSecond && p.outerEnd() < text.length() && text.charAt(p.outerEnd()) == ',';
        if (!comma && "?!".indexOf(text.charAt(p.end() - 1)) < 0 || layout.lastNonSpace(s.start(), p.open()) != 0) {
            return false;
        }
        Cue cue = cues.forPassage(p);
        int between = cue == null || cue.start() < p.outerEnd() ? 0 : Word.in(text, p.outerEnd(), cue.start(), 3).size();
        boolean verbNext = verbSecond && between == 0 && cue != null && cue.start() >= p.outerEnd();
        return between >= 1 && between <= 2 || verbNext;
    }

    /** How many words a phrase of another language cited as a name or saying holds at most. */
    private static final int FOREIGN_WORDS = 8;

    /** How far before a colon the noun naming a work it introduces is looked for, in characters. */
    private static final int COLON_CLAUSE = 60;

    /**
     * „Have a nice day“ in a German text: a few words holding a small word only another language writes, not
     * ending as a sentence does, name an album, a song or a saying. Someone's words in that language end as a
     * sentence, or a comma leads to the verb („…“, sagte sie), or a colon opens them, unless the clause before
     * the colon names a work („stellte die neue CD vor: „…““).
     */
    private boolean foreignPhrase(QuotedPassage p, List<Word> words) {
        if (words.isEmpty() || words.size() > FOREIGN_WORDS || ".!?".indexOf(text.charAt(p.end() - 1)) >= 0
                || words.stream().noneMatch(w -> language.has("foreign-words", w.lower()))) {
            return false;
        }
        if (layout.firstNonSpace(p.outerEnd(), text.length()) == ',') {
            return false;
        }
        int before = layout.trimEnd(0, p.open());
        return before == 0 || text.charAt(before - 1) != ':'
                || Word.in(text, Math.max(0, before - 1 - COLON_CLAUSE), before - 1).stream().anyMatch(w -> namesWork(w.lower()));
    }

    /** A noun naming a work or a word, or a compound ending in one: "CD", "Beatles-LP". */
    private boolean namesWork(String lower) {
        return language.has("mentioned", lower) || language.has("mentioned", lower.substring(lower.lastIndexOf('-') + 1));
    }

    /** Labels of a host name joined by dots, without spaces: "news.example.org". */
    private static final Pattern HOST_NAME =
            Pattern.compile("[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    private boolean hostName(QuotedPassage p) {
        return p.end() > p.start() && HOST_NAME.matcher(text.substring(p.start(), p.end())).matches();
    }

    /** A stop ends the passage's sentence, but an abbreviation's full stop ends none: „… Wissens e.V.“ is a name. */
    private boolean endsSentence(char last, List<Word> words) {
        return last == '!' || last == '?' || last == '.' && !language.has("abbreviations", words.get(words.size() - 1).lower());
    }

    /** Whether a year in brackets follows the passage: a slogan or a work, unless a verb says it was spoken. */
    boolean dated(QuotedPassage p) {
        return citations.dated(p);
    }

    /**
     * "“Non-paper” is a diplomatic term for …": a passage that opens its sentence and is followed right
     * away by a form of "be" and a determiner is what the sentence defines, a term, not speech.
     */
    private boolean definedTerm(QuotedPassage p, String before) {
        int end = before.length();
        while (end > 0 && (Character.isWhitespace(before.charAt(end - 1)) || "\"”’'".indexOf(before.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (p.close() < 0 || end > 0 && ".!?".indexOf(before.charAt(end - 1)) < 0
                || p.outerEnd() + 1 >= text.length() || text.charAt(p.outerEnd()) != ' ') {
            return false;
        }
        List<Word> next = Word.in(text, p.outerEnd(), Math.min(text.length(), p.outerEnd() + TERM_REACH), 2);
        return next.size() == 2 && text.substring(p.end(), next.get(0).start()).chars().noneMatch(c -> ",.;:!?".indexOf(c) >= 0)
                && language.has("be-forms", next.get(0).lower()) && language.has("noun-determiners", next.get(1).lower());
    }

    /**
     * The words between the offsets when the last of them ends right before {@code open} (nothing but
     * spaces between), else none: the words the three tests below read back from the marks.
     */
    private List<Word> wordsTouching(int from, int open) {
        List<Word> words = Word.in(text, from, open);
        return !words.isEmpty() && text.substring(words.get(words.size() - 1).end(), open).isBlank() ? words : List.of();
    }

    /** The marks follow a possessive right away: "Fox's “Hannity”", a show or work of that owner. */
    private static boolean afterPossessive(List<Word> touching) {
        return !touching.isEmpty() && touching.get(touching.size() - 1).possessive();
    }

    private boolean afterArticle(List<Word> touching) {
        return !touching.isEmpty() && language.has("determiners", touching.get(touching.size() - 1).lower());
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
        return lists.titleCase(words);
    }

    /**
     * Words right before quote marks that mention a word rather than quote a speaker: "the word",
     * "das Motto". In lower case, where nouns are: "Dr. Song “was…”" is no show. A body ("die Initiative")
     * is named only by a capitalised passage: a lower-case one is what someone calls it.
     */
    private boolean mentionsWord(List<Word> words, boolean capitalised) {
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
            if (anyCase && i == words.size() - 1 && (language.has("mentioned", phrase.substring(phrase.lastIndexOf('-') + 1))
                    || language.endsWith("mentioned-endings", phrase) || capitalised && language.endsWith("body-endings", phrase))) {
                // The last part of a compound names the kind too: "die Beatles-LP „…“", "im Phänomenbereich „…“".
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
