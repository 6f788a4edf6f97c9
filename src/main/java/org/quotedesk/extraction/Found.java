package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import org.quotedesk.catalogue.quote.QuoteType;

/** A candidate while the reading builds it, with what later candidates need to refer back to it. */
final class Found {

    final int start;
    final int end;
    final QuoteType type;
    final int paragraph;
    /** The ranges around the statement that may say when and where it was made. */
    final List<int[]> regions = new ArrayList<>();
    Mention mention;
    /** Where the article names the speaker when not by the mention itself: "who" in "Smith, who said". */
    Mention writtenAs;
    SpeakerBook.Speaker speaker;
    String name;
    String role;
    VenueHint venue;
    String reportedVia;
    SaidOn said;
    double confidence;
    /** The statement this one continues, when its own sentence does not say who speaks. */
    Found inheritedFrom;
    /** Other speakers the mention could refer to. */
    List<String> alternatives = List.of();

    /**
     * How far back "he", "the same day" and a speaker's earlier date are looked for: the last 100
     * candidates, more than an article's few screens, fewer than a pathological text's.
     */
    static int lookbackStart(List<Found> found) {
        return Math.max(0, found.size() - 100);
    }

    /**
     * How many characters a range of words about a statement reaches from it. A date
     * or venue further off in the same long sentence is about other quotes, and reading that far for each quote
     * made a sentence of many quotes ("“…,” he said “…,” he said …") cost its length times its quotes.
     */
    static final int REGION_REACH = 500;

    /**
     * A range after the statement, up to {@link #REGION_REACH} characters of it, cut at a space rather than
     * inside a word: a word cut in two may read as another, and {@link MatchesBySentence} must search such a range.
     */
    void regionAfter(String text, int from, int to) {
        regions.add(new int[] {from, TextScan.reachForward(text, from, to, REGION_REACH)});
    }

    /**
     * A range before the statement, its last {@link #REGION_REACH} characters, from a word's start: quotes inside it
     * may share its cue's venue ("Bush tweeted “…”, “liar” and “whiner”").
     */
    void regionBefore(String text, int from, int to) {
        regions.add(new int[] {TextScan.reachBack(text, from, to, REGION_REACH), to});
    }

    Found(int start, int end, QuoteType type, int paragraph) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.paragraph = paragraph;
    }

    Candidate candidate(String text) {
        Mention written = writtenAs != null ? writtenAs : mention;
        for (Found f = inheritedFrom; written == null && f != null; f = f.inheritedFrom) {
            written = f.mention;
        }
        CandidateSpeaker who = new CandidateSpeaker(name, written == null ? null : written.start(),
                written == null ? null : written.end(), written == null ? null : written.text(),
                speaker == null ? null : speaker.id, speaker == null ? null : speaker.person, alternatives);
        double sure = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100.0;
        return new Candidate(text.substring(start, end), start, end, type, who, role, venue, reportedVia,
                said.day(), said.precision(), said.until(), sure);
    }
}
