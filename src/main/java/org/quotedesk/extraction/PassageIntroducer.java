package org.quotedesk.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who introduces a quoted passage that has no speech verb beside it in its sentence. */
final class PassageIntroducer {

    private final String text;
    private final Language language;
    private final ArticleLayout layout;
    private final Mentions mentions;
    private final SpeakerBook book;
    private final CuesBySentence cues;
    private final TagAfterPassage tagAfter;
    private final WritingSource writing;
    private final StatementNoun statement;
    private final OpinionHolder opinion;
    /** Whether each sentence reports speech, read once: each of a long sentence's quotes asks. */
    private final Map<Integer, Boolean> reportingSentences = new HashMap<>();

    PassageIntroducer(String text, Language language, ArticleLayout layout, Mentions mentions, SpeakerBook book,
            CuesBySentence cues) {
        this.text = text;
        this.language = language;
        this.layout = layout;
        this.mentions = mentions;
        this.book = book;
        this.cues = cues;
        this.tagAfter = new TagAfterPassage(text, layout);
        this.writing = new WritingSource(text, layout);
        this.statement = new StatementNoun(text, layout);
        this.opinion = new OpinionHolder(text, layout, mentions, book);
    }

    /**
     * Who introduces a passage that has no speech verb in its sentence: the subject before a colon
     * ("Trump leaned in and boomed: “…”", or a sentence of its own ending with a colon), or the cue
     * of a short sentence right after it in the paragraph ("“…” That is what Trump said.").
     */
    Mention of(Sentence s, QuotedPassage p) {
        Mention tag = tagAfter.subject(s, p);
        tag = tag != null ? tag : tagAfter.inNextSentence(s, p);
        tag = tag != null ? tag : tagAfter.afterPhraseBefore(s, p);
        // "verließ Bundestrainer Ralf Beckmann den Platz": a title before the name is the role.
        tag = tag != null ? mentions.roles.withTitle(tag, null) : null;
        tag = tag != null ? tag : writing.of(s, p);
        tag = tag != null ? tag : opinion.of(s, p);
        if (tag != null) {
            return tag;
        }
        char lastBefore = layout.lastNonSpace(s.start(), p.open());
        boolean opensSentence = lastBefore == 0;
        if (lastBefore == ':') {
            // "Weber sagte, … Die Pflichten seien klar festgelegt: „…“": a clause in reported speech goes on reporting.
            int colon = text.lastIndexOf(':', p.open());
            Mention reporter = reportsSpeech(Math.max(s.start(), colon - COLON_CLAUSE_REACH), colon) ? reporter(s) : null;
            return reporter != null ? reporter : subjectBeforeColon(s, colon);
        }
        Sentence previous = layout.sentence(s.index() - 1);
        if (opensSentence && previous != null && s.paragraph() - previous.paragraph() <= 1
                && layout.lastNonSpace(previous.start(), previous.end()) == ':') {
            return subjectBeforeColon(previous, text.lastIndexOf(':', previous.end()));
        }
        if (opensSentence && previous != null && previous.paragraph() == s.paragraph()
                && !layout.hasPassageIn(previous.start(), previous.end())) {
            SentenceCues previousCues = cues.of(previous);
            if (!previousCues.all.isEmpty()) {
                return previousCues.subject(previousCues.all.get(previousCues.all.size() - 1));
            }
        }
        // The sentence before, in the paragraph before or (where the subject comes first) in this one:
        // "Comey couched his concern in a phrase. “We assess …”" is Comey's, not the last speaker's.
        boolean before = previous != null && (s.paragraph() - previous.paragraph() == 1
                || previous.paragraph() == s.paragraph() && !mentions.verbSecond());
        Mention lastSubject = opensSentence && before
                && !layout.hasPassageIn(previous.start(), previous.end())
                ? mentions.opening(previous.start(), previous.end()) : null;
        if (lastSubject != null && (lastSubject.pronoun() || Persons.looksLikePerson(lastSubject.text()))) {
            return lastSubject;
        }
        // "Weber sagte … Jeder könne „…“. Er bat um Geduld.": a sentence in reported speech with no speech verb of its
        // own goes on reporting who spoke before it, not whoever the next sentence names.
        Mention reporter = reportsSpeech(s) && cues.of(s).all.isEmpty() ? reporter(s) : null;
        if (reporter != null) {
            return reporter;
        }
        Sentence next = layout.sentence(s.index() + 1);
        if (next != null && next.paragraph() == s.paragraph() && !layout.hasPassageIn(next.start(), next.end())
                && Word.in(text, next.start(), next.end(), 13).size() <= 12) {
            SentenceCues nextCues = cues.of(next);
            if (!nextCues.all.isEmpty()) {
                return nextCues.subject(nextCues.all.get(0));
            }
        }
        return null;
    }

