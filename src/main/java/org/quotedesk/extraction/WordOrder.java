package org.quotedesk.extraction;

import java.util.List;

/**
 * What word order and case say of who speaks, read from a language's data: in a verb-second
 * language ("Am Mittwoch sagte Merkel") a phrase put first, the subject after an auxiliary, and
 * the determiners and pronouns that mark an object rather than a subject.
 */
final class WordOrder {

    private final String text;
    private final Language language;
    private final Mentions mentions;

    WordOrder(String text, Language language, Mentions mentions) {
        this.text = text;
        this.language = language;
        this.mentions = mentions;
    }

    /** "Bereits im Mai hatte Merkel erklärt": after a fronted phrase, the subject follows the auxiliary. */
    Mention afterAuxiliary(int from, int cueStart) {
        List<Word> words = Word.in(text, from, cueStart);
        for (int i = 1; i < words.size(); i++) {
            if (language.has("auxiliaries", words.get(i).lower()) && !words.get(i).capitalized()) {
                return mentions.after(words.get(i).end(), cueStart);
            }
        }
        return null;
    }

    /**
     * "Im Interview befand der Minister …": after a phrase put first, the subject right after the verb
     * standing second, when it reads clearly as one; else null.
     */
    Mention afterVerbSecond(int from, int to) {
        if (!fronted(from, to)) {
            return null;
        }
        List<Word> words = Word.in(text, from, to);
        for (int i = 2; i < words.size(); i++) {
            Word verb = words.get(i);
            // The phrase put first ends with its noun: "In seiner Stellungnahme befand".
            if (!verb.capitalized() && words.get(i - 1).capitalized() && !mentions.determiner(verb)
                    && !language.has("prepositions", verb.lower())) {
                Mention m = mentions.after(verb.end(), to);
                return m != null && clearlySubject(m) ? m : null;
            }
        }
        return null;
    }

    /**
     * "Weber wollte am Montag erklären", "Am Montag wollte Weber nur sagen", "Die Universität hatte im
     * Mai erklärt": a modal verb or an auxiliary whose clause the speech verb closes stands where the
     * finite verb does, its subject before it or, after a phrase put first, right after it. Null when
     * none stands before the cue.
     */
    Mention aroundModal(int from, int cueStart) {
        List<Word> words = Word.in(text, from, cueStart);
        for (int i = 1; i < words.size(); i++) {
            Word modal = words.get(i);
            // In the cue's own clause: "Der Sender will wissen, dass Weber fragte" has its speaker after the comma.
            if (!modal.capitalized() && (language.has("modal-verbs", modal.lower()) || language.has("bracket-auxiliaries", modal.lower()))
                    && TextScan.indexOf(text, ',', modal.end(), cueStart) < 0) {
                Mention m = fronted(from, modal.start()) ? mentions.after(modal.end(), cueStart) : mentions.before(from, modal.start());
                return m == null || objectCase(m) ? null : m;
            }
        }
        return null;
    }

    /** "den Worten", "dem Minister": a determiner whose case no subject takes opens an object, never who speaks. */
    boolean objectCase(Mention m) {
        List<Word> words = Word.first(text, m.start(), m.end());
        return !words.isEmpty() && language.has("object-determiners", words.get(0).lower());
    }

    /** Words between an impersonal subject and the preposition naming the source: "hieß es am Montag aus dem Ministerium". */
    private static final int IMPERSONAL_GAP = 4;

    /**
     * "heißt es in dem Schreiben", "hieß es dazu aus dem Ministerium": after an impersonal subject, maybe a phrase of
     * time or an adverb between, the writing or body a preposition names is the source, whatever its case.
     */
    boolean impersonalSource(int verbEnd, Mention m) {
        List<Word> between = Word.in(text, verbEnd, m.start(), IMPERSONAL_GAP + 3);
        return between.size() >= 2 && between.size() <= IMPERSONAL_GAP + 2 && language.has("impersonal", between.get(0).lower())
                && language.has("prepositions", between.get(between.size() - 1).lower());
    }

    /** "nannte sie", "bestätigte es": a pronoun after the verb that may as well be its object. */
    boolean mayBeObject(Mention m) {
        return m.pronoun() && language.has("object-pronouns", m.text());
    }

    /** "… informiert und sprach": a verb joined to the clause before it, whose subject it shares. */
    boolean coordinated(int sentenceStart, int cueStart) {
        List<Word> before = Word.in(text, sentenceStart, cueStart);
        return !before.isEmpty() && language.has("coordinators", before.get(before.size() - 1).lower());
    }

    /** A pronoun, a person's name of two words or more, or a title ("der Minister"): no object reads so. */
    boolean clearlySubject(Mention m) {
        if (objectCase(m)) {
            return false;
        }
        List<Word> words = Word.in(text, m.start(), m.end());
        // "Die Pflichten": a determiner and a noun are two capitalised words, but no person's name.
        List<Word> name = !words.isEmpty() && mentions.determiner(words.get(0)) ? words.subList(1, words.size()) : words;
        return m.pronoun() || m.role() != null || words.stream().anyMatch(w -> mentions.titleWord(w.base()))
                || name.size() >= 2 && Persons.looksLikePerson(m.text()) && !Genitive.nameBeforeNoun(text, name, m.start(), language);
    }

    /**
     * Whether the words before a cue are a phrase put before the verb, not its subject, in a
     * verb-second language: "Am Mittwoch sagte Merkel", "Dazu sagte er".
     */
    boolean fronted(int from, int cueStart) {
        if (!language.says("verb-second")) {
            return false;
        }
        List<Word> words = Word.in(text, from, cueStart);
        // "Das Komitee würdigte" opens with an article and its noun, not with the pronoun of "Das sagte er".
        boolean article = words.size() > 1 && mentions.determiner(words.get(0)) && words.get(1).capitalized();
        // "Die Kampagne dagegen warf": an adverb of contrast after the subject leaves it the subject.
        int last = words.size() - 1;
        while (last > 0 && language.has("subject-adverbs", words.get(last).lower())) {
            last--;
        }
        return !words.isEmpty() && (language.has("openers", words.get(0).lower()) && !article
                || language.has("object-determiners", words.get(0).lower())
                || !words.get(last).capitalized() && !language.has("auxiliaries", words.get(last).lower()));
    }
}
