package org.quotedesk.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.quotedesk.catalogue.quote.QuoteType;

/**
 * One pass over one article, sentence by sentence, so that "he", "the same day" and a paragraph
 * that goes on quoting refer back to what was read before.
 */
final class ArticleReading {

    /** Inner capitals, digits or dots: a product or an address („iPod nano“, „amazon.de“), not words. */
    private static final Pattern PRODUCT_OR_ADDRESS = Pattern.compile("(?s)\\S*\\p{Lu}.*|.*[\\d.].*");

    /** How many words a passage after a verb of naming may hold and still be the namer's words for a thing. */
    private static final int LABELLED_WORDS = 10;

    private final String text;
    private final Language language;
    private final ArticleLayout layout;
    private final Mentions mentions;
    private final SpeakerBook book;
    private final Dating dating;
    private final ReportedSpeech reported;
    private final People people;
    private final SpeakerResolver resolver;
    private final Deadline deadline;
    private final PassageKinds passageKinds;
    private final Headings headings;
    private final CuesBySentence cuesBySentence;
    private final PassageIntroducer introducer;
    private final List<Found> found = new ArrayList<>();
    /** Where the candidates found so far end, at the furthest. */
    private int foundUntil;

    ArticleReading(String text, LocalDate published, SpeakerDirectory known, KnownSpeaker outlet, Deadline deadline,
            Language language) {
        this.text = text;
        this.language = language;
        this.deadline = deadline;
        this.layout = new ArticleLayout(text, language);
        this.mentions = new Mentions(text, language);
        this.book = new SpeakerBook(text, known, outlet);
        this.dating = new Dating(new DateCues(layout, published), found);
        this.reported = new ReportedSpeech(text, language);
        this.people = new People(text, layout, mentions, book);
        this.resolver = new SpeakerResolver(text, layout, book, people);
        this.passageKinds = new PassageKinds(text, layout, mentions, language);
        this.headings = new Headings(text, language);
        this.cuesBySentence = new CuesBySentence(layout, mentions, book);
        this.introducer = new PassageIntroducer(text, language, layout, mentions, book, cuesBySentence);
    }

    List<Candidate> candidates() {
        for (Sentence s : layout.sentences) {
            deadline.check();
            read(s);
        }
        dating.dateTheLead();
        found.sort(Comparator.comparingInt(f -> f.start));
        return found.stream().map(f -> f.candidate(text)).toList();
    }

    private void read(Sentence s) {
        people.in(s);
        SentenceCues cues = cuesBySentence.of(s);
        List<Found> here = new ArrayList<>();
        List<QuotedPassage> kept = new ArrayList<>();
        for (QuotedPassage p : layout.passagesIn(s.start(), s.end())) {
            if (p.open() >= s.start() && p.open() < s.end() && (passageKinds.quotesSomeone(p) || passageKinds.saidOpening(s, p, cues) || passageKinds.naming().epithet(s, p, cues.forPassage(p)))
                    && !headings.repeatedBelow(p)) {
                Found f = quoted(s, p, cues);
                if (f != null && !kept.isEmpty() && passageKinds.joined(kept.get(kept.size() - 1), p)
                        && cues.forPassage(p) == null) {
                    // "called it a “new low” and a “bizarre attempt”": the second passage goes on quoting the first's speaker.
                    Found first = here.get(here.size() - 1);
                    f.mention = first.mention;
                    f.confidence = first.confidence;
                }
                if (f != null) {
                    here.add(f);
                    kept.add(p);
                }
            }
        }
        for (Cue cue : cues.all) {
            if (cues.inverted(cue)) {
                continue;
            }
            Mention subject = cues.subject(cue);
            ReportedSpeech.Span content = reported.of(cue, s, subject);
            if (content != null && subject != null && outside(content.start(), content.end(), kept)) {
                here.add(indirect(s, content.start(), content.end(), subject, cues.regionStart(cue), 0.6));
            }
        }
        int[] forSource = reported.forSource(s);
        if (forSource != null && outside(forSource[2], forSource[3], kept)) {
            Mention source = new Mention(forSource[0], forSource[1], text.substring(forSource[0], forSource[1]), null);
            if (book.named(source.text()) != null || source.description()) {
                here.add(indirect(s, forSource[2], forSource[3], source, s.start(), 0.5));
            }
        }
        ReportedSpeech.Denial denial = reported.denial(s);
        if (denial != null && outside(denial.start(), denial.end(), kept)) {
            Mention source = new Mention(denial.sourceStart(), denial.sourceEnd(),
                    text.substring(denial.sourceStart(), denial.sourceEnd()), null);
            here.add(indirect(s, denial.start(), denial.end(), source, denial.start(), 0.5));
        }
        here.sort(Comparator.comparingInt(f -> f.start));
        for (Found f : here) {
            if (overlapsFound(f)) {
                continue;
            }
            resolver.resolve(f, found);
            if (f.name == null && f.type == QuoteType.INDIRECT) {
                continue;
            }
            dating.date(f, s);
            f.venue = layout.venues().find(f.regions);
            found.add(f);
            foundUntil = Math.max(foundUntil, f.end);
        }
        resolver.noteSubject(s, found);
    }

