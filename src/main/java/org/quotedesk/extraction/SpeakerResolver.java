package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a candidate's mention is: a name, a known speaker by name, alias or surname, a description
 * ("the Kremlin spokesman") or a pronoun, the last two resolved to the nearest fitting person the
 * article named before, outside quote marks.
 */
final class SpeakerResolver {

    /** How many sentences back "he" looks for the person it names before falling back on earlier speakers. */
    private static final int PRONOUN_REACH = 6;

    /** Only punctuation between a passage and a pronoun: the tag right after it. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s,.:;—–-]*");

    private final String text;
    private final ArticleLayout layout;
    private final SpeakerBook book;
    private final People people;
    private final ClauseSubject clauseSubject;
    private final DescribedSubject describedSubject;
    private final Map<Integer, SpeakerBook.Speaker> pronounSubjects = new HashMap<>();

    SpeakerResolver(String text, ArticleLayout layout, SpeakerBook book, People people) {
        this.text = text;
        this.layout = layout;
        this.book = book;
        this.people = people;
        this.clauseSubject = new ClauseSubject(text, layout);
        this.describedSubject = new DescribedSubject(text, layout, book);
    }

    /**
     * A sentence opening with "He" or "She" names again the person it refers to, for the sentences
     * after it: called for each sentence in turn, so that a chain of them needs no recursion.
     */
    void noteSubject(Sentence s, List<Found> found) {
        List<Word> first = Word.first(text, s.start(), s.end());
        if (first.isEmpty() || layout.passageAt(first.get(0).start()) != null) {
            return;
        }
        char gender = Names.gender(first.get(0).text());
        if (gender != 0 && Language.pronounInAny(first.get(0).lower())) {
            List<SpeakerBook.Speaker> fitting = nearestNamed(first.get(0).start(), gender, found);
            if (fitting.size() == 1) {
                pronounSubjects.put(s.index(), fitting.get(0));
            }
        }
    }

    void resolve(Found f, List<Found> found) {
        Mention m = f.mention;
        if (m == null) {
            if (f.inheritedFrom != null && f.speaker != null && f.speaker.person) {
                // Going on quoting someone, the passage's sentence may name them again:
                // "But he began talking about “…”".
                f.writtenAs = clauseSubject.pronounInSentence(f.speaker.gender, f.start);
                if (f.writtenAs == null) {
                    f.writtenAs = describedSubject.opening(f.speaker, f.start);
                }
            }
            return;
        }
        if (f.writtenAs == null && !m.relative()) {
            f.writtenAs = clauseSubject.relative(m, f.start);
        }
        if (m.pronoun()) {
            resolvePronoun(f, found);
            if (f.writtenAs == null && Names.gender(m.text()) != 0 && elsewhere(m, f)) {
                f.writtenAs = clauseSubject.pronounInSentence(Names.gender(m.text()), f.start);
            }
            return;
        }
        SpeakerBook.Speaker speaker = book.named(m.text(), m.role());
        if (speaker == null) {
            speaker = KnownNameBeside.inside(text, book, m);
        }
        String bodyNoun = speaker == null ? NounPhraseHead.bodyNoun(layout.language, m.text()) : null;
        if (bodyNoun != null) {
            // "die Zeitung" after "laut Süddeutscher Zeitung": an article and a noun name again what was named with it.
            speaker = book.namedEndingWith(bodyNoun, m.start());
        }
        if (speaker == null && (m.description() || NounPhraseHead.capitalizedDescription(layout.language, m.text()))) {
            speaker = book.described(m.text(), m.start(), layout.language);
            if (speaker == null && m.description()) {
                speaker = KnownNameBeside.nearby(layout, book, f);
            }
            if (speaker != null) {
                f.confidence -= 0.1;
            }
        }
        if (speaker == null && AgeDescription.pointsBack(layout.language, m.text())) {
            // "sagte der 54-Jährige": a person named by age alone is the person named nearest before.
            speaker = nearest(m.start(), (char) 0, found);
        }
        if (speaker == null && Character.isUpperCase(m.text().charAt(0)) && !m.description()) {
            speaker = book.introduce(m.text(), m.role(), Persons.looksLikePerson(m.text()), m.start());
        }
        if (speaker != null) {
            f.speaker = speaker;
            f.name = speaker.name;
            f.role = m.role() != null ? m.role() : speaker.role;
            if (f.writtenAs == null && speaker.person) {
                f.writtenAs = clausePronoun(m, speaker, f.start);
            }
        } else {
            f.name = Persons.withoutArticle(m.text());
            f.role = m.role();
            f.confidence -= 0.2;
        }
    }

