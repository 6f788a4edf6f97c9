package org.quotedesk.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cues of one sentence and the subjects they report, worked out once each. */
final class SentenceCues {

    final Sentence sentence;
    final List<Cue> all;
    private final String text;
    private final ArticleLayout layout;
    private final Mentions mentions;
    private final SpeakerBook book;
    private final Map<Cue, Mention> subjects = new HashMap<>();
    private final Map<Cue, Mention> relatives = new HashMap<>();
    private final AttributingCue attributing;
    private final AccordingTo according;
    private final QuotingVerb quoting;
    private final CommentClause comment;
    private final JoinedVerb joined;
    private final ObjectParticiple objectParticiple;
    private final FrontedParticiple frontedParticiple;
    private final int wordsStart;
    private Word firstWord;
    private boolean firstWordRead;
    private RegionStarts regionStarts;

    SentenceCues(Sentence sentence, List<Cue> all, ArticleLayout layout, Mentions mentions, SpeakerBook book) {
        this.sentence = sentence;
        this.all = all;
        this.text = layout.text;
        this.layout = layout;
        this.mentions = mentions;
        this.book = book;
        this.attributing = new AttributingCue(this, layout);
        this.according = new AccordingTo(this, layout, mentions, book);
        this.quoting = new QuotingVerb(layout, mentions);
        this.comment = new CommentClause(layout, mentions);
        this.joined = new JoinedVerb(this, layout, mentions);
        this.objectParticiple = new ObjectParticiple(layout, mentions);
        this.frontedParticiple = new FrontedParticiple(layout, mentions);
        this.wordsStart = Dateline.wordsStart(layout, sentence);
    }

    /** The cue that attributes a passage, chosen once per passage by {@link AttributingCue}. */
    Cue forPassage(QuotedPassage p) {
        return attributing.forPassage(p);
    }

    /**
     * The sentence's first word, null when it has none: read once, asked per passage, so that a
     * sentence of many passages and no words is not read again for each.
     */
    Word firstWord() {
        if (!firstWordRead) {
            List<Word> first = Word.first(text, wordsStart, sentence.end());
            firstWord = first.isEmpty() ? null : first.get(0);
            firstWordRead = true;
        }
        return firstWord;
    }

    /** Where the words governed by this cue's subject begin: after the last passage or cue before it. */
    int regionStart(Cue cue) {
        if (regionStarts == null) {
            regionStarts = new RegionStarts(sentence, all, layout, wordsStart);
        }
        return regionStarts.before(cue.start());
    }

    /** Who each cue's subject is, worked out once: a later cue may refer back to an earlier one's. */
    Mention subject(Cue cue) {
        if (subjects.containsKey(cue)) {
            return subjects.get(cue);
        }
        Mention subject = SurveyShare.source(layout, MarkedName.of(layout, findSubject(cue)), sentence, wordsStart);
        subjects.put(cue, subject);
        return subject;
    }

    /**
     * The relative pronoun written as the cue's subject ("Smith, who said"), which stands for the
     * subject {@link #subject} names: where the article names the speaker for this cue. Null when none.
     */
    Mention relative(Cue cue) {
        subject(cue);
        return relatives.get(cue);
    }

    /**
     * Who uses a verb of naming at {@code verbStart} ("what they called “…”"): the subject written
     * before it, or that of the verb it is joined to ("knocked Rubio and called him a “moderate”").
     */
    Mention labeller(int verbStart) {
        Mention before = mentions.before(sentence.start(), verbStart);
        return before != null ? mentions.subjectBefore.named(before, verbStart) : joined.subject(wordsStart, verbStart, wordsStart);
    }

    /** "Wie Weber sagte, …": whether the cue ends a clause commenting on what its sentence says. */
    boolean comments(Cue cue) {
        return !cue.according() && comment.subject(cue, wordsStart, sentence.end()) != null;
    }

    /** "so" in "„…“, so Bader": a cue that follows what it reports. */
    boolean followsReported(Cue c) {
        // A cue's word is lower case already: asked per cue and passage, it is not lowered again.
        return layout.language.words("after-quote").contains(c.word());
    }

