package org.quotedesk.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Verbs of naming before a passage in quote marks ("called", "portrayed … as", "using the term"): the
 * passage is then the namer's word for a thing or a person, and who the namer is.
 */
final class NamingVerbs {

    /** How far before the passage a verb of naming may stand, in characters. */
    static final int LABELLING_REACH = 40;

    /** A stop or another quote mark between a verb of naming and the passage cuts them apart. */
    private static final Pattern BREAK = Pattern.compile("[.;:!?\"“”]");

    /** A dash between a verb of naming and the passage sets the passage apart: "called a vote — “No to Tolls”". */
    private static final Pattern DASH = Pattern.compile("[—–]");

    /** What may stand between a word of crying out and the marks: "chanting, “…”". */
    private static final Pattern OUTCRY_GAP = Pattern.compile("[\\s,:]*");

    /** How far before the marks the link word of a verb of naming set after the passage is read, in characters. */
    private static final int LINK_REACH = 12;

    /** How many words after the passage a verb of naming that closes its clause may stand. */
    static final int VERB_AFTER_WORDS = 4;

    /** A stop, a comma or another quote mark between the passage and a verb after it cuts them apart. */
    private static final Pattern AFTER_BREAK = Pattern.compile("[.,;:!?\"“”„]");

    /** How many words from a verb of naming to the passage are read for its agent ("seen by the party's organizers as a"). */
    private static final int LABELLED_WORDS = 12;

    /** How many words a verb of naming may stand before the last word of its phrase, its object between them. */
    private static final int OBJECT_REACH = 10;

    /** Between a verb of naming and its phrase's last word, abbreviations keep their stops; a clause's end or a quote cuts. */
    private static final Pattern MARKS = Pattern.compile("[;:!?\"“”]");

    /** How far into its sentence a participle's subject is looked for, in characters. */
    private static final int SUBJECT_REACH = 200;

    private final String text;
    private final Mentions mentions;
    private final Language language;
    private final NamingClauses clauses;

    NamingVerbs(String text, Mentions mentions, Language language) {
        this.text = text;
        this.mentions = mentions;
        this.language = language;
        this.clauses = new NamingClauses(text, language);
    }

    /**
     * Where a verb of naming ("called", "dubbed") starts a few words before the passage, with no
     * stop or other quote between them, or -1: "what they called ''fraudulent''". A word of crying
     * out right before it counts as one: the crowd named before it chants the passage.
     */
    int labelling(Sentence s, QuotedPassage p) {
        int outcry = outcry(p.open(), s.start());
        if (outcry >= 0) {
            // A crowd's words with no crowd written before them are nobody's the sentence names.
            return crier(s, outcry) != null ? outcry : -1;
        }
        int wording = wording(p.open(), s.start());
        if (wording >= 0) {
            return wording;
        }
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
        int object = objectBetween(s, p);
        return object >= 0 ? object : namedAfter(s, p);
    }

    /** Whether a verb of naming closes the passage's clause after it: "als „…“ bezeichnete", its subject the namer. */
    boolean closesClause(Sentence s, QuotedPassage p) {
        return namedAfter(s, p) >= 0;
    }

    /**
     * Where the link word right before the passage starts when a verb of naming closes the clause a few
     * words after it, or -1: German sets the verb last ("die den Plan als „Wortbruch“ bezeichnete").
     */
    private int namedAfter(Sentence s, QuotedPassage p) {
        List<Word> before = Word.in(text, Math.max(s.start(), p.open() - LINK_REACH), p.open());
        if (p.close() < 0 || before.isEmpty() || !text.substring(before.get(before.size() - 1).end(), p.open()).isBlank()
                || !language.has("labelling-links", before.get(before.size() - 1).lower())) {
            return -1;
        }
        int until = Math.min(s.end(), p.outerEnd() + LABELLING_REACH);
        for (Word w : Word.in(text, p.outerEnd(), until, VERB_AFTER_WORDS)) {
            if (AFTER_BREAK.matcher(text).region(p.outerEnd(), w.start()).find()) {
                return -1;
            }
            if (language.has("labelling-after", w.lower())) {
                return before.get(before.size() - 1).start();
            }
        }
        return -1;
    }