    /**
     * Where nouns are capitalised, a passage opening with a lower-case word is no name: „völlig
     * unrealistisch“ quotes someone's words even without a speech verb beside it. Digits, inner
     * capitals and dots mark a product or an address („iPod nano“, „amazon.de“). Its sentence
     * reports speech ("sei", "habe") or its paragraph quoted someone already.
     */
    private boolean quotesWords(Sentence s, QuotedPassage p, Found f) {
        String quoted = text.substring(p.start(), p.end());
        if (!language.says("nouns-capitalized") || !Character.isLowerCase(quoted.charAt(0))
                || PRODUCT_OR_ADDRESS.matcher(quoted).matches()) {
            return false;
        }
        Found last = found.isEmpty() ? null : found.get(found.size() - 1);
        return last != null && last.paragraph == f.paragraph
                || introducer.reportsSpeech(s);
    }

    private Found quoted(Sentence s, QuotedPassage p, SentenceCues cues) {
        Found f = new Found(p.start(), p.end(), typeOf(s, p), layout.sentenceAt(p.open()).paragraph());
        Cue cue = cues.forPassage(p);
        if (cue == null && (QuoteMarks.dialogueDash(text.charAt(p.open())) || passageKinds.dated(p))) {
            // A dashed line, or a passage with a year in brackets after it (“Yes to the wall” (2009)), is speech only
            // when a verb says so: lists and credits are dashed too, and the year dates a slogan or a work.
            return null;
        }
        int words = Word.in(text, p.start(), p.end()).size();
        if (cue != null) {
            f.mention = cues.subject(cue);
            f.writtenAs = f.mention == null ? null : cues.relative(cue);
            f.confidence = f.type == QuoteType.DIRECT ? 0.9 : 0.85;
            if (cue.start() > p.open()) {
                f.regionAfter(text, p.outerEnd(), s.end());
            } else {
                f.regionBefore(text, cues.regionStart(cue), p.open());
            }
            addFragmentAfter(s, f);
        }
        Mention signed = introducer.signature(p);
        if (signed != null) {
            f.mention = signed;
            f.confidence = 0.85;
        }
        f.reportedVia = cues.reportingPath(cue, f.mention);
        if (f.mention == null) {
            f.mention = introducer.of(s, p);
            f.confidence = 0.7;
        }
        int labelling = f.mention == null && words <= LABELLED_WORDS ? passageKinds.naming().labelling(s, p) : -1;
        Mention labeller = labelling >= 0 ? passageKinds.naming().labeller(s, p, labelling, cues) : null;
        if (labeller != null && (words >= 4 || passageKinds.naming().closesClause(s, p))) {
            // "what the ministry deemed “a normal market”", "als „falsch“ zurückgewiesen": the labeller's words.
            f.mention = labeller;
            f.confidence = 0.4;
        }
        if (f.mention == null) {
            SpeakerBook.Occurrence named = nameOutside(s, p);
            Mention pronoun = pronounOpening(s, p);
            if (named != null) {
                f.mention = pronoun != null ? pronoun
                        : new Mention(named.start(), named.end(), text.substring(named.start(), named.end()), null);
                f.confidence = 0.5;
            } else if (words >= 4 || goesOnQuoting(p, f) || quotesWords(s, p, f) || afterUnsaidSubject(s, p, cue, labelling)) {
                Mention opening = p.open() > s.start() && (words < 4 || !speakerNearby(f)) ? mentions.opening(s.start(), p.open()) : null;
                People.Named subject = subjectNamed(s, p);
                Mention reporter = introducer.reporterBefore(s);
                if (reporter != null) {
                    f.mention = reporter;
                    f.confidence = 0.6;
                } else if (opening != null && mentions.order.clearlySubject(opening)) {
                    // "Stoiber begründete seinen Rückzug mit einer „veränderten Lage“": with nobody quoted
                    // just before to go on quoting, the clause's subject.
                    f.mention = opening;
                    f.confidence = 0.5;
                } else if (opening != null && afterUnsaidSubject(s, p, cue, labelling)) {
                    f.mention = mentions.beforeVerb(opening);
                    f.confidence = 0.5;
                } else if (pronoun != null) {
                    f.mention = pronoun;
                    f.confidence = 0.6;
                } else if (subject != null) {
                    String written = text.substring(subject.start(), subject.end());
                    f.mention = new Mention(subject.start(), subject.end(), written, null);
                    f.confidence = 0.5;
                } else {
                    continueFrom(f, s);
                }
            } else {
                f.mention = labelling >= 0 ? labeller : passageKinds.personOpening(s, p);
                f.confidence = 0.4;
                if (f.mention == null && labelling < 0 && (cue == null || !mentions.subjectBefore.unnamed(cue.start()))) {
                    return null;
                }
            }
        }
        return f;
    }

