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
    private int firstWordStart = -1;

    SentenceCues(Sentence sentence, List<Cue> all, ArticleLayout layout, Mentions mentions, SpeakerBook book) {
        this.sentence = sentence;
        this.all = all;
        this.text = layout.text;
        this.layout = layout;
        this.mentions = mentions;
        this.book = book;
    }

    /** The cue that attributes a passage: the one right after it when it opens the sentence, else the closest before. */
    Cue forPassage(QuotedPassage p) {
        Cue before = null;
        Cue after = null;
        for (Cue c : all) {
            if (c.end() <= p.open()) {
                before = c;
            } else if (c.start() >= p.outerEnd() && after == null) {
                after = c;
            }
        }
        boolean opens = firstWordStart() >= p.open();
        if (opens && after != null) {
            return after;
        }
        return before != null ? before : after;
    }

    /** Where the sentence's first word starts (its end when it has none): read once, asked per passage. */
    private int firstWordStart() {
        if (firstWordStart < 0) {
            List<Word> first = Word.first(text, sentence.start(), sentence.end());
            firstWordStart = first.isEmpty() ? sentence.end() : first.get(0).start();
        }
        return firstWordStart;
    }

    /** Where the words governed by this cue's subject begin: after the last passage or cue before it. */
    int regionStart(Cue cue) {
        int start = sentence.start();
        for (Cue c : all) {
            if (c.end() <= cue.start() && c != cue) {
                start = Math.max(start, c.end());
            }
        }
        for (QuotedPassage p : layout.passagesIn(sentence.start(), cue.start())) {
            if (p.outerEnd() <= cue.start()) {
                start = Math.max(start, p.outerEnd());
            }
        }
        return start;
    }

    /** Who each cue's subject is, worked out once: a later cue may refer back to an earlier one's. */
    Mention subject(Cue cue) {
        if (subjects.containsKey(cue)) {
            return subjects.get(cue);
        }
        Mention subject = findSubject(cue);
        subjects.put(cue, subject);
        return subject;
    }

    private Mention findSubject(Cue cue) {
        if (cue.according()) {
            return accordingSource(cue);
        }
        if (cue.agent() >= 0) {
            return mentions.after(cue.agent(), sentence.end());
        }
        int from = regionStart(cue);
        Cue previous = previous(cue);
        if (cue.participle() && participleOf(cue)) {
            return previous != null ? subject(previous) : mentions.opening(sentence.start(), cue.start());
        }
        if (Word.in(text, from, cue.start()).isEmpty()) {
            Mention inverted = subjectAfter(cue);
            if (inverted != null) {
                return inverted;
            }
            return previous == null ? null : subject(previous);
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
        if (mentions.verbSecond()) {
            // "Den Unmut äußerte die Sprecherin": the subject may follow the verb whatever comes first.
            Mention inverted = subjectAfter(cue);
            if (inverted != null && (mentions.fronted(from, cue.start()) || mentions.clearlySubject(inverted))) {
                return inverted;
            }
            Mention afterAuxiliary = mentions.fronted(from, cue.start()) ? mentions.afterAuxiliary(from, cue.start()) : null;
            if (afterAuxiliary != null) {
                return afterAuxiliary;
            }
        }
        Mention before = mentions.before(from, cue.start());
        Mention m = before != null && mentions.objectCase(before) ? null : before;
        if (m == null || m.relative() || !Mentions.plausible(m) || !mentions.nounPhrase(m)) {
            if (previous != null) {
                return subject(previous);
            }
            if (m != null && m.relative()) {
                return mentions.before(sentence.start(), m.start());
            }
            Mention opening = m == null ? null : mentions.opening(sentence.start(), cue.start());
            return opening != null && opening.end() <= m.start() && personOpening(opening) ? opening : m;
        }
        return knownExtension(m, from);
    }

    /** Who follows the verb, unless an object does: "meldete sich mit den Worten" names no speaker. */
    private Mention subjectAfter(Cue cue) {
        Mention after = mentions.after(cue.end(), sentence.end());
        return after != null && mentions.objectCase(after) ? null : after;
    }

    /** "Cruz, leading in Iowa, questioned": a person who opens the sentence outside quote marks. */
    private boolean personOpening(Mention m) {
        if (layout.passageAt(m.start()) != null || !Mentions.plausible(m) || mentions.titleWord(m.text())) {
            return false;
        }
        return m.pronoun() || (m.text().contains(" ") ? Persons.looksLikePerson(m.text())
                : book.knows(m.text(), m.start()));
    }

    /** "“…,” said Harris": the cue's subject follows it; what it reports is the passage before. */
    boolean inverted(Cue cue) {
        return !cue.according() && Word.in(text, regionStart(cue), cue.start()).isEmpty()
                && !(cue.participle() && participleOf(cue));
    }

    /** "while demanding", ", saying": the participle's subject is the clause's. */
    private boolean participleOf(Cue cue) {
        String before = text.substring(Math.max(sentence.start(), cue.start() - 8), cue.start()).strip()
                .replaceAll("[”\"’]+$", "");
        return before.endsWith(",") || before.endsWith("while") || before.endsWith("after")
                || before.endsWith("before") || before.endsWith("by") || before.endsWith(" for") || before.endsWith("when");
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

    private Cue previous(Cue cue) {
        Cue previous = null;
        for (Cue c : all) {
            if (c.end() <= cue.start()) {
                previous = c;
            }
        }
        return previous;
    }

    /** "according to X, …", "according to the US and natothe Russians…" (a missing space). */
    private Mention accordingSource(Cue cue) {
        if (layout.language.has("source-after", cue.word())) {
            return mentions.before(regionStart(cue), cue.start());
        }
        if (layout.language.says("verb-second")) {
            // The verb follows the fronted source without a comma: "Laut Polizei wurden drei Menschen verletzt".
            List<Word> next = Word.first(text, cue.end(), sentence.end());
            boolean link = !next.isEmpty() && layout.language.has("source-links", next.get(0).lower());
            return mentions.after(link ? next.get(0).end() : cue.end(), sentence.end());
        }
        List<Word> words = Word.in(text, cue.end(), sentence.end(), 2);
        if (words.isEmpty()) {
            return null;
        }
        int stop = sentence.end();
        for (char c : new char[] {',', '.', ';', '“', '"', '—'}) {
            int i = TextScan.indexOf(text, c, cue.end(), stop);
            if (i >= 0) {
                stop = i;
            }
        }
        List<Word> source = Word.in(text, cue.end(), stop, 9);
        if (!source.isEmpty() && source.size() <= 8) {
            int start = source.get(0).start();
            int end = source.get(source.size() - 1).end();
            Mention written = new Mention(start, end, text.substring(start, end), null);
            Mention named = mentions.roles.nameAfterTitle(written, sentence.end());
            return named != null ? named : written;
        }
        for (Word w : words.subList(0, Math.min(2, words.size()))) {
            SpeakerBook.Occurrence o = book.startingAt(w.start());
            if (o != null) {
                return new Mention(words.get(0).start(), o.end(), text.substring(words.get(0).start(), o.end()), null);
            }
        }
        return mentions.after(cue.end(), sentence.end());
    }

    /** "according to the French presidency" when another cue already names the speaker. */
    String reportingPath(Cue used, Mention speaker) {
        for (Cue c : all) {
            if (c.according() && c != used) {
                Mention source = accordingSource(c);
                if (source != null && speaker != null) {
                    // "dem Bericht zufolge": the source may come before its cue.
                    return text.substring(Math.min(c.start(), source.start()), Math.max(c.end(), source.end()));
                }
            }
        }
        if (used != null && used.frame() == SpeechCues.Frame.TELL) {
            VenueHint hint = VenueCues.find(text, List.of(new int[] {used.start(), sentence.end()}));
            if (hint != null && hint.text().startsWith("told")) {
                return hint.text();
            }
        }
        return null;
    }
}
