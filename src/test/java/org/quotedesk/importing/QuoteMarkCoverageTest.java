package org.quotedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quotedesk.support.Api;

/** Every pair of quote marks in the article is a stored quote, lies inside one, or is named here. */
@QuarkusTest
class QuoteMarkCoverageTest {

    /** Quote marks that quote nobody: a scare quote written by the journalist. */
    private static final Set<String> NON_STATEMENTS = Set.of("false flag");

    record Pair(int open, int close, String inside) {
    }

    @Test
    void everyPairOfQuoteMarksIsAStatementOrANamedNonStatement() {
        List<Map<String, Object>> quotes = Api.allQuotes();
        String text = Api.sourceText(Api.id(Api.child(quotes.get(0), "source")));
        List<Pair> pairs = pairs(text);
        // 27 double pairs and one single pair nested in Stefanovich's quote.
        assertThat(pairs).hasSize(28);

        Set<String> namedAndSeen = new TreeSet<>();
        List<String> uncovered = new ArrayList<>();
        for (Pair pair : pairs) {
            boolean isAQuote = quotes.stream().anyMatch(q -> isExactly(q, pair, text));
            boolean insideAQuote = quotes.stream().anyMatch(q -> contains(q, pair));
            if (NON_STATEMENTS.contains(pair.inside())) {
                assertThat(isAQuote || insideAQuote).as("'%s' is named a non-statement but stored", pair.inside())
                        .isFalse();
                namedAndSeen.add(pair.inside());
            } else if (!isAQuote && !insideAQuote) {
                uncovered.add(pair.inside());
            }
        }
        assertThat(uncovered).as("quote marks not covered by any stored quote").isEmpty();
        assertThat(namedAndSeen).isEqualTo(NON_STATEMENTS);
    }

    /** The quote's span is the text between the marks (less a trailing comma inside the closing mark). */
    private static boolean isExactly(Map<String, Object> quote, Pair pair, String text) {
        int start = (Integer) quote.get("start");
        int end = (Integer) quote.get("end");
        boolean trailingComma = end == pair.close() - 1 && text.charAt(end) == ',';
        return start == pair.open() + 1 && (end == pair.close() || trailingComma);
    }

    /** The marks lie inside a stored quote: a nested quote, or a word mentioned in reported speech. */
    private static boolean contains(Map<String, Object> quote, Pair pair) {
        return (Integer) quote.get("start") <= pair.open() && (Integer) quote.get("end") > pair.close();
    }

    /**
     * Pairs of curly quote marks. A right single mark between two letters is an apostrophe, not a
     * closing mark.
     */
    static List<Pair> pairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '“') {
                close = text.indexOf('”', i + 1);
            } else if (c == '‘') {
                close = i + 1;
                while (close < text.length() && !(text.charAt(close) == '’' && !isLetterAt(text, close + 1))) {
                    close++;
                }
            }
            if (close > i && close < text.length()) {
                pairs.add(new Pair(i, close, text.substring(i + 1, close)));
            }
        }
        return pairs;
    }

    private static boolean isLetterAt(String text, int index) {
        return index < text.length() && Character.isLetter(text.charAt(index));
    }
}