    /**
     * Where a verb of using words starts before "the term" or "the words" right before the marks, or
     * -1: "refused to say the words “radical Islam”" quotes what someone says, where "the word “pivot”"
     * alone only mentions it.
     */
    int wording(int open, int from) {
        List<Word> words = Word.in(text, Math.max(from, open - LABELLING_REACH), open);
        int last = words.size() - 1;
        if (last < 1 || !text.substring(words.get(last).end(), open).isBlank() || !language.has("mentioned", words.get(last).lower())) {
            return -1;
        }
        int verbEnd = article(words.get(last - 1)) ? last - 2 : last - 1;
        String phrase = "";
        for (int i = verbEnd; i >= Math.max(0, verbEnd - 1); i--) {
            phrase = phrase.isEmpty() ? words.get(i).lower() : words.get(i).lower() + " " + phrase;
            if (language.has("wording-verbs", phrase)) {
                // "the last country to want to use the word “war”": an intention says nothing yet.
                return SpeechCues.intended(language, words, i) ? -1 : words.get(i).start();
            }
        }
        return -1;
    }

    /**
     * Where a word of crying out ends right before the marks, maybe with a comma or colon between, the
     * word's start, or -1: "chants of “Grain Out!”" and "chanting “Wheat First.”" are a crowd's words.
     */
    int outcry(int open, int from) {
        List<Word> words = Word.in(text, Math.max(from, open - LABELLING_REACH), open);
        int last = words.size() - 1;
        if (last < 0 || !OUTCRY_GAP.matcher(text).region(words.get(last).end(), open).matches()) {
            return -1;
        }
        if (language.has("outcries", words.get(last).lower())) {
            return words.get(last).start();
        }
        return last > 0 && language.has("outcries", words.get(last - 1).lower() + " " + words.get(last).lower())
                ? words.get(last - 1).start() : -1;
    }

    /**
     * Whether a verb of naming with its object between gives the passage as a name for someone or
     * something ("Jacobs called Merkel “The Chancellor of the Free World”", "refers to the governor as
     * “Chris”"): the namer's words even in capitals, as is a name given a thing ("a film called “Brokers”"). The cue
     * the sentence gives the passage, if any.
     */
    boolean epithet(Sentence s, QuotedPassage p, Cue cue) {
        if (p.end() - p.start() < 2) {
            // One letter is never a name given, and a text of them stays quick to read.
            return false;
        }
        int labelling = labelling(s, p);
        boolean closing = labelling >= 0 && labelling == namedAfter(s, p);
        List<Word> words = labelling < 0 ? List.of() : Word.in(text, labelling, p.open(), LABELLED_WORDS);
        boolean given = NameGiving.alone(language, words);
        if (cue != null && cue.start() > p.open() && !given && !(closing && !clauses.passiveAfter(s, p) && !clauses.inInnerClause(s, labelling))) {
            // "“Mr. Trump,” while Trump refers to him": another speaker's verb after the passage claims it, unless
            // it is the naming verb closing the clause (bezeichnete); not for a passive („als „…“ bezeichnet wird“),
            // which names a term by nobody, nor in an inner clause, whose namer is not the sentence's opening. A name
            // given ("a book titled “…”, he said") is the name whoever speaks after it.
            return false;
        }
        if (closing) {
            return true;
        }
        if (labelling < 0 || DASH.matcher(text).region(labelling, p.open()).find() || namesNounBefore(labelling, p)
                || NameGiving.ownName(language, words)) {
            return false;
        }
        List<Word> before = Word.in(text, Math.max(s.start(), labelling - 30), labelling);
        for (int i = Math.max(0, before.size() - 2); i < before.size(); i++) {
            if (language.has("negations", before.get(i).lower())) {
                // "not once referring to him as “Little Marco”": a name not given.
                return false;
            }
        }
        if (words.stream().anyMatch(w -> language.has("generic-subjects", w.lower()))) {
            // "Das nennt man einen „Aktiensplit“": a term everyone uses, nobody's word.
            return false;
        }
        int last = words.size() - 1;
        while (last > 0 && (article(words.get(last)) || language.has("labelling", words.get(last).lower())
                || language.has("labelling", words.get(0).lower() + " " + words.get(last).lower()))) {
            last--;
        }
        // "a call to ABC's “This Week”": a possessive right before the marks owns a show. The verb alone: a name given.
        return last == 0 ? given : !words.get(last).possessive();
    }