    private Mention findSubject(Cue cue) {
        if (cue.according()) {
            return according.source(cue);
        }
        if (cue.agent() >= 0) {
            return mentions.after(cue.agent(), sentence.end());
        }
        if (followsReported(cue)) {
            return subjectAfter(cue);
        }
        Mention mainSubject = frontedParticiple.subject(cue, wordsStart, sentence.end());
        if (mainSubject != null) {
            return mainSubject;
        }
        int from = regionStart(cue);
        if (quoting.quotes(cue)) {
            Mention quoted = quoting.quoted(cue, wordsStart, from, sentence.end());
            if (quoted != null) {
                return quoted;
            }
        }
        Mention commenting = comment.speaker(cue, wordsStart, sentence.end());
        if (commenting != null) {
            return commenting;
        }
        Cue previous = previous(cue);
        if (cue.participle(layout.language) && participleOf(cue)) {
            // "shared a class called “X”, writing “…”": a labelling verb may describe a noun, not the subject.
            Mention opening = previous == null || layout.language.has("labelling", previous.word())
                    ? frontedParticiple.clauseSubject(cue, wordsStart) : null;
            return opening != null || previous == null ? opening : subject(previous);
        }
        if (previous != null && asideBefore(previous, cue)) {
            return subject(previous);
        }
        if (closingTag(cue, from)) {
            return subjectAfter(cue);
        }
        if (Word.in(text, from, cue.start()).isEmpty()) {
            if (cue.frame() == SpeechCues.Frame.CALL && !mentions.verbSecond()) {
                // "CNN, Cruz said, called the announcement “…”": what follows a verb of calling is what it names.
                return previous == null ? null : subject(previous);
            }
            Mention inverted = subjectAfter(cue);
            if (inverted != null) {
                return inverted;
            }
            // "“…,” said one New Hampshire Democrat": a description no name reading takes.
            return previous == null ? describedAfter(cue) : subject(previous);
        }
        List<Word> next = Word.first(text, cue.end(), sentence.end());
        if (!next.isEmpty() && layout.language.has("impersonal", next.get(0).lower())
                && layout.passageAt(next.get(0).start()) == null) {
            // "In dem Antrag heißt es": with no one as the subject, the writing named before the verb speaks.
            Mention source = mentions.before(from, cue.start());
            if (source != null && mentions.nounPhrase(source) && Mentions.plausible(source)) {
                return source;
            }
        }
        if (mentions.order.coordinated(from, cue.start()) && previous == null) {
            // "Weber hat sich … informiert und sprach von …": the subject opens the sentence.
            Mention opening = mentions.opening(sentence.start(), cue.start());
            if (opening != null && (mentions.order.clearlySubject(opening) || personOpening(opening, false))) {
                return opening;
            }
            Mention afterVerb = mentions.order.afterVerbSecond(sentence.start(), cue.start());
            if (afterVerb != null) {
                return afterVerb;
            }
        }
        Mention modalSubject = mentions.order.aroundModal(from, cue.start());
        if (modalSubject != null) {
            return modalSubject;
        }
        if (mentions.verbSecond()) {
            // "Den Unmut äußerte die Sprecherin": the subject may follow the verb whatever comes first.
            Mention inverted = subjectAfter(cue);
            if (inverted != null && !mentions.order.fronted(from, cue.start())
                    && (!inverted.pronoun() || mentions.order.mayBeObject(inverted))) {
                // "Der Sprecher nannte sie „…“", "Weber nannte Brenners Plan „…“": when a subject stands
                // first, what follows the verb is its object, unless only a subject reads so ("lobte er").
                Mention first = mentions.before(from, cue.start());
                if (first != null && (mentions.order.clearlySubject(first) || personOpening(first, false))) {
                    return first;
                }
            }
            if (inverted != null && (mentions.order.fronted(from, cue.start()) || mentions.order.clearlySubject(inverted))) {
                return inverted;
            }
            Mention afterAuxiliary = mentions.order.fronted(from, cue.start()) ? mentions.order.afterAuxiliary(from, cue.start()) : null;
            if (afterAuxiliary != null) {
                return afterAuxiliary;
            }
        }
        Mention before = mentions.before(from, cue.start());
        Mention m = before != null && mentions.order.objectCase(before) ? null : before;
        if (m != null && m.relative()) {
            Mention antecedent = mentions.before(wordsStart, m.start());
            if (antecedent != null && !antecedent.relative() && Mentions.plausible(antecedent)) {
                relatives.put(cue, m);
                return antecedent;
            }
        }
        if (m == null || m.relative() || !Mentions.plausible(m) || !mentions.nounPhrase(m)) {
            if (previous != null) {
                return subject(previous);
            }
            if (m != null && m.relative()) {
                return mentions.before(wordsStart, m.start());
            }
            if (m == null) {
                return joined.subject(from, cue.start(), wordsStart);
            }
            Mention opening = mentions.opening(wordsStart, cue.start());
            // "The RNC emailed a news article", "Trump was prompted to": where the mention read is a
            // clause, a phrase of a few words opening the sentence, or the clause, is a likelier subject.
            boolean clause = !Mentions.plausible(m);
            return opening != null && (opening.end() <= m.start() || opening.start() >= m.start() && opening.end() < m.end())
                    && personOpening(opening, clause && opening.text().contains(" ")) ? opening : mentions.subjectBefore.named(m, cue.start());
        }
        Mention issuer = objectParticiple.issuer(cue, m, from, wordsStart);
        return issuer != null ? issuer : knownExtension(m, from);
    }

    /**
     * The phrase after an inverted cue when it describes someone: "said one source", not "said in a
     * statement". Not where the verb stands second: the name reading after it already takes all a
     * subject there may be.
     */
    private Mention describedAfter(Cue cue) {
        List<Word> next = Word.first(text, cue.end(), sentence.end());
        if (next.isEmpty() || mentions.verbSecond() || ReportedSpeech.opensNoClause(layout.language, next.get(0).lower())
                || layout.language.has("clause-joiners", next.get(0).lower())) {
            return null;
        }
        Mention phrase = according.phraseAfter(cue);
        return phrase != null && Mentions.plausible(phrase) ? phrase : null;
    }

