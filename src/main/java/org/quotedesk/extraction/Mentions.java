package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds who a cue's subject is: before the cue ("Peskov told"), or after it ("said Kamala Harris"). */
final class Mentions {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Words that end the clause holding a subject. */
    static final Set<String> CLAUSE_BREAKS = Language.listedInAny("clause-breaks");

    /** Words after an inverted cue that end the subject: "said Harris, who", "said Trump in a speech". */
    private static final Set<String> INVERTED_STOPS = Language.listedInAny("inverted-stops");

    /** Lower-case words inside a name or title: "Secretary of State", "Ursula von der Leyen". */
    static final Set<String> CONNECTORS = Language.listedInAny("name-connectors");

    /** "about the protest in Brussels": what a speaker's mention never opens with. */
    static final Set<String> PREPOSITIONS = Language.listedInAny("mention-prepositions");

    /** Adverbs and conjunctions that open a sentence before its subject: "But Trump said". */
    static final Set<String> OPENERS = Language.listedInAny("connective-adverbs");

    private final String text;
    private final Language language;
    final Roles roles;
    final NameEdges edges;
    final SubjectBeforeCue subjectBefore;
    private final FrontedPhrase fronted;
    /** What a verb-second order says of subjects and objects. */
    final WordOrder order;

    Mentions(String text, Language language) {
        this.text = text;
        this.language = language;
        this.roles = new Roles(text, this, language);
        this.edges = new NameEdges(text, language, this);
        this.subjectBefore = new SubjectBeforeCue(text, language, this);
        this.fronted = new FrontedPhrase(text, language, this);
        this.order = new WordOrder(text, language, this);
    }

    /** The subject written between {@code from} and the cue at {@code cueStart}, or null. */
    Mention before(int from, int cueStart) {
        return fronted.subjectPast(edges.speakerShaped(subjectBefore.read(from, cueStart)), from, cueStart);
    }