    /**
     * "he" as the subject of the clause holding the passage when it names the speaker named before
     * it: nobody else it may mean is named between them ("Neel said women disliked Mrs. Clinton
     * because she …"), someone of unknown gender only when the speaker's is not known to fit.
     */
    private Mention clausePronoun(Mention named, SpeakerBook.Speaker speaker, int passage) {
        Mention pronoun = clauseSubject.pronoun(named, speaker.gender, passage);
        if (pronoun == null) {
            return null;
        }
        char gender = Names.gender(pronoun.text());
        for (People.Named n : people.in(layout.sentenceAt(pronoun.start()))) {
            SpeakerBook.Speaker other = n.speaker();
            if (n.start() >= named.end() && n.end() <= pronoun.start() && other != speaker && other.person
                    && (other.gender == gender || other.gender == 0 && speaker.gender != gender)) {
                return null;
            }
        }
        return pronoun;
    }

    /**
     * A pronoun read in a sentence before the passage's, or in a clause of its own after the passage
     * ("“…,” and she tells audiences"), not in the tag right after it ("“…,” he told friends").
     */
    private boolean elsewhere(Mention m, Found f) {
        Sentence s = layout.sentenceAt(f.start);
        QuotedPassage p = layout.passageAt(f.start);
        return s != null && (m.start() < s.start() || p != null && m.start() >= p.outerEnd()
                && !PUNCTUATION.matcher(text).region(p.outerEnd(), m.start()).matches());
    }

    private void resolvePronoun(Found f, List<Found> found) {
        Mention m = f.mention;
        String pronoun = m.text().toLowerCase(Locale.ROOT);
        boolean person = layout.language.has("person-pronouns", pronoun);
        char gender = Names.gender(pronoun);
        if (!layout.language.has("first-person", pronoun)) {
            List<SpeakerBook.Speaker> fitting = person ? nearestNamed(m.start(), gender, found) : List.of();
            if (!fitting.isEmpty()) {
                SpeakerBook.Speaker chosen = fitting.get(0);
                attribute(f, chosen);
                f.confidence -= quotedBefore(chosen, found) ? 0.1 : 0.2;
                if (fitting.size() > 1) {
                    f.alternatives = fitting.subList(1, fitting.size()).stream().map(s -> s.name).toList();
                    f.confidence -= 0.15;
                } else if (chosen.gender == 0) {
                    chosen.gender = gender;
                }
                return;
            }
        }
        Found antecedent = antecedent(person, gender, found);
        if (layout.language.has("woman-or-group-pronouns", pronoun) && antecedent != null && antecedent.speaker != null
                && antecedent.speaker.person && antecedent.speaker.gender == 'm') {
            // "sie" names no man quoted before: a woman, or a person of unknown gender, named since speaks.
            SpeakerBook.Speaker woman = nearest(m.start(), 'f', found);
            if (woman != null) {
                attribute(f, woman);
                f.confidence -= 0.2;
                return;
            }
        }
        SpeakerBook.Speaker named = antecedent == null ? book.lastNamedBefore(m.start(), person) : null;
        if (antecedent != null) {
            f.speaker = antecedent.speaker;
            f.name = antecedent.name;
            f.role = antecedent.role;
            f.confidence -= 0.1;
        } else if (named != null) {
            attribute(f, named);
            f.confidence -= 0.2;
        } else {
            f.confidence = 0.3;
            if (layout.language.has("woman-or-group-pronouns", pronoun)) {
                // German "sie" is a woman or a group: with nobody quoted before it, the person named nearest is a fair guess.
                SpeakerBook.Speaker guess = nearest(m.start(), (char) 0, found);
                if (guess != null) {
                    attribute(f, guess);
                }
            }
        }
    }

    /**
     * A quote with no speaker in its sentence and no quote just before it to go on from: the person
     * named nearest before it, a guess (and said to be one when another person fits as well).
     */
    void guessNearest(Found f, List<Found> found) {
        List<SpeakerBook.Speaker> fitting = nearestNamed(f.start, (char) 0, found);
        if (!fitting.isEmpty()) {
            attribute(f, fitting.get(0));
            f.alternatives = fitting.subList(1, fitting.size()).stream().map(s -> s.name).toList();
        }
    }

    /** Whether the speaker was quoted already: "he" then most likely goes on quoting them. */
    private static boolean quotedBefore(SpeakerBook.Speaker speaker, List<Found> found) {
        for (int i = found.size() - 1; i >= Found.lookbackStart(found); i--) {
            if (found.get(i).speaker == speaker) {
                return true;
            }
        }
        return false;
    }

