package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The people each sentence names outside quote marks, whether or not they speak there ("In Moscow,
 * Dmitry Peskov followed the protests."), entered in the speaker book with the role written beside
 * them, so that a later "he", "the commissioner" or bare surname can refer back to them.
 */
final class People {

    /** A person named in a sentence. */
    record Named(int start, int end, SpeakerBook.Speaker speaker) {
    }

    /** Compiled once: {@code String.split} compiles its pattern per call, and titles are read for every name. */
    private static final Pattern ROLE_WORD_BREAKS = Pattern.compile("[\\s,]+");

    private final String text;
    private final ArticleLayout layout;
    private final Mentions mentions;
    private final SpeakerBook book;
    private final Map<Integer, List<Named>> bySentence = new HashMap<>();

    People(String text, ArticleLayout layout, Mentions mentions, SpeakerBook book) {
        this.text = text;
        this.layout = layout;
        this.mentions = mentions;
        this.book = book;
    }

    /** The people a sentence names outside quote marks, in text order, read once. */
    List<Named> in(Sentence s) {
        return bySentence.computeIfAbsent(s.index(), i -> read(s));
    }

    /**
     * The person the sentence opens with, its subject: past a phrase put first ("On Monday, Dahl …"),
     * a joining word ("But Dahl …") and titles ("Former Gov. Carl Dahl"); null when it opens otherwise.
     */
    Named opening(Sentence s) {
        List<Named> named = in(s);
        if (named.isEmpty()) {
            return null;
        }
        Named first = named.get(0);
        int from = FrontedPhrase.end(text, layout, s.start(), first.start());
        if (TextScan.indexOf(text, ',', from, first.start()) >= 0) {
            // "The French Foreign Minister, Jean-Yves Le Drian will …": set off, the name may be an aside.
            return null;
        }
        List<Word> before = Word.in(text, from, first.start(), TITLE_WORDS + 2);
        for (int k = 0; k < before.size(); k++) {
            Word w = before.get(k);
            boolean joining = k == 0 && w.capitalized() && layout.language.has("clause-joiners", w.lower());
            boolean title = w.capitalized() || mentions.titleWord(w.base())
                    || layout.language.has("role-adjectives", w.lower());
            if (!joining && !title || k > TITLE_WORDS) {
                return null;
            }
        }
        return first;
    }

    private List<Named> read(Sentence s) {
        List<Named> named = new ArrayList<>();
        for (SpeakerBook.Occurrence o : book.within(s.start(), s.end())) {
            if (o.speaker().person && layout.passageAt(o.start()) == null) {
                named.add(new Named(o.start(), o.end(), o.speaker()));
            }
        }
        List<Word> words = Word.in(text, s.start(), s.end());
        int i = 0;
        while (i < words.size()) {
            int runEnd = runFrom(words, i);
            if (runEnd > i && modifiesTitledName(words, runEnd)) {
                // "Lind spokesman Carl Dahl": the first name only says whose spokesman; Dahl is the one named.
                i = runEnd;
            } else if (runEnd > i) {
                Named person = person(s, words, i, runEnd);
                if (person != null && named.stream().noneMatch(n -> n.start() < person.end() && person.start() < n.end())) {
                    named.add(person);
                }
                i = runEnd;
            } else {
                i++;
            }
        }
        named.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return named;
    }

    /**
     * Where a run of capitalised words joined by spaces alone, or by an initial's or a title's full stop
     * ("Harry B. Harris"), ends (exclusive); {@code i} when none starts there.
     */
    private int runFrom(List<Word> words, int i) {
        int j = i;
        while (j < words.size() && words.get(j).capitalized() && layout.passageAt(words.get(j).start()) == null
                && (j == i || text.substring(words.get(j - 1).end(), words.get(j).start()).equals(" ")
                        || mentions.edges.abbreviated(words.get(j - 1), words.get(j)))
                && (j == i || !words.get(j - 1).possessive())) {
            j++;
        }
        return j;
    }

    /** The person a run names, titles split off as the role: "Agriculture Minister Czesław Siekierski". */
    private Named person(Sentence s, List<Word> words, int runStart, int to) {
        int from = runStart;
        // "Am Strand", "Die Verhandlung", "In New Hampshire": a run may open with a word no name holds.
        while (from < to && (mentions.opensNoName(words.get(from).lower()) || placeOpener(words.get(from)))) {
            from++;
        }
        int nameFrom = from;
        for (int k = from; k < to - 1; k++) {
            if (mentions.titleWord(words.get(k).base())) {
                nameFrom = k + 1;
            }
        }
        if (nameFrom == from && to - from > 1 && NounPhraseHead.at(text, words, from, to, layout.language)) {
            // "des Landes Niedersachsen", "seinem Kollegen Edwin Aldrin": the noun after the article is no name.
            nameFrom++;
        }
        while (nameFrom < to && layout.language.has("time-words", words.get(nameFrom).lower())) {
            nameFrom++;
        }
        if (to - nameFrom == 1 && !words.get(nameFrom).possessive()) {
            return bySurname(words, from, nameFrom);
        }
        if (to - nameFrom < 2 || to - nameFrom > 4 || words.get(to - 1).possessive()) {
            return null;
        }
        for (int k = nameFrom; k < to; k++) {
            String lower = words.get(k).lower();
            if (layout.language.has("time-words", lower) || layout.language.has("description-openers", lower)
                    || mentions.titleWord(lower)) {
                return null;
            }
        }
        int start = words.get(nameFrom).start();
        int end = words.get(to - 1).end();
        String name = text.substring(start, end);
        if (!Persons.looksLikePerson(name)) {
            return null;
        }
        int titleFrom = from;
        while (titleFrom > 0 && titleFrom > from - 6 && joined(words, titleFrom - 1)
                && (mentions.titleWord(words.get(titleFrom - 1).base())
                        || layout.language.has("role-adjectives", words.get(titleFrom - 1).lower())
                        || titleFrom < from && words.get(titleFrom - 1).capitalized()
                                && !words.get(titleFrom - 1).possessive()
                                && !layout.language.has("description-openers", words.get(titleFrom - 1).lower()))) {
            titleFrom--;
        }
        if (titleFrom > 0 && placeOpener(words.get(titleFrom - 1)) && titleFrom == nameFrom) {
            return null;
        }
        String role = null;
        char gender = 0;
        for (int k = titleFrom; k < nameFrom; k++) {
            gender = gender != 0 ? gender : genderOf(words.get(k).base());
        }
        int roleFrom = titleFrom;
        while (roleFrom < nameFrom && Names.isHonorific(words.get(roleFrom).base())) {
            roleFrom++;
        }
        if (roleFrom < nameFrom) {
            role = capitalised(text.substring(words.get(roleFrom).start(), words.get(nameFrom - 1).end()));
        }
        role = role != null ? role : mentions.roles.titleSetOffBefore(words.get(from).start(), s.start());
        role = role != null ? role : mentions.roles.appositionAfter(end, s.end());
        SpeakerBook.Speaker speaker = book.introduce(name, role, true, start);
        if (speaker.gender == 0) {
            speaker.gender = gender != 0 ? gender : role == null ? 0 : genderOf(role);
        }
        return speaker.person ? new Named(start, end, speaker) : null;
    }

    /** "Bush", "Mr. Comey": a surname alone names the person the article named before with it, if any. */
    private Named bySurname(List<Word> words, int from, int nameFrom) {
        Word surname = words.get(nameFrom);
        SpeakerBook.Speaker speaker = book.bySurname(surname.text(), surname.start());
        if (speaker == null) {
            return null;
        }
        speaker.see(surname.start());
        for (int k = from; k < nameFrom && speaker.gender == 0; k++) {
            speaker.gender = genderOf(words.get(k).base());
        }
        return new Named(surname.start(), surname.end(), speaker);
    }

    /** How many lower-case words a title between two names holds at most ("campaign manager"). */
    private static final int TITLE_WORDS = 3;

    /**
     * Whether the run ending at {@code runEnd} is followed, joined by spaces alone, by a lower-case title
     * ("spokesman", "campaign manager") and another capitalised name: the run names whose title it is.
     */
    private boolean modifiesTitledName(List<Word> words, int runEnd) {
        boolean titled = false;
        for (int k = runEnd; k < Math.min(words.size(), runEnd + TITLE_WORDS + 1); k++) {
            if (!joined(words, k - 1)) {
                return false;
            }
            Word w = words.get(k);
            if (w.capitalized()) {
                return titled && k > runEnd;
            }
            titled |= mentions.titleWord(w.base());
        }
        return false;
    }

    /** "in New Hampshire", "In Concord, …": a word before a name that makes it a place. */
    private boolean placeOpener(Word w) {
        return layout.language.has("place-openers", w.lower());
    }

    private boolean joined(List<Word> words, int k) {
        return text.substring(words.get(k).end(), words.get(k + 1).start()).equals(" ");
    }

    private char genderOf(String role) {
        for (String w : ROLE_WORD_BREAKS.split(role)) {
            char g = Names.gender(w);
            g = g != 0 ? g : layout.language.endsWith("female-title-endings", w) ? 'f'
                    : layout.language.endsWith("male-title-endings", w) ? 'm' : 0;
            if (g != 0) {
                return g;
            }
        }
        return 0;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
