package org.quotedesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query that finds the quotes worded most like a text, in the spirit of Lucene's MoreLikeThis
 * but from the text alone, so that both indexes run it ({@link OpenSearchQueries} translates it):
 * the text's words as analysed for search must match in good part (minimum should match), and each
 * pair of neighbouring words found next to each other again (a sloppy two-word phrase) scores
 * more, so that the same words in the same order rank first.
 */
public final class SimilarWording {

    /** Words of a long text beyond these are not searched: the first ones find its quote as well. */
    static final int MAX_TERMS = 64;
    /**
     * The share of the text's words a quote must hold to be a candidate. A quote worded closely
     * enough to be reported (60% of the words aligned) holds more than this of its searched words;
     * the margin covers stop words and stems counting differently from whole words.
     */
    static final double MIN_SHARE = 0.4;
    /** A pair of words still counts as neighbours with one word between them. */
    static final int PAIR_SLOP = 1;

    private static final Analyzer ANALYZER = QuoteAnalyzers.forQueries();

    private SimilarWording() {
    }

    /** The query for quotes worded like {@code text}; null when it holds no searchable word (only stop words). */
    public static Query of(String text) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (Token token : tokens) {
            distinct.add(token.term());
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : distinct) {
            words.add(new TermQuery(new Term(QuoteFields.TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(MIN_SHARE * distinct.size())));

        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (int i = 1; i < tokens.size() && pairs.size() < MAX_TERMS; i++) {
            Token previous = tokens.get(i - 1);
            Token next = tokens.get(i);
            if (pairs.add(List.of(previous.term(), next.term()))) {
                // Without gaps between the positions (which OpenSearch's unordered spans cannot hold):
                // the stop words between the two words are allowed for as slop instead.
                int between = next.position() - previous.position() - 1;
                query.add(new PhraseQuery(PAIR_SLOP + between, QuoteFields.TEXT, previous.term(), next.term()),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private record Token(String term, int position) {
    }

    /** The text's searchable words with their positions, up to {@link #MAX_TERMS} distinct ones. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        try (TokenStream stream = ANALYZER.tokenStream(QuoteFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String word = term.toString();
                if (!distinct.contains(word) && distinct.size() == MAX_TERMS) {
                    break;
                }
                distinct.add(word);
                tokens.add(new Token(word, position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