    /** Where nouns are capitalised, who speaks is a pronoun or holds a capitalised word: not "denen", not "folgt". */
    boolean nounPhrase(Mention m) {
        return !language.says("nouns-capitalized") || m.pronoun() || !m.text().equals(m.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** A word listed as opening a sentence before its subject, or as an article: no name begins with it. */
    boolean opensNoName(String lower) {
        return language.has("openers", lower) || language.has("determiners", lower);
    }

    boolean verbSecond() {
        return language.says("verb-second");
    }

    /** The subject right after an inverted cue ("said US Vice President Kamala Harris"), or null. */
    Mention after(int verbEnd, int to) {
        List<Word> next = Word.first(text, verbEnd, to);
        boolean reflexive = !next.isEmpty() && language.has("reflexives", next.get(0).lower())
                && text.substring(verbEnd, next.get(0).start()).isBlank();
        // "äußerte sich der Minister": the reflexive pronoun is not the subject.
        int cueEnd = reflexive ? next.get(0).end() : verbEnd;
        // Each word read is taken or ends the subject: nine at most, and one to look ahead.
        List<Word> words = Word.in(text, cueEnd, to, 10);
        if (!words.isEmpty() && fronted.opens(words.get(0), cueEnd, to)) {
            // "Asked about the plan, he said:": the phrase set off before the subject names nobody.
            return opening(cueEnd, to);
        }
        List<Word> taken = new ArrayList<>();
        boolean determiner = false;
        boolean impersonal = false;
        int previousEnd = cueEnd;
        for (int i = 0; i < words.size() && taken.size() < 9; i++) {
            Word w = words.get(i);
            boolean abbreviated = !taken.isEmpty() && edges.abbreviated(taken.get(taken.size() - 1), w);
            boolean marked = taken.size() == 1 && determiner && NameEdges.markedName(text.substring(previousEnd, w.start()));
            if (!text.substring(previousEnd, w.start()).isBlank() && !abbreviated && !marked) {
                break;
            }
            if (marked) {
                // The name in the marks is the mention, without its article and opening mark.
                taken.clear();
            }
            String lower = w.lower();
            if (taken.isEmpty() && !determiner && language.has("coordinators", lower)) {
                // "hatte sie gesagt und auf … verwiesen": the verb's clause has ended before any subject.
                break;
            }
            if (taken.isEmpty() && !determiner && (language.has("openers", lower) || impersonal && language.has("prepositions", lower))) {
                // "sagte dazu Merkel", "schrieb in einer Erklärung": an adverb or preposition, with its noun, is no
                // part of who speaks; after "hieß es" the writing or body it names is the source ("aus dem Ministerium").
                i = PrepositionalPhrase.endBeforeSource(text, words, i, language, impersonal);
                impersonal |= language.has("impersonal", lower);
                previousEnd = words.get(i).end();
                continue;
            }
            if (taken.isEmpty() && !determiner && w.capitalized()
                    && (CLAUSE_BREAKS.contains(lower) || PREPOSITIONS.contains(lower) || OPENERS.contains(lower))) {
                // "When he returned he began": a conjunction or preposition opening the sentence names nobody.
                previousEnd = w.end();
                continue;
            }
            if (taken.isEmpty() && (Language.listedInAny("definite-articles", lower) || Language.listedInAny("indefinite-articles", lower)
                    || language.has("determiners", lower) || language.has("quantifiers", lower)
                    || !determiner && !w.capitalized() && roleBeforeName(words, i))) {
                // A role written before a name opens the mention as an article does: "said master of ceremonies Asab Al-Tabchi".
                determiner = true;
            } else if (taken.isEmpty() && language.has("pronouns", lower)) {
                taken.add(w);
                break;
            } else if ((INVERTED_STOPS.contains(lower) || language.has("subject-stops", lower) || language.frame(lower) != null)
                    && !w.capitalized()) {
                // "Mr. Ubben called Valeant's chief executive": a verb of speech is the predicate, never part of a name.
                break;
            } else if (!w.capitalized() && !CONNECTORS.contains(lower) && edges.nameAfterTitle(taken)) {
                break;
            } else if (!w.capitalized() && (!determiner || nounTaken(taken)) && !titleWord(lower)
                    && !(CONNECTORS.contains(lower) && (nextCapitalized(words, i) || nextTitle(words, i)))
                    && !titleFollows(words, i)) {
                break;
            }
            taken.add(w);
            previousEnd = w.end();
            if (w.possessive() && !edges.ownedName(words, i) && !(determiner && edges.ownedNoun(words, i))) {
                // "Trump's claim that": the owner alone, whose words a statement noun reports.
                break;
            }
            // "said the firm's lawyer", "said Greenpeace's Tove Lunde": the possessive opens what it owns, as an article does.
            determiner |= w.possessive();
        }
        taken = edges.withoutHomeState(taken);
        while (!taken.isEmpty() && CONNECTORS.contains(taken.get(taken.size() - 1).lower())) {
            taken.remove(taken.size() - 1);
        }
        if (taken.isEmpty() || (taken.size() == 1 && determiner(taken.get(0)))) {
            return null;
        }
        Mention mention = mentionOf(taken);
        if (!nounPhrase(mention)) {
            return null;
        }
        Mention named = roles.nameAfterTitle(mention, to);
        if (named != null) {
            return named;
        }
        String role = roles.appositionAfter(mention.end(), to);
        return roles.withTitle(mention, role);
    }

    /** Where nouns are capitalised, a lower-case word after one is no part of the noun phrase: "Weber ab". */
    private boolean nounTaken(List<Word> taken) {
        return language.says("nouns-capitalized") && taken.stream().anyMatch(w -> w.capitalized() && !determiner(w));
    }

    /** Words that open a sentence before its subject: "Hours later, Trump…", "Early in his campaign, Trump…". */
    private static final Set<String> INTRODUCTIONS = Language.listedInAny("introductions");

    /** Verbs and particles that no speaker's mention contains: "Perez was right to" is not a speaker. */
    static final Set<String> NOT_IN_NAMES = Language.listedInAny("not-in-names");

    /** The subject that opens a sentence, after any introductory phrase: "Hours later, Trump returned…". */
    Mention opening(int from, int to) {
        int start = from;
        List<Word> previous = null;
        List<int[]> segments = segments(from, to);
        for (int i = 0; i < segments.size(); i++) {
            int[] seg = segments.get(i);
            List<Word> words = Word.in(text, seg[0], seg[1]);
            if (words.isEmpty()) {
                continue;
            }
            // "Speaking in Salem, New Hampshire, Trump went", "At a rally in Ames, Iowa, on Sunday, Clinton
            // said": the state goes with the introduction before it.
            boolean place = previous != null && words.size() <= 3 && allCapitalized(words) && i + 1 < segments.size()
                    && introduction(segments.get(i + 1));
            boolean introduction = (INTRODUCTIONS.contains(words.get(0).lower()) || participleFirst(words)
                    || previous != null && edges.region(words, previous) || place) && seg[1] < to;
            if (!introduction) {
                start = seg[0];
                break;
            }
            previous = words;
        }
        List<Word> words = Word.in(text, start, to);
        int skip = 0;
        while (skip < words.size() - 1 && OPENERS.contains(words.get(skip).lower())) {
            skip++;
        }
        if (words.isEmpty()) {
            return null;
        }
        // "In March the company cut jobs": a phrase put first without a comma ends where the subject's article stands.
        return after(words.get(skip + FrontedWithoutComma.subjectStart(words.subList(skip, words.size()), language)).start(), to);
    }

    /**
     * "Facing mounting criticism, Trump …", "Hastily politicizing it, Trump …": a participle (an adverb
     * before it) opening the sentence, its object in lower case, puts a phrase before the subject.
     */
    private static boolean participleFirst(List<Word> words) {
        int verb = words.size() > 2 && words.get(0).lower().endsWith("ly") ? 1 : 0;
        return words.size() > verb + 1 && words.get(verb).lower().length() > 5 && words.get(verb).lower().endsWith("ing")
                && !words.get(verb + 1).capitalized();
    }

    private boolean introduction(int[] segment) {
        List<Word> words = Word.first(text, segment[0], segment[1]);
        return !words.isEmpty() && INTRODUCTIONS.contains(words.get(0).lower());
    }

    /** A mention that can name a speaker: a pronoun, a name, "the spokesman", "officials"; no verb in it. */
    static boolean plausible(Mention m) {
        List<String> words = List.of(SPACES.split(m.text().toLowerCase(java.util.Locale.ROOT)));
        if (words.size() > 10 || words.stream().anyMatch(NOT_IN_NAMES::contains)) {
            return false;
        }
        String first = words.get(0);
        boolean verbal = first.length() > 4 && (first.endsWith("ing") || first.endsWith("ed"))
                && Character.isLowerCase(m.text().charAt(0));
        if (PREPOSITIONS.contains(first) || verbal || Language.listedInAny("reflexives", first)
                || INTRODUCTIONS.contains(first) || OPENERS.contains(first) || CLAUSE_BREAKS.contains(first)) {
            return false;
        }
        return m.pronoun() || Character.isUpperCase(m.text().charAt(0)) || Names.DETERMINERS.contains(first)
                || m.text().chars().anyMatch(Character::isUpperCase) || first.endsWith("s") || words.size() <= 2;
    }

    /** How many words of a subject come before an adverb or a past form may end it: "The campaign quickly". */
    private static final int SUBJECT_HEAD = 2;

    /**
     * "The campaign quickly sent out an email", "the board recognized": a reading from a subject's first
     * word may run on into its verb; the subject ends before an adverb, a past form or an auxiliary ("again", "has").
     */
    Mention beforeVerb(Mention m) {
        List<Word> words = Word.in(text, m.start(), m.end());
        for (int i = SUBJECT_HEAD; i < words.size(); i++) {
            Word w = words.get(i);
            String lower = w.lower();
            // "The notice of a certified letter": a past form after an article modifies the noun; it is no verb.
            if (!w.capitalized() && !language.has("noun-determiners", words.get(i - 1).lower())
                    && (language.endsWith("adverb-endings", lower) || language.endsWith("past-endings", lower)
                    || language.has("auxiliaries", lower) || NOT_IN_NAMES.contains(lower))) {
                return mentionOf(words.subList(0, i));
            }
        }
        return m;
    }

    Mention mentionOf(List<Word> words) {
        int start = words.get(0).start();
        int end = words.get(words.size() - 1).end();
        if (end < text.length() && text.charAt(end) == ')' && TextScan.lastIndexOf(text, '(', start + 1, end) >= 0) {
            end++;
        }
        return new Mention(start, end, text.substring(start, end), null);
    }

    static boolean allCapitalized(List<Word> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (Word w : words) {
            if (!w.capitalized() && !CONNECTORS.contains(w.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Comma-, dash- and colon-separated pieces of a range, parentheses kept whole. */
    List<int[]> segments(int from, int to) {
        List<int[]> segments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ',' || c == ';' || c == ':' || c == '—' || c == '–'
                    || c == '”' || c == '“' || (c == '"'))) {
                segments.add(new int[] {start, i});
                start = i + 1;
            }
        }
        segments.add(new int[] {start, to});
        return segments;
    }

    /** A title or function in the article's language. */
    boolean titleWord(String word) {
        return language.titleWord(word);
    }

    boolean determiner(Word w) {
        return language.has("description-openers", w.lower()) || language.has("determiners", w.lower());
    }

    /** "said former Obama adviser David Axelrod": a word before a title, with nothing but words between. */
    private boolean titleFollows(List<Word> words, int i) {
        if (INVERTED_STOPS.contains(words.get(i).lower()) || CONNECTORS.contains(words.get(i).lower())) {
            return false;
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            if (!text.substring(words.get(k - 1).end(), words.get(k).start()).isBlank()
                    || INVERTED_STOPS.contains(words.get(k).lower())) {
                return false;
            }
            if (titleWord(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said master of ceremonies Asab Al-Tabchi": lower-case words of a role, none of which ends a
     * subject, then a name of two capitalised words.
     */
    private boolean roleBeforeName(List<Word> words, int i) {
        for (int k = i; k < Math.min(words.size() - 1, i + 4); k++) {
            Word w = words.get(k);
            if (k > i && !text.substring(words.get(k - 1).end(), w.start()).equals(" ")) {
                return false;
            }
            if (w.capitalized()) {
                return k > i && words.get(k + 1).capitalized() && text.substring(w.end(), words.get(k + 1).start()).equals(" ");
            }
            String lower = w.lower();
            if (INVERTED_STOPS.contains(lower) || CLAUSE_BREAKS.contains(lower) || OPENERS.contains(lower)
                    || INTRODUCTIONS.contains(lower) || NOT_IN_NAMES.contains(lower) || language.has("subject-stops", lower)
                    || language.frame(lower) != null || k == i && CONNECTORS.contains(lower)) {
                return false;
            }
        }
        return false;
    }

    /** "secretary of state Madeleine Albright": a title goes on after "of". */
    private boolean nextTitle(List<Word> words, int i) {
        return i + 1 < words.size() && titleWord(words.get(i + 1).lower());
    }

    private static boolean nextCapitalized(List<Word> words, int i) {
        return i + 1 < words.size() && words.get(i + 1).capitalized();
    }

}
