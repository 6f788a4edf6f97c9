package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The verbs that report speech, and where they do in a sentence. */
final class SpeechCues {

    /**
     * What follows a cue: a clause ("said that…", "said he would…"), an object ("denounced the
     * violations"), a listener and then a clause ("told Reuters that…"), the source ("according to
     * X"), or, for "call", quote marks or "for".
     */
    enum Frame {
        CLAUSE, OBJECT, TELL, ACCORDING, CALL
    }

    /** Clause verbs that take a clause without "that": "They say the maneuvers are meant…". */
    static final Set<String> BARE_CLAUSE = Set.of("say", "says", "said", "saying", "claim", "claims", "claimed",
            "argue", "argues", "argued", "insist", "insists", "insisted", "believe", "believes", "believed", "warn",
            "warns", "warned", "predict", "predicts", "predicted", "wrote", "writes", "tweeted", "added", "adds");

    /** Clause verbs that also take an object as what was said: "announcing the return of troops". */
    static final Set<String> TAKES_OBJECT = Set.of("announce", "announces", "announced", "announcing", "confirm",
            "confirms", "confirmed", "confirming", "deny", "denies", "denied", "denying", "demand", "demands",
            "demanded", "demanding", "predict", "predicts", "predicted", "promise", "promises", "promised", "pledge",
            "pledges", "pledged", "urge", "urges", "urged", "urging");

    /** Words before a cue that make it report nothing said: "did not say", "was told", "refused to say". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "didn't", "doesn't", "don't",
            "won't", "wouldn't", "couldn't", "cannot", "refused", "declined", "without", "nor");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are");
    private static final Set<String> INTENT = Set.of("expected", "likely", "unlikely", "due", "going", "plans",
            "planned", "plan", "want", "wants", "wanted", "hope", "hopes", "set", "scheduled", "able", "refuse",
            "declined", "refused", "how", "what", "ready");

    /** Two-word cues: "shot back", "points out", "chimed in". */
    private static final Map<String, String> PHRASAL = Map.ofEntries(Map.entry("shot", "back"),
            Map.entry("fired", "back"), Map.entry("hit", "back"), Map.entry("points", "out"),
            Map.entry("pointed", "out"), Map.entry("pointing", "out"), Map.entry("chimed", "in"),
            Map.entry("weighed", "in"), Map.entry("went", "on"), Map.entry("goes", "on"), Map.entry("spoke", "up"),
            Map.entry("summed", "up"), Map.entry("sums", "up"), Map.entry("lashed", "out"),
            Map.entry("piped", "up"), Map.entry("cut", "in"));

    /** Verbs of commitment that report no words when "to" follows: "pledged to carry out". */
    private static final Set<String> COMMITMENTS = Set.of("pledge", "pledges", "pledged", "pledging", "promise",
            "promises", "promised", "promising", "vow", "vows", "vowed", "vowing", "urge", "urged", "urges", "ask",
            "asks", "asked", "demand", "demands", "demanded", "continue", "continued", "threaten", "threatened",
            "offer", "offers", "offered", "offering");