    /**
     * Where nouns are capitalised, a determiner and a noun right before the marks make the passage that
     * noun's name: "nannte im Gespräch mit dem Radiosender „…“" names the station, not a word for a thing.
     */
    private boolean namesNounBefore(int labelling, QuotedPassage p) {
        List<Word> words = Word.in(text, labelling, p.open());
        int last = words.size() - 1;
        return language.says("nouns-capitalized") && last >= 2 && text.substring(words.get(last).end(), p.open()).isBlank()
                && words.get(last).capitalized() && language.has("determiners", words.get(last - 1).lower());
    }

    /**
     * Who names the thing by the passage, given where the verb of naming starts: the agent of a passive
     * ("seen by organizers as a “lifeboat”"), the subject of the sentence for a participle ("The nominee
     * staked his campaign on it, portraying them as “rapists”"), else the subject the sentence's cues read
     * for the verb.
     */
    Mention labeller(Sentence s, QuotedPassage p, int labelling, SentenceCues cues) {
        if (outcry(p.open(), s.start()) == labelling) {
            return crier(s, labelling);
        }
        if (labelling == namedAfter(s, p)) {
            // The verb closes the clause: its subject opens it, before the objects ("Die Stadt wies dies als „…“ zurück").
            Mention opening = mentions.opening(s.start(), labelling);
            if (opening != null && (mentions.order.clearlySubject(opening) || auxiliaryAfter(opening))) {
                return opening;
            }
        }
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
            Mention subject = mentions.opening(s.start(), Math.min(s.end(), s.start() + SUBJECT_REACH));
            if (subject != null && subject.end() <= labelling && agentLike(subject)) {
                return subject;
            }
            Mention named = lastNameBefore(s, labelling);
            if (named != null) {
                return named;
            }
        }
        return cues.labeller(labelling);
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

    /**
     * Who cries out the passage: the owner the outcry's noun phrase opens with ("their chants of"),
     * else who is written before that phrase ("the farmers answered with the old chant"); null when nobody is.
     */
    private Mention crier(Sentence s, int outcry) {
        List<Word> before = Word.in(text, Math.max(s.start(), outcry - LABELLING_REACH), outcry);
        int phraseStart = outcry;
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 2); i--) {
            Word w = before.get(i);
            if (language.has("noun-determiners", w.lower())) {
                if (!article(w) && !language.has("relatives", w.lower())) {
                    return new Mention(w.start(), w.end(), w.text(), null);
                }
                phraseStart = w.start();
                break;
            }
        }
        return mentions.before(s.start(), phraseStart);
    }

    /**
     * Whether an auxiliary or a modal verb, the finite verb standing second, follows the opening right away:
     * "Die Stadt hatte den Plan …" opens with its subject, unless an object's determiner opens it.
     */
    private boolean auxiliaryAfter(Mention opening) {
        List<Word> next = Word.first(text, opening.end(), Math.min(text.length(), opening.end() + 20));
        String first = Word.first(text, opening.start(), opening.end()).get(0).lower();
        return !next.isEmpty() && text.substring(opening.end(), next.get(0).start()).isBlank()
                && (language.has("bracket-auxiliaries", next.get(0).lower()) || language.has("modal-verbs", next.get(0).lower()))
                && !language.has("object-determiners", first);
    }

    /** A person, a body or a description of one ("the nominee"), not a thing ("Another exchange"). */
    private static boolean agentLike(Mention m) {
        return m.pronoun() || m.description() || Persons.looksLikePerson(m.text())
                || Word.in(m.text(), 0, m.text().length()).stream().anyMatch(w -> Language.listedInAny("body-words", w.lower()));
    }

    /** The last run of capitalised words before a participle that reads as a person's name, inside the sentence. */
    private Mention lastNameBefore(Sentence s, int participle) {
        List<Word> words = Word.in(text, s.start(), participle);
        int end = words.size() - 1;
        while (end > 0) {
            int start = end;
            while (start >= 0 && words.get(start).capitalized()) {
                start--;
            }
            if (start < end && start >= 0) {
                int from = words.get(start + 1).start();
                int to = words.get(end).end();
                if (Persons.looksLikePerson(text.substring(from, to))) {
                    return new Mention(from, to, text.substring(from, to), null);
                }
            }
            end = Math.min(start, end) - 1;
        }
        return null;
    }

    private boolean article(Word w) {
        return language.has("indefinite-articles", w.lower()) || language.has("definite-articles", w.lower());
    }
}