    /**
     * "Experts have speculated that it could raise its “output capacity”": a few words after their speech verb are
     * its speaker's even when no person is found to be its subject; the clause's opening then speaks.
     */
    private boolean afterUnsaidSubject(Sentence s, QuotedPassage p, Cue cue, int labelling) {
        return cue != null && cue.end() <= p.open() && labelling < 0 && passageKinds.personOpening(s, p) == null;
    }

    /** DIRECT when the quote marks hold the sentence but for who said it; PARTIAL inside other words. */
    private QuoteType typeOf(Sentence s, QuotedPassage p) {
        if (p.close() < 0 || layout.sentenceAt(p.outerEnd() - 1).paragraph() != layout.sentenceAt(p.open()).paragraph()) {
            return QuoteType.DIRECT;
        }
        char before = layout.lastNonSpace(s.start(), p.open());
        boolean opensSentence = before == 0 || before == ':' || before == ',';
        return opensSentence && Character.isUpperCase(text.charAt(p.start())) ? QuoteType.DIRECT : QuoteType.PARTIAL;
    }

    private Found indirect(Sentence s, int start, int end, Mention subject, int regionStart, double confidence) {
        Found f = new Found(start, end, QuoteType.INDIRECT, s.paragraph());
        f.mention = subject;
        f.confidence = confidence;
        f.regionBefore(text, Math.min(regionStart, start), start);
        f.regionAfter(text, end, s.end());
        return f;
    }

    /** A short sentence that only completes the one before ("Belaruso on his Telegram account this Sunday."). */
    private void addFragmentAfter(Sentence s, Found f) {
        Sentence next = layout.sentence(s.index() + 1);
        if (next != null && next.paragraph() == s.paragraph() && Word.in(text, next.start(), next.end(), 11).size() <= 10
                && !layout.hasPassageIn(next.start(), next.end())
                && cuesBySentence.of(next).all.isEmpty()) {
            f.regions.add(new int[] {next.start(), next.end()});
        }
    }

    /** "She praised him", "She’s praising him for fighting “over and over again.”": with no speech verb, the person the
     * sentence opens with, or in a verb-second language the one right after its verb ("Ursprünglich wollte er „…“"). */
    private Mention pronounOpening(Sentence s, QuotedPassage p) {
        Word first = cuesBySentence.of(s).firstWord();
        Word w = first == null ? null : first.beforeApostrophe();
        if (w == null || w.start() >= p.open() || layout.passageAt(w.start()) != null) {
            return null;
        }
        if (!language.has("person-pronouns", w.lower())) {
            return introducer.pronounAfterVerb(s.start(), p.open());
        }
        return new Mention(w.start(), w.end(), w.text(), null);
    }

    /** A known speaker named in the sentence outside quote marks: the last before the passage, else the first after. */
    private SpeakerBook.Occurrence nameOutside(Sentence s, QuotedPassage p) {
        SpeakerBook.Occurrence before = null;
        SpeakerBook.Occurrence after = null;
        for (SpeakerBook.Occurrence o : book.within(s.start(), s.end())) {
            if (layout.passageAt(o.start()) != null) {
                continue;
            }
            if (o.start() < p.open()) {
                before = o;
            } else if (after == null) {
                after = o;
            }
        }
        return before != null ? before : after;
    }

    /**
     * "Dahl describes himself as a “farmer first”": with no speech verb, a person the sentence opens
     * with speaks in it, rather than whoever was quoted before.
     */
    private People.Named subjectNamed(Sentence s, QuotedPassage p) {
        People.Named subject = people.opening(s);
        return subject != null && subject.end() <= p.open() ? subject : null;
    }

    /**
     * "“We will win,” Dahl said. “Believe me.”", "He turned to “little” Rubio.": a quote just before in the paragraph goes
     * on in a whole sentence or in lower-case words, not a name; a few words are more often their clause subject's.
     */
    private boolean goesOnQuoting(QuotedPassage p, Found f) {
        Found last = found.isEmpty() ? null : found.get(found.size() - 1);
        return last != null && last.paragraph == f.paragraph && last.type != QuoteType.INDIRECT
                && (f.type == QuoteType.DIRECT || Character.isLowerCase(text.charAt(p.start())));
    }

    private boolean speakerNearby(Found f) {
        Found last = found.isEmpty() ? null : found.get(found.size() - 1);
        return last != null && f.paragraph - last.paragraph <= 1;
    }

    /** A passage with no cue in its sentence goes on quoting whoever spoke last, nearby. */
    private void continueFrom(Found f, Sentence s) {
        Found last = found.isEmpty() ? null : found.get(found.size() - 1);
        if (speakerNearby(f)) {
            f.speaker = last.speaker;
            f.name = last.name;
            f.mention = null;
            f.inheritedFrom = last;
            f.confidence = 0.6;
        } else {
            f.confidence = 0.3;
            resolver.guessNearest(f, found);
        }
    }

    /** Candidates are found in text order, so one overlaps those before it when it starts before their end. */
    private boolean overlapsFound(Found f) {
        return f.start < foundUntil;
    }

    private static boolean outside(int start, int end, List<QuotedPassage> passages) {
        for (QuotedPassage p : passages) {
            if (p.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }
}