    /** "pledged to carry out": a commitment; "pledging to “win many delegates”" quotes the pledge. */
    private static boolean commitsTo(String text, List<Word> words, int i) {
        for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
            Word w = words.get(j);
            if (w.lower().equals("to")) {
                boolean committed = j == i + 1 || Set.of("never", "not", "also", "only").contains(words.get(i + 1).lower());
                String after = text.substring(w.end(), Math.min(text.length(), w.end() + 2)).strip();
                return committed && !(after.startsWith("“") || after.startsWith("\""));
            }
        }
        return false;
    }

    private SpeechCues() {
    }

    /** The cues of a range of the article, outside quote marks. */
    static List<Cue> in(ArticleLayout layout, int from, int to) {
        String text = layout.text;
        Language language = layout.language;
        List<Word> words = Word.in(text, from, to);
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (layout.passageAt(w.start()) != null) {
                continue;
            }
            String lower = w.lower();
            int phraseEnd = sourcePhraseEnd(language, words, i);
            if (phraseEnd > i) {
                int end = words.get(phraseEnd).end();
                String phrase = text.substring(w.start(), end).toLowerCase(java.util.Locale.ROOT);
                cues.add(new Cue(w.start(), end, phrase, Frame.ACCORDING, -1));
                i = phraseEnd;
                continue;
            }
            if (language.has("source-before", lower) || language.has("source-after", lower)) {
                cues.add(new Cue(w.start(), w.end(), lower, Frame.ACCORDING, -1));
                continue;
            }
            if (language.has("after-quote", lower) && (afterQuote(text, w.start()) || namesAfterComma(language, text, words, i))) {
                cues.add(new Cue(w.start(), w.end(), lower, Frame.CLAUSE, -1));
                continue;
            }
            String particle = PHRASAL.get(lower);
            if (particle != null && i + 1 < words.size() && words.get(i + 1).lower().equals(particle)
                    && !w.capitalized() && !reportsNothing(layout, words, i)) {
                cues.add(new Cue(w.start(), words.get(i + 1).end(), lower + " " + particle, Frame.CLAUSE, -1));
                continue;
            }
            Frame frame = AGREEMENT.contains(lower) ? Frame.CLAUSE : language.frame(lower);
            if (frame == null && separable(language, text, words, i)) {
                frame = Frame.CLAUSE;
            }
            if (frame == null || w.capitalized() || reportsNothing(layout, words, i)) {
                continue;
            }
            if (frame == Frame.CALL && !callsOut(layout, words, i, to)) {
                continue;
            }
            if (COMMITMENTS.contains(lower) && commitsTo(text, words, i)) {
                continue;
            }
            if (AGREEMENT.contains(lower) && !agreesWith(text, words, i)) {
                continue;
            }
            cues.add(new Cue(w.start(), w.end(), lower, frame, passiveAgent(text, words, i)));
        }
        return cues;
    }

    /** How many words a separable verb's clause is read for the particle that ends it. */
    private static final int PARTICLE_REACH = 10;

    /**
     * "führt das Gericht aus, dass …", "machte klar:": a verb whose particle, listed with it, ends its
     * clause reports speech, the particle standing right before a comma, colon or full stop.
     */
    private static boolean separable(Language language, String text, List<Word> words, int i) {
        for (int j = i + 1; j < Math.min(words.size(), i + PARTICLE_REACH); j++) {
            Word w = words.get(j);
            char after = w.end() < text.length() ? text.charAt(w.end()) : '.';
            if (",:.;".indexOf(after) >= 0) {
                return language.has("separable-verbs", words.get(i).lower() + " " + w.lower());
            }
            if (!text.substring(words.get(j - 1).end(), w.start()).isBlank()) {
                return false;
            }
        }
        return false;
    }

    /** "agrees" reports speech in "“…,” agrees Stevens" or "agreed that…", not in "agreed to take part". */
    private static final Set<String> AGREEMENT = Set.of("agree", "agrees", "agreed", "disagree", "disagrees",
            "disagreed");

    /** The index of the last word of a source phrase of two or three words starting here ("according to", "nach Ansicht"), or -1. */
    private static int sourcePhraseEnd(Language language, List<Word> words, int i) {
        String phrase = words.get(i).lower();
        for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
            phrase += " " + words.get(j).lower();
            if (language.has("source-before", phrase)) {
                return j;
            }
        }
        return -1;
    }

    /** "„…“, so Merkel": the word right after a closing quote mark and a comma. */
    private static boolean afterQuote(String text, int at) {
        String before = text.substring(Math.max(0, at - 4), at).strip();
        return before.endsWith(",") && before.length() > 1 && "“”\"«»‘’".indexOf(before.charAt(before.length() - 2)) >= 0;
    }

    /** "…, so die Polizei.", "– so der Sprecher –": after a comma or dash, when a subject follows at once. */
    private static boolean namesAfterComma(Language language, String text, List<Word> words, int i) {
        String before = text.substring(Math.max(0, words.get(i).start() - 3), words.get(i).start()).strip();
        if (i + 1 >= words.size() || !(before.endsWith(",") || before.endsWith("–") || before.endsWith("—"))) {
            return false;
        }
        Word next = words.get(i + 1);
        return text.substring(words.get(i).end(), next.start()).equals(" ")
                && (next.capitalized() || language.has("determiners", next.lower()));
    }

    private static boolean agreesWith(String text, List<Word> words, int i) {
        String before = text.substring(Math.max(0, words.get(i).start() - 3), words.get(i).start()).strip();
        boolean afterQuote = before.endsWith("”") || before.endsWith("\"") || before.endsWith(",");
        return afterQuote || (i + 1 < words.size() && words.get(i + 1).lower().equals("that"));
    }

    /** "was asked by host Bill Maher": where the agent of a passive cue begins, or -1. */
    private static int passiveAgent(String text, List<Word> words, int i) {
        if (i == 0 || !PASSIVE.contains(words.get(i - 1).lower()) || words.get(i).lower().endsWith("ing")) {
            return -1;
        }
        return i + 2 < words.size() && words.get(i + 1).lower().equals("by") ? words.get(i + 1).end() : -1;
    }

    private static boolean reportsNothing(ArticleLayout layout, List<Word> words, int i) {
        String verb = words.get(i).lower();
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            if (layout.passageAt(words.get(i - back).start()) != null) {
                break;
            }
            String before = words.get(i - back).lower();
            if (NEGATIONS.contains(before) || before.endsWith("n't")) {
                return true;
            }
        }
        if (i > 0 && layout.passageAt(words.get(i - 1).start()) == null) {
            String before = words.get(i - 1).lower();
            if (PASSIVE.contains(before) && !verb.endsWith("ing") && passiveAgent(null, words, i) < 0
                    && !cleft(layout.language, words, i - 1)) {
                return true;
            }
            if (before.endsWith("'s") || before.endsWith("’s")) {
                return true;
            }
            if (before.equals("to") && i > 1 && INTENT.contains(words.get(i - 2).lower())) {
                return true;
            }
            if (DETERMINER_BEFORE_NOUN.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** "what he did was shout": "was" after a form of "do" names the deed that follows, in the active. */
    private static boolean cleft(Language language, List<Word> words, int was) {
        return was > 0 && language.has("cleft-verbs", words.get(was - 1).lower());
    }

    /** "a warning", "the claims", "his statement": the word is a noun there. */
    private static final Set<String> DETERMINER_BEFORE_NOUN = Set.of("a", "an", "the", "his", "her", "its", "their",
            "our", "my", "your", "these", "those", "this", "whose");

    /**
     * Words a naming verb's quote marks may stand after: four whatever comes between ("called him, in
     * turn, “…”"), eight with no pause between ("called the group's new leader in Iowa “…”").
     */
    private static final int CALL_REACH = 4;
    private static final int CALL_REACH_UNBROKEN = 8;

    /**
     * "called", "described", "labeled" report speech when quote marks follow within a few words and
     * no stop ("what he called “the last attempt”", "called him a ''loser''") or, for "call", "for" does.
     */
    private static boolean callsOut(ArticleLayout layout, List<Word> words, int i, int to) {
        String text = layout.text;
        Word w = words.get(i);
        if (i + 1 < words.size() && words.get(i + 1).lower().equals("for") && w.lower().startsWith("call")) {
            return true;
        }
        int reach = wordStart(words, i + CALL_REACH + 1, to);
        int limit = Math.min(wordStart(words, i + CALL_REACH_UNBROKEN + 1, to), to);
        boolean paused = false;
        for (int at = w.end(); at < limit; at++) {
            char c = text.charAt(at);
            if ("“\"‘«„".indexOf(c) >= 0 || c == '\'' && opensPassage(layout, at)) {
                return (at < reach || !paused) && noCueBetween(layout, w.end(), at);
            }
            if (".;!?".indexOf(c) >= 0) {
                return false;
            }
            paused |= ",:()—".indexOf(c) >= 0;
        }
        return false;
    }

    private static int wordStart(List<Word> words, int index, int otherwise) {
        return index < words.size() ? words.get(index).start() : otherwise;
    }

    /** "issued a statement saying his comment “…”": a speech verb nearer the marks reports them. */
    private static boolean noCueBetween(ArticleLayout layout, int from, int to) {
        return Word.in(layout.text, from, to).stream().noneMatch(w -> layout.language.frame(w.lower()) != null);
    }

    /** A straight apostrophe opening a passage the layout found: ''…'' as some archives print quote marks. */
    private static boolean opensPassage(ArticleLayout layout, int at) {
        QuotedPassage p = layout.passageAt(at);
        return p != null && p.open() == at;
    }
}