    /** Who follows the verb, unless an object does: "meldete sich mit den Worten" names no speaker. */
    private Mention subjectAfter(Cue cue) {
        Mention after = mentions.after(cue.end(), sentence.end());
        if (after == null) {
            return ImpersonalWriting.after(layout, cue.end(), sentence.end());
        }
        boolean impersonal = mentions.order.impersonalSource(cue.end(), after);
        return impersonal ? ImpersonalWriting.withOwner(layout, after, sentence.end()) : mentions.order.objectCase(after) ? null : after;
    }

    /** "Cruz, leading in Iowa, questioned": a person opening the sentence outside quote marks; with anyNoun, any noun phrase. */
    boolean personOpening(Mention m, boolean anyNoun) {
        if (layout.passageAt(m.start()) != null || !Mentions.plausible(m)) {
            return false;
        }
        return anyNoun && mentions.nounPhrase(m) || !mentions.titleWord(m.text()) && (m.pronoun()
                || (m.text().contains(" ") ? Persons.looksLikePerson(m.text()) : book.knows(m.text(), m.start())));
    }

    /** "“…,” said Harris": the cue's subject follows it; what it reports is the passage before. */
    boolean inverted(Cue cue) {
        int from = regionStart(cue);
        return !cue.according() && (Word.in(text, from, cue.start()).isEmpty() || closingTag(cue, from))
                && !(cue.participle(layout.language) && participleOf(cue));
    }

    /**
     * "The mood has changed, said Alan Abramowitz, a demographer.", "In other words, explained Nancy
     * Cordes: …": a verb after a comma with the speaker after it, ending the sentence or followed
     * by a comma or colon, reports the words around it, and its subject is the one that follows.
     */
    private boolean closingTag(Cue cue, int from) {
        // Verb-second order puts every subject after a verb that follows a clause: "Brenner, die …, sagte am Abend".
        if (cue.according() || cue.participle(layout.language) || cue.frame() != SpeechCues.Frame.CLAUSE || mentions.verbSecond()) {
            return false;
        }
        if (layout.lastNonSpace(from, cue.start()) != ',' || Word.first(text, from, cue.start()).isEmpty()) {
            return false;
        }
        List<Word> following = Word.first(text, cue.end(), sentence.end());
        if (!following.isEmpty() && ReportedSpeech.opensNoClause(layout.language, following.get(0).lower())) {
            // "X, a former aide, said of Mr. Rubio: …": who follows the preposition is spoken of, not speaking.
            return false;
        }
        Mention after = subjectAfter(cue);
        if (after == null || after.pronoun() || !Character.isUpperCase(after.text().charAt(0))
                || !Mentions.plausible(after)
                || Names.TIME_WORDS.contains(Word.first(text, after.start(), after.end()).get(0).lower())) {
            return false;
        }
        // The speaker ends the sentence, or an apposition follows: "said Alan Abramowitz, a demographer."
        char next = layout.firstNonSpace(after.end(), sentence.end());
        return next == ',' || next == ':' || Word.first(text, after.end(), sentence.end()).isEmpty();
    }

    /**
     * "McKeague, writing for the majority, said": a participle set off by commas between the subject
     * and the verb is an aside, and the verb's subject is the participle's.
     */
    private boolean asideBefore(Cue previous, Cue cue) {
        return previous.participle(layout.language) && participleOf(previous) && layout.lastNonSpace(previous.end(), cue.start()) == ','
                && !layout.hasPassageIn(previous.end(), cue.start());
    }

    /** "while demanding", ", saying": the participle's subject is the clause's. */
    private boolean participleOf(Cue cue) {
        String before = text.substring(Math.max(sentence.start(), cue.start() - 8), cue.start()).strip()
                .replaceAll("[”\"’']+$", "");
        List<Word> last = Word.in(before, 0, before.length());
        return before.endsWith(",") || !last.isEmpty() && layout.language.has("participle-openers", last.get(last.size() - 1).lower());
    }

    /** "Washington and allies": a known name that ends where the mention ends and starts before it. */
    private Mention knownExtension(Mention m, int from) {
        for (SpeakerBook.Occurrence o : book.within(from, m.end())) {
            if (o.end() == m.end() && o.start() < m.start()) {
                return new Mention(o.start(), m.end(), text.substring(o.start(), m.end()), m.role());
            }
        }
        return m;
    }

    /** The last cue that ends before this one starts, or null. */
    Cue previous(Cue cue) {
        Cue previous = null;
        for (Cue c : all) {
            if (c.end() <= cue.start()) {
                previous = c;
            }
        }
        return previous;
    }

    /** "according to the French presidency" when another cue already names the speaker. */
    String reportingPath(Cue used, Mention speaker) {
        return according.reportingPath(used, speaker);
    }
}