    /** How far back in its paragraph a sentence in reported speech looks for who reports it. */
    private static final int REPORTED_REACH = 3;

    /** How far before a colon its clause is read for reported speech, in characters: a sentence of many passages is read in bounded time. */
    private static final int COLON_CLAUSE_REACH = 200;

    /**
     * How far before a colon its clause is read for who speaks after it, in characters: each colon of a sentence of
     * many ("“…”: “…”: …") read the sentence from its start.
     */
    private static final int COLON_SUBJECT_REACH = 500;

    /**
     * "Die Verwaltung versicherte, dass … Eine „offene Frage“ sei der Grund.": a sentence in reported
     * speech (Konjunktiv I) goes on reporting the subject of the last speech verb just before it in
     * its paragraph.
     */
    Mention reporterBefore(Sentence s) {
        return reportsSpeech(s) ? reporter(s) : null;
    }

    /** The subject of the last speech verb in the sentences just before, in the paragraph; else null. */
    private Mention reporter(Sentence s) {
        for (int back = 1; back <= REPORTED_REACH; back++) {
            Sentence previous = layout.sentence(s.index() - back);
            if (previous == null || previous.paragraph() != s.paragraph()) {
                return null;
            }
            SentenceCues previousCues = cues.of(previous);
            for (int i = previousCues.all.size() - 1; i >= 0; i--) {
                Mention subject = previousCues.subject(previousCues.all.get(i));
                if (subject != null && mentions.nounPhrase(subject) && !mentions.order.objectCase(subject)) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** Whether a sentence holds, outside quote marks, a verb form that reports speech ("sei", "habe"). */
    boolean reportsSpeech(Sentence s) {
        return reportingSentences.computeIfAbsent(s.index(), i -> reportsSpeech(s.start(), s.end()));
    }

    private boolean reportsSpeech(int from, int to) {
        return Word.in(text, from, to).stream()
                .anyMatch(w -> language.has("reported-speech", w.lower()) && layout.passageAt(w.start()) == null);
    }

    /** "Perez hammered Trump, …, with Clinton: “…”": the clause's subject, else the last cue's. */
    private Mention subjectBeforeColon(Sentence s, int colon) {
        int clause = TextScan.reachBack(text, s.start(), colon, COLON_SUBJECT_REACH);
        int from = clause;
        List<QuotedPassage> before = layout.passagesIn(clause, colon);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!layout.nameInMarks(before.get(i))) {
                from = Math.max(from, Math.min(before.get(i).outerEnd(), colon));
                break;
            }
        }
        Mention signed = colonSource(from, colon);
        if (signed != null) {
            return signed;
        }
        // "After Dahl's speech, Berg turned to the crowd:": a phrase put before the subject names nobody.
        Mention first = mentions.opening(from, colon);
        Mention afterVerb = first != null && mentions.order.clearlySubject(first) ? null : subjectAfterVerb(from, colon);
        if (afterVerb != null) {
            return afterVerb;
        }
        List<Word> words = Word.in(text, from, colon);
        if (first != null && (first.pronoun() || Persons.looksLikePerson(first.text())) && !possessed(first, words)) {
            return first;
        }
        SentenceCues cues = this.cues.between(s, clause, colon);
        if (!cues.all.isEmpty()) {
            return cues.subject(cues.all.get(cues.all.size() - 1));
        }
        Mention last = words.isEmpty() ? null : mentions.before(from, words.get(words.size() - 1).start());
        return last == null || mentions.order.objectCase(last) || possessed(last, words) || !mentions.nounPhrase(last)
                ? null : NounPhraseShape.fitted(text, language, last);
    }

    /**
     * "Seine Zuversicht gründet sich auf die Erfahrungen:": in a clause with no verb of speech, a thing of
     * someone's is no speaker; a few words alone before the colon name a source ("Seine Meinung dazu:").
     */
    private boolean possessed(Mention m, List<Word> clause) {
        List<Word> first = Word.first(text, m.start(), m.end());
        return clause.size() > SOURCE_WORDS && !first.isEmpty() && language.has("possessive-determiners", first.get(0).lower());
    }

    /** How many words a source named just before a colon or signed after a quote holds at most. */
    private static final int SOURCE_WORDS = 6;

    /**
     * A few words naming the source before a colon: after a headline and a dash ("Polls were right
     * after all - Anna Berg:", "- More from Berg:"), or after a word that leads to a source, first or
     * second in its sentence ("From the report:", "More from the report:"). The source, else null.
     */
    private Mention colonSource(int from, int colon) {
        int dash = -1;
        for (int i = colon - 1; i > from && dash < 0; i--) {
            char c = text.charAt(i);
            boolean spaced = Character.isWhitespace(text.charAt(i - 1)) || Character.isWhitespace(text.charAt(i + 1));
            dash = (c == '—' || c == '–' || c == '-') && spaced ? i : -1;
        }
        List<Word> words = Word.in(text, dash < 0 ? from : dash + 1, colon);
        if (words.isEmpty() || words.size() > SOURCE_WORDS) {
            return null;
        }
        int lead = 0;
        while (lead < words.size() && !language.has("source-leads", words.get(lead).lower())) {
            lead++;
        }
        if (dash < 0 && lead > 1) {
            return null;
        }
        Mention m = mentions.opening(lead < words.size() ? words.get(lead).end() : words.get(0).start(), colon);
        if (lead < words.size() - 1 && m == null) {
            // "From the report:": what the lead leads to is the source, a thing of writing as much as a person.
            int start = words.get(lead + 1).start();
            int end = words.get(words.size() - 1).end();
            m = new Mention(start, end, text.substring(start, end), null);
            return NounPhraseShape.names(text, language, m) ? m : null;
        }
        return m != null && Mentions.plausible(m) && mentions.nounPhrase(m) ? m : null;
    }

    /** How far past its closing mark a signature's line ends at most. */
    private static final int SIGNATURE_LINE = 100;

    /**
     * "“…” ¶ - Anna Berg." or "“…” — Anna Berg, harbour director": after a quote opening its paragraph, a
     * dash past the closing mark opens a line that signs it with a few words naming who said it; that
     * source, else null. A passage alone in brackets after a name is signed by that name, and one in the clause
     * after a noun of speech and its owner by that owner.
     */
    Mention signature(QuotedPassage p) {
        Mention bracketed = bracketedAfterName(p);
        bracketed = bracketed != null ? bracketed : statement.owner(p);
        if (bracketed != null) {
            return bracketed;
        }
        Sentence s = layout.sentenceAt(p.open());
        Sentence previous = layout.sentence(s.index() - 1);
        boolean opensParagraph = layout.lastNonSpace(s.start(), p.open()) == 0
                && (previous == null || previous.paragraph() != s.paragraph());
        if (p.close() < 0 || !opensParagraph) {
            return null;
        }
        int dash = p.outerEnd();
        while (dash < text.length() && dash - p.outerEnd() < 4 && Character.isWhitespace(text.charAt(dash))) {
            dash++;
        }
        if (dash >= text.length() || "-—–".indexOf(text.charAt(dash)) < 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', dash);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - dash > SIGNATURE_LINE) {
            return null;
        }
        int comma = text.indexOf(',', dash);
        int end = comma < 0 || comma > lineEnd ? lineEnd : comma;
        List<Word> words = Word.in(text, dash + 1, end);
        if (words.isEmpty() || words.size() > SOURCE_WORDS || !words.get(0).capitalized()) {
            return null;
        }
        Mention m = mentions.opening(dash + 1, end);
        return m != null && m.start() == words.get(0).start() && Mentions.plausible(m) ? m : null;
    }

    /** How far before the bracket a name is looked for, in characters. */
    private static final int BRACKET_NAME_REACH = 60;

    /** "…, der Vereinschef Paul Weber („…“), und …": a passage alone in brackets right after a name is that person's. */
    private Mention bracketedAfterName(QuotedPassage p) {
        char before = layout.lastNonSpace(Math.max(0, p.open() - 3), p.open());
        char after = layout.firstNonSpace(p.outerEnd(), Math.min(text.length(), p.outerEnd() + 3));
        if (before != '(' || after != ')' || p.close() < 0) {
            return null;
        }
        int bracket = text.lastIndexOf('(', p.open());
        Mention named = mentions.before(Math.max(layout.sentenceAt(p.open()).start(), bracket - BRACKET_NAME_REACH), bracket);
        return named != null && text.substring(named.end(), bracket).isBlank() && Persons.looksLikePerson(named.text())
                ? named : null;
    }

    /** How many words a clause's opening is read for the verb standing second: a passage's sentence is read in bounded time. */
    private static final int VERB_SECOND_REACH = 12;

    /** "Ursprünglich wollte er „…“": in a verb-second language, a person's pronoun after the verb standing second. */
    Mention pronounAfterVerb(int from, int to) {
        List<Word> opening = Word.in(text, from, to, VERB_SECOND_REACH);
        if (opening.isEmpty()) {
            return null;
        }
        Mention m = subjectAfterVerb(from, opening.get(opening.size() - 1).end());
        return m != null && m.pronoun() && language.has("person-pronouns", m.text()) ? m : null;
    }

    /**
     * In a verb-second language the subject may follow whatever verb stands second ("Den Unmut
     * brachte die Sprecherin … zum Ausdruck:"): the first clear subject right after a lower-case word.
     */
    private Mention subjectAfterVerb(int from, int to) {
        if (!mentions.verbSecond()) {
            return null;
        }
        List<Word> words = Word.in(text, from, to);
        for (int i = 1; i < words.size(); i++) {
            Word verb = words.get(i - 1);
            String next = words.get(i).lower();
            // "mit seinen Kollegen Weber und Berg": a determiner before a noun, or a conjunction between two, is no verb;
            // nor is a preposition ("im Bezirk Nordhessen"), whose noun stands in the phrase put first, but for the one
            // linking a source to the noun of its words ("Das Fazit von Anna Weber lautete:").
            boolean noVerb = mentions.determiner(verb) || language.has("object-determiners", verb.lower())
                    || language.has("coordinators", verb.lower())
                    || language.has("prepositions", verb.lower()) && !language.has("source-links", verb.lower());
            if (!verb.capitalized() && !noVerb && (words.get(i).capitalized() || language.has("determiners", next))
                    || language.has("pronouns", next)) {
                Mention m = mentions.after(verb.end(), to);
                // A surname alone is clear when the article named that person before: "Jede Schuld … weist Weber von sich:".
                if (m != null && !mentions.order.objectCase(m) && (mentions.order.clearlySubject(m) || book.named(m.text()) != null
                        || !m.pronoun() && book.knows(m.text(), m.start()))) {
                    return m;
                }
            }
        }
        return null;
    }
}
