package org.quotedesk.extraction;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cue reports when it is not in quote marks: the clause after "said that", "say", "claimed
 * that", the object of "denounced" or "called for", what follows "according to X," or precedes
 * ", according to X".
 */
final class ReportedSpeech {

    /** Where a statement reported without quote marks starts and ends (end exclusive). */
    record Span(int start, int end) {
    }

    /** "a charge that Kiev denies": Kiev's denial is itself a statement. */
    record Denial(int start, int end, int sourceStart, int sourceEnd) {
    }

    /** "For the West, the buildup is a farce", "a charge that Kiev denies": compiled once per language. */
    private record Expressions(Pattern forSource, Pattern denial) {
    }

    private static final Map<String, Expressions> COMPILED = new ConcurrentHashMap<>();

    /** Punctuation between a cue and a "that" which puts the "that" in another clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(".*[;:—–.!?“”\"].*");
    private static final String[] CLAUSE_STOPS = {" — ", " – ", ";", " -- "};
    private static final String[] PHRASE_STOPS = {", ", " — ", " – ", ";", ": ", " ("};

    private static Expressions compile(Language l) {
        Pattern forSource = Pattern.compile("^(?=\\p{Lu})(?i:" + l.oneOf("viewpoints") + ") ([^,]{2,60}), ");
        Pattern denial = Pattern.compile("(?i:\\b" + l.oneOf("denial-articles") + " " + l.oneOf("denials") + " "
                + l.oneOf("denial-links") + ") ((?:(?i:" + l.oneOf("denial-articles") + ") )?[A-Z][\\p{L}-]*"
                + "(?: [A-Z][\\p{L}-]*)*) (?i:" + l.oneOf("denying") + ")\\b");
        return new Expressions(forSource, denial);
    }

    private final String text;
    private final Language language;
    private final Expressions expressions;
    /** Found when first asked, once for the article. */
    private StopPositions clauseStops;
    private StopPositions phraseStops;

    ReportedSpeech(String text, Language language) {
        this.text = text;
        this.language = language;
        this.expressions = COMPILED.computeIfAbsent(language.code(), code -> compile(language));
    }

    /** What the cue reports within the sentence, or null. */
    Span of(Cue cue, Sentence s, Mention source) {
        if (cue.according()) {
            return accordingTo(cue, s, source);
        }
        // Enough words to find a "that" after a listener, a date or a place (see thatWithin).
        List<Word> words = Word.in(text, cue.end(), s.end(), 12);
        if (words.isEmpty() || !text.substring(cue.end(), words.get(0).start()).isBlank()) {
            return null;
        }
        Word that = thatWithin(cue.end(), words);
        if (that != null) {
            return clause(that.end(), s.end());
        }
        Word next = words.get(0);
        String word = cue.word();
        if (cue.frame() == SpeechCues.Frame.CALL) {
            return language.has("call-for", next.lower()) && words.size() > 1 ? phrase(words.get(1).start(), s.end()) : null;
        }
        if (opensNoClause(language, next.lower()) || language.has("complementizers", next.lower())) {
            return null;
        }
        if (language.has("bare-clause", word)) {
            return clause(next.start(), s.end());
        }
        if (cue.frame() == SpeechCues.Frame.OBJECT || language.has("takes-object", word)) {
            return phrase(next.start(), s.end());
        }
        return null;
    }

    /** "For the West, the buildup is a farce": the source before the comma, the statement after. */
    int[] forSource(Sentence s) {
        Matcher m = expressions.forSource().matcher(text).region(s.start(), s.end());
        if (!m.lookingAt()) {
            return null;
        }
        Span content = clause(m.end(), s.end());
        return content == null ? null : new int[] {m.start(1), m.end(1), content.start(), content.end()};
    }

    Denial denial(Sentence s) {
        Matcher m = expressions.denial().matcher(text).region(s.start(), s.end());
        return m.find() ? new Denial(m.start(), m.end(), m.start(1), m.end(1)) : null;
    }

    private Span accordingTo(Cue cue, Sentence s, Mention source) {
        if (source == null) {
            return null;
        }
        int after = source.end();
        while (after < s.end() && text.charAt(after) == ' ') {
            after++;
        }
        boolean commaAfter = after < s.end() && text.charAt(after) == ',';
        int before = cue.start() - 1;
        while (before > s.start() && text.charAt(before) == ' ') {
            before--;
        }
        boolean commaBefore = before > s.start() && text.charAt(before) == ',';
        if (commaBefore && !commaAfter) {
            int from = clauseStart(s.start(), before);
            return trimmed(from, before);
        }
        return clause(commaAfter ? after + 1 : after, s.end());
    }

    /**
     * The "that" opening what the cue reports: right after the cue, or after a listener, a date or
     * a place ("told Reuters that", "said Saturday that", "said in a statement after … that"), not
     * a relative "that" after an object ("announcing the return of troops that have…").
     */
    private Word thatWithin(int from, List<Word> words) {
        for (int i = 0; i < Math.min(words.size(), 11); i++) {
            Word w = words.get(i);
            String between = text.substring(i == 0 ? from : words.get(i - 1).end(), w.start());
            if (CLAUSE_BREAK.matcher(between).matches() || between.contains(", ")) {
                return null;
            }
            if (language.has("complementizers", w.lower())) {
                return i == 0 || adverbial(words.get(0), i) ? w : null;
            }
        }
        return null;
    }

    /** Words after a cue that open no reported clause: "said in a statement", "said of the industry". */
    static boolean opensNoClause(Language language, String lowerWord) {
        return language.has("clause-free", lowerWord);
    }

    private boolean adverbial(Word first, int count) {
        String lower = first.lower();
        if (language.has("before-that", lower)) {
            return true;
        }
        return count <= 3 && (first.capitalized() || language.has("listeners", lower));
    }

    /** A clause: to the end of the sentence, a dash or a semicolon. */
    private Span clause(int from, int to) {
        if (clauseStops == null) {
            clauseStops = StopPositions.of(text, CLAUSE_STOPS);
        }
        int stop = clauseStops.first(from, to);
        return trimmed(from, stop < 0 ? to : stop);
    }

    /** An object: to the next comma, dash, semicolon or the sentence's end. */
    private Span phrase(int from, int to) {
        if (phraseStops == null) {
            phraseStops = StopPositions.of(text, PHRASE_STOPS);
        }
        int stop = phraseStops.first(from, to);
        return trimmed(from, stop < 0 ? to : stop);
    }

    private int clauseStart(int sentenceStart, int before) {
        int i = before - 1;
        while (i > sentenceStart && text.charAt(i) != ';' && text.charAt(i) != '—') {
            i--;
        }
        return i == sentenceStart ? i : i + 1;
    }

    private Span trimmed(int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && ".!?,:”’\"' ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return Word.in(text, start, end, 3).size() == 3 ? new Span(start, end) : null;
    }
}
