package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** "pledged to carry out": a commitment; "pledging to “win many delegates”" quotes the pledge. */
    private static boolean commitsTo(Language language, String text, List<Word> words, int i) {
        for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
            Word w = words.get(j);
            if (language.has("infinitive-markers", w.lower())) {
                boolean committed = j == i + 1 || language.has("commitment-adverbs", words.get(i + 1).lower());
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
            String phrasal = i + 1 < words.size() ? lower + " " + words.get(i + 1).lower() : null;
            if (phrasal != null && language.has("phrasal-verbs", phrasal) && !w.capitalized()
                    && !reportsNothing(layout, words, i)) {
                cues.add(new Cue(w.start(), words.get(i + 1).end(), phrasal, Frame.CLAUSE, -1));
                continue;
            }
            Frame frame = language.has("agreement", lower) ? Frame.CLAUSE : language.frame(lower);
            if (frame == null && separable(language, text, words, i)) {
                frame = Frame.CLAUSE;
            }
            if (frame == null || w.capitalized() || reportsNothing(layout, words, i)) {
                continue;
            }
            if (frame == Frame.CALL && !callsOut(layout, words, i, to)) {
                continue;
            }
            if (language.has("commitments", lower) && commitsTo(language, text, words, i)) {
                continue;
            }
            if (language.has("agreement", lower) && !agreesWith(language, text, words, i)) {
                continue;
            }
            cues.add(new Cue(w.start(), w.end(), lower, frame, passiveAgent(language, words, i)));
        }
        return cues;
    }

    /** How many words a separable verb's clause is read for the particle that ends it. */
    private static final int PARTICLE_REACH = 16;

    /** A comma, then a name of up to four capitalised words, a party in brackets, and the comma closing it. */
    private static final Pattern NAME_APPOSITION =
            Pattern.compile(",[ \\t]+\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}(?: \\([^()\\n]{1,20}\\))?,");

    /**
     * "führt das Gericht aus, dass …", "machte klar:": a verb whose particle, listed with it, ends its
     * clause reports speech, the particle standing right before a comma, colon or full stop.
     */
    private static boolean separable(Language language, String text, List<Word> words, int i) {
        int gapFrom = 0;
        for (int j = i + 1; j < Math.min(words.size(), i + PARTICLE_REACH); j++) {
            Word w = words.get(j);
            char after = w.end() < text.length() ? text.charAt(w.end()) : '.';
            Matcher apposition = after == ',' ? NAME_APPOSITION.matcher(text).region(w.end(), text.length()) : null;
            if (apposition != null && j + 1 < words.size() && apposition.lookingAt()) {
                // "nahm der Ministerpräsident, Karl Weber (CDU), zu der Frage Stellung": a name set off by
                // commas stands inside the clause, which goes on to the particle.
                while (j + 1 < words.size() && words.get(j + 1).start() < apposition.end()) {
                    j++;
                }
                gapFrom = apposition.end();
                continue;
            }
            if (",:.;".indexOf(after) >= 0) {
                return language.has("separable-verbs", words.get(i).lower() + " " + w.lower());
            }
            if (!text.substring(Math.max(gapFrom, words.get(j - 1).end()), w.start()).isBlank()) {
                return false;
            }
        }
        return false;
    }

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

    /** "agrees" reports speech in "“…,” agrees Stevens" or "agreed that…", not in "agreed to take part". */
    private static boolean agreesWith(Language language, String text, List<Word> words, int i) {
        String before = text.substring(Math.max(0, words.get(i).start() - 3), words.get(i).start()).strip();
        boolean afterQuote = before.endsWith("”") || before.endsWith("\"") || before.endsWith(",");
        return afterQuote || taggedAfterQuote(text, words, i)
                || (i + 1 < words.size() && language.has("complementizers", words.get(i + 1).lower()));
    }

    /** How many words a speaker between a quote and its verb holds at most ("an angry Hollande"). */
    private static final int TAG_SUBJECT_WORDS = 3;

    /**
     * "“…,” Toomey fumed": the verb right after a short speaker that follows a quote ending in a comma,
     * question or exclamation mark, with nothing else between.
     */
    private static boolean taggedAfterQuote(String text, List<Word> words, int i) {
        int j = i - 1;
        while (j >= 0 && i - j <= TAG_SUBJECT_WORDS && text.substring(words.get(j).end(), words.get(j + 1).start()).equals(" ")) {
            j--;
        }
        if (j == i - 1 || j < 0 && i > TAG_SUBJECT_WORDS) {
            return false;
        }
        int subjectStart = words.get(j + 1).start();
        String between = text.substring(j >= 0 ? words.get(j).end() : 0, subjectStart).strip();
        int marks = between.length();
        while (marks > 0 && "”\"'’".indexOf(between.charAt(marks - 1)) >= 0) {
            marks--;
        }
        return marks < between.length() && marks > 0 && ",?!".indexOf(between.charAt(marks - 1)) >= 0;
    }

    /** "was asked by host Bill Maher": where the agent of a passive cue begins, or -1. */
    private static int passiveAgent(Language language, List<Word> words, int i) {
        if (i == 0 || !language.has("be-forms", words.get(i - 1).lower())
                || language.endsWith("participle-endings", words.get(i).lower())) {
            return -1;
        }
        return i + 2 < words.size() && language.has("passive-agents", words.get(i + 1).lower()) ? words.get(i + 1).end() : -1;
    }

    private static boolean reportsNothing(ArticleLayout layout, List<Word> words, int i) {
        Language language = layout.language;
        String verb = words.get(i).lower();
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            if (layout.passageAt(words.get(i - back).start()) != null) {
                break;
            }
            String before = words.get(i - back).lower();
            if (language.has("negations", before) || language.endsWith("negation-endings", before)) {
                return true;
            }
        }
        if (i > 0 && layout.passageAt(words.get(i - 1).start()) == null) {
            String before = words.get(i - 1).lower();
            if (language.has("be-forms", before) && !language.endsWith("participle-endings", verb)
                    && passiveAgent(language, words, i) < 0 && !cleft(language, words, i - 1)) {
                return true;
            }
            if (language.endsWith("possessive-endings", before)) {
                return true;
            }
            if (intended(language, words, i)) {
                return true;
            }
            if (language.has("noun-determiners", before)) {
                return true;
            }
            if (language.has("set-phrases", before + " " + verb)) {
                return true;
            }
        }
        return false;
    }

    /** "expected to say", "want to use the word": an intention and the infinitive's marker before word i, which then reports nothing yet. */
    static boolean intended(Language language, List<Word> words, int i) {
        return i > 1 && language.has("infinitive-markers", words.get(i - 1).lower())
                && language.has("intentions", words.get(i - 2).lower());
    }

    /** "what he did was shout": "was" after a form of "do" names the deed that follows, in the active. */
    private static boolean cleft(Language language, List<Word> words, int was) {
        return was > 0 && language.has("cleft-verbs", words.get(was - 1).lower());
    }

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
        if (i + 1 < words.size() && layout.language.has("call-for", words.get(i + 1).lower())
                && layout.language.has("calling-for", w.lower())) {
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
