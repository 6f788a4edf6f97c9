package org.quotedesk.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.quotedesk.common.PageRequest;

/**
 * "Did you mean" for a query that found nothing: each word of it that the index does not hold is
 * replaced by the closest one it does ({@link QuoteIndex#corrections}), and the rest of the query is
 * kept as typed (field prefixes, phrases, operators). The correction is offered only if it finds
 * something, with the same filters.
 */
@ApplicationScoped
class SpellingSuggestions {

    /** A run of letters: a word that may be misspelled; digits, operators and punctuation are left alone. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
    private static final Analyzer SPELLING = QuoteAnalyzers.forSpelling();

    @Inject
    QuoteIndex index;

    /** A word of the query, where it is, and how the index would hold it. */
    private record Word(int start, int end, String typed, String folded) {
    }

    /** Null when no word could be corrected, or when the corrected query finds nothing either. */
    QuerySuggestion suggest(SearchCriteria criteria, Set<Long> speakerIds, Set<Long> venueIds) {
        String q = criteria.q();
        List<Word> words = words(q);
        if (words.isEmpty()) {
            return null;
        }
        List<String> corrections = index.corrections(words.stream().map(Word::folded).toList());
        StringBuilder corrected = new StringBuilder(q);
        boolean changed = false;
        for (int i = words.size() - 1; i >= 0; i--) {
            String correction = corrections.get(i);
            if (correction != null) {
                Word word = words.get(i);
                corrected.replace(word.start(), word.end(), QueryParser.escape(inCaseOf(word.typed(), correction)));
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        SearchCriteria retry = criteria.withQuery(corrected.toString(), new PageRequest(0, 1));
        long total = index.search(LuceneQueries.parse(retry.q()), retry, speakerIds, venueIds).total();
        return total == 0 ? null : new QuerySuggestion(retry.q(), total);
    }

    private static List<Word> words(String q) {
        List<Word> words = new ArrayList<>();
        Matcher letters = LETTERS.matcher(q);
        while (letters.find() && words.size() < SearchLimits.SPELLING_MAX_WORDS) {
            String folded = SPELLING.normalize(QuoteFields.SPELLING, letters.group()).utf8ToString();
            if (checkable(q, letters, folded)) {
                words.add(new Word(letters.start(), letters.end(), letters.group(), folded));
            }
        }
        return words;
    }

    /**
     * A word to check: long enough, not a stop word or an operator, not part of a word with digits, not
     * a field name ({@code speaker:}), not a word the user asked variants of ({@code provoc*}, {@code fuzzy~}).
     */
    private static boolean checkable(String q, Matcher word, String folded) {
        char before = word.start() == 0 ? ' ' : q.charAt(word.start() - 1);
        char after = word.end() == q.length() ? ' ' : q.charAt(word.end());
        return folded.length() >= SearchLimits.SPELLING_MIN_LENGTH
                && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(folded) && !OPERATORS.contains(word.group())
                && !Character.isDigit(before) && !Character.isDigit(after)
                && ":*?~\\".indexOf(after) < 0 && "*?\\".indexOf(before) < 0;
    }

    /** The correction written as the word was: "Peskow" → "Peskov", "NATOO" → "NATO". */
    private static String inCaseOf(String typed, String correction) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return correction.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return correction.substring(0, 1).toUpperCase(Locale.ROOT) + correction.substring(1);
        }
        return correction;
    }
}
