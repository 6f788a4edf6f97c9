package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a speaker's name begins and ends in the text: abbreviations that go on with it ("Mr.",
 * "Paul D."), and what is written beside it without being it (an age, a home town, the clause a
 * pronoun starts).
 */
final class NameEdges {

    private final String text;
    private final Language language;
    private final Mentions mentions;

    NameEdges(String text, Language language, Mentions mentions) {
        this.text = text;
        this.language = language;
        this.mentions = mentions;
    }

    /** "his audience he will tell" names "he": a subject pronoun starts the clause whose verb follows. */
    Mention speakerShaped(Mention m) {
        if (m == null || m.relative()) {
            return m;
        }
        List<Word> words = Word.in(text, m.start(), m.end());
        for (int i = words.size() - 1; i >= 0; i--) {
            Word w = words.get(i);
            // "he’d asked": the pronoun without the auxiliary contracted onto it.
            int length = pronounLength(w);
            if (length > 0) {
                return length == w.text().length() && words.size() == 1 ? m
                        : new Mention(w.start(), w.start() + length, w.text().substring(0, length), null);
            }
        }
        return m;
    }

    /** How long the subject pronoun a word is or begins with, before a contracted verb ("he’d"), or 0. */
    private int pronounLength(Word w) {
        int apostrophe = Math.max(w.text().indexOf('’'), w.text().indexOf('\''));
        int length = apostrophe > 0 ? apostrophe : w.text().length();
        return language.has("subject-pronouns", w.text().substring(0, length)) ? length : 0;
    }

    /**
     * "Sarandon, 69, told", "Cory James, 22, of Flint, Mich., said", "Graham, R-S.C., said": an age, a
     * home town or a party and state set off by commas after a name, which neither names the speaker
     * nor gives a role.
     */
    boolean ageOrHome(List<Word> segment, List<Word> previous) {
        String only = segment.size() == 1 ? segment.get(0).text() : "";
        boolean age = !only.isEmpty() && only.length() <= 3 && only.chars().allMatch(Character::isDigit);
        boolean party = only.length() > 2 && Character.isUpperCase(only.charAt(0)) && only.charAt(1) == '-'
                && Character.isUpperCase(only.charAt(2));
        return age || party || home(segment) || region(segment, previous);
    }

    /** "of Flint": a preposition of place, written lower case inside the sentence, then a place's name. */
    private boolean home(List<Word> segment) {
        return segment.size() >= 2 && !segment.get(0).capitalized() && language.has("place-prepositions", segment.get(0).text())
                && Mentions.allCapitalized(segment.subList(1, segment.size()));
    }

    /**
     * "in Columbus, Ohio,", "of Flint, Mich.,": the state or country set off after a place, which the
     * words before it end with; no speaker.
     */
    boolean region(List<Word> segment, List<Word> previous) {
        if (segment.isEmpty() || segment.size() > 2 || !Mentions.allCapitalized(segment)) {
            return false;
        }
        int last = previous.size() - 1;
        while (last >= 0 && previous.get(last).capitalized()) {
            last--;
        }
        return last >= 0 && last < previous.size() - 1 && language.has("place-prepositions", previous.get(last).text());
    }

    /**
     * "said Greenpeace's Tove Lunde": whether the possessive at {@code i} is followed, a space apart, by a
     * person's name of two words or more.
     */
    boolean ownedName(List<Word> words, int i) {
        int end = i + 1;
        while (end < words.size() && words.get(end).capitalized() && !words.get(end).possessive()
                && text.substring(words.get(end - 1).end(), words.get(end).start()).equals(" ")) {
            end++;
        }
        return end - i > 2 && Persons.looksLikePerson(text.substring(words.get(i + 1).start(), words.get(end - 1).end()));
    }

    /** "said the firm's lawyer": whether a lower-case noun the possessive owns follows it, a space apart. */
    boolean ownedNoun(List<Word> words, int i) {
        if (i + 1 >= words.size() || !text.substring(words.get(i).end(), words.get(i + 1).start()).equals(" ")) {
            return false;
        }
        Word next = words.get(i + 1);
        String lower = next.lower();
        return !next.capitalized() && !Mentions.CLAUSE_BREAKS.contains(lower) && !Mentions.PREPOSITIONS.contains(lower)
                && !Mentions.NOT_IN_NAMES.contains(lower) && !language.has("inverted-stops", lower) && language.frame(lower) == null;
    }

    /** "die „Computerwoche“": after an article, the opening mark of a name set in quote marks. */
    static boolean markedName(String gap) {
        String mark = gap.strip();
        return mark.length() == 1 && "„“\"«»‚‘‹›".indexOf(mark.charAt(0)) >= 0;
    }

    /**
     * "Mr. Ekovich", "Paul D. Ryan", "Louisiana Gov. Bobby Jindal": a title or an initial whose full stop
     * abbreviates it, then the capitalised word that goes on with the name.
     */
    boolean abbreviated(Word previous, Word next) {
        boolean initial = previous.text().length() == 1 && previous.capitalized();
        return abbreviationStop(text.substring(previous.end(), next.start())) && next.capitalized()
                && (initial || mentions.titleWord(previous.text()) || Names.isHonorific(previous.text()));
    }

    /** ". " between two words: the full stop of an abbreviation, then a space. */
    private static boolean abbreviationStop(String gap) {
        return gap.length() > 1 && gap.charAt(0) == '.' && gap.substring(1).isBlank();
    }

    /**
     * "said former officer Anna Berg found it": a name written after its title ends the mention; a
     * lower-case word after it is the clause going on, not more of the role.
     */
    boolean nameAfterTitle(List<Word> taken) {
        int title = taken.size() - 1;
        while (title >= 0 && taken.get(title).capitalized() && !mentions.titleWord(taken.get(title).base())) {
            title--;
        }
        return title >= 0 && title < taken.size() - 1 && mentions.titleWord(taken.get(title).base())
                && Persons.looksLikePerson(text.substring(taken.get(title + 1).start(), taken.get(taken.size() - 1).end()));
    }

    /** "Mr. Ubben", "Senator Capito": a title or form of address stands right before the mention. */
    boolean titled(Mention m) {
        List<Word> before = Word.in(text, Math.max(0, m.start() - 16), m.start());
        if (before.isEmpty()) {
            return false;
        }
        Word word = before.get(before.size() - 1);
        String gap = text.substring(word.end(), m.start());
        return (gap.isBlank() || abbreviationStop(gap)) && (mentions.titleWord(word.text()) || Names.isHonorific(word.text()));
    }

    /**
     * "Ted Cruz of Texas": a person's name of two words or more, after any title, then "of" (or "from") and the
     * place the person comes from or stands for; the name ends before it. "Bank of America" and
     * "Secretary of State John Kerry" have no person's name before "of".
     */
    List<Word> withoutHomeState(List<Word> taken) {
        int of = -1;
        for (int i = 0; i < taken.size() && of < 0; i++) {
            of = language.has("place-prepositions", taken.get(i).lower()) ? i : -1;
        }
        int nameStart = 0;
        while (nameStart < of && mentions.titleWord(taken.get(nameStart).base())) {
            nameStart++;
        }
        if (of - nameStart < 2 || !Persons.looksLikePerson(text.substring(taken.get(nameStart).start(), taken.get(of - 1).end()))
                || taken.subList(nameStart, of).stream().anyMatch(w -> mentions.titleWord(w.base()))) {
            return taken;
        }
        return new ArrayList<>(taken.subList(0, of));
    }
}