    private static void attribute(Found f, SpeakerBook.Speaker speaker) {
        f.speaker = speaker;
        f.name = speaker.name;
        f.role = speaker.role;
    }

    /**
     * The people "he" or "she" at {@code at} may be, from the nearest sentence before that names one
     * who fits: the speaker of a quote there first, then the others in text order. Empty when none
     * does within reach.
     */
    private List<SpeakerBook.Speaker> nearestNamed(int at, char gender, List<Found> found) {
        Sentence s = layout.sentenceAt(at);
        for (int back = 0; back < PRONOUN_REACH && s != null; back++) {
            List<SpeakerBook.Speaker> fitting = new ArrayList<>();
            addSpeakersIn(fitting, s, at, found, gender);
            if (back == 0 && fitting.isEmpty() && !opensWithSamePronoun(s, at, gender)) {
                add(fitting, firstNamedBefore(s, at), gender);
            }
            if (back > 0) {
                add(fitting, pronounSubjects.get(s.index()), gender);
                for (People.Named n : people.in(s)) {
                    add(fitting, n.speaker(), gender);
                }
            }
            if (!fitting.isEmpty()) {
                return fitting;
            }
            s = layout.sentence(s.index() - 1);
        }
        return List.of();
    }

    /**
     * "Trump said he believes …": within its own sentence, "he" (or a quote with no speaker) refers
     * first to the first person the sentence names before it, mostly its subject, rather than to
     * someone named in the sentences before. A person named in a phrase put first ("Asked about Dahl,
     * Berg said") is not the subject: the first one named past that phrase's comma is, if any.
     */
    private SpeakerBook.Speaker firstNamedBefore(Sentence s, int at) {
        List<People.Named> named = people.in(s);
        if (named.isEmpty() || named.get(0).end() >= at) {
            return null;
        }
        int pastPhrase = FrontedPhrase.end(text, layout, s.start(), at);
        for (People.Named n : named) {
            if (n.end() >= at) {
                break;
            }
            if (n.start() >= pastPhrase) {
                return n.speaker();
            }
        }
        return named.get(0).speaker();
    }

    /**
     * "He backed higher taxes on Wall Street, which he said …": a later "he" names whom the sentence's
     * opening "he" names, someone from the sentences before, not a person named in between.
     */
    private boolean opensWithSamePronoun(Sentence s, int at, char gender) {
        List<Word> first = Word.first(text, s.start(), at);
        return gender != 0 && !first.isEmpty() && first.get(0).end() < at && first.get(0).capitalized()
                && Language.pronounInAny(first.get(0).lower()) && Names.gender(first.get(0).text()) == gender
                && layout.passageAt(first.get(0).start()) == null;
    }

    private static void add(List<SpeakerBook.Speaker> fitting, SpeakerBook.Speaker speaker, char gender) {
        if (speaker != null && speaker.person && (gender == 0 || speaker.gender == 0 || speaker.gender == gender)
                && !fitting.contains(speaker)) {
            fitting.add(speaker);
        }
    }

    /**
     * Adds the speakers of the candidates found so far that are named in this sentence before
     * {@code at}, in text order; no list of those candidates is made, as "he said" quotes in a row
     * ask for them once each.
     */
    private static void addSpeakersIn(List<SpeakerBook.Speaker> fitting, Sentence s, int at, List<Found> found,
            char gender) {
        int first = found.size();
        while (first > Found.lookbackStart(found) && found.get(first - 1).end >= s.start()) {
            first--;
        }
        for (int i = first; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.mention != null && f.mention.start() >= s.start() && f.mention.end() <= Math.min(at, s.end())) {
                add(fitting, f.speaker, gender);
            }
        }
    }

    /** The speaker named nearest before {@code at} who fits the gender, or null. */
    private SpeakerBook.Speaker nearest(int at, char gender, List<Found> found) {
        List<SpeakerBook.Speaker> fitting = nearestNamed(at, gender, found);
        return fitting.isEmpty() ? null : fitting.get(0);
    }

    private static Found antecedent(boolean person, char gender, List<Found> found) {
        for (int i = found.size() - 1; i >= Found.lookbackStart(found); i--) {
            Found f = found.get(i);
            if (f.name != null && (!person || f.speaker == null
                    || f.speaker.person && (gender == 0 || f.speaker.gender == 0 || f.speaker.gender == gender))) {
                return f;
            }
        }
        return null;
    }
}
