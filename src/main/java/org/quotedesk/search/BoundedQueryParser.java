package org.quotedesk.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.quotedesk.common.InvalidParameterException;

/**
 * The classic query syntax with a bound on what one query may cost. Words with {@code *}, {@code ?}
 * or {@code ~} each stand for many words: at most {@link #MAX_VARIANT_WORDS} of them, and a fuzzy one
 * for at most {@link #FUZZY_EXPANSIONS}, so that a query stays well under Lucene's clause limit (70
 * fuzzy words made it throw at search time, a 500). A regular expression ({@code /.*a.* /}) is
 * searched as the words it contains: its automaton can cost anything.
 */
final class BoundedQueryParser extends MultiFieldQueryParser {

    static final int MAX_VARIANT_WORDS = 5;
    static final int FUZZY_EXPANSIONS = 20;

    private final int fieldCount;
    private int variantQueries;

    BoundedQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        super(fields, analyzer, boosts);
        this.fieldCount = fields.length;
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return field == null ? getFieldQuery(null, termStr, false) : super.getFieldQuery(field, termStr, false);
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        counted();
        int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
        return new FuzzyQuery(term, edits, prefixLength, FUZZY_EXPANSIONS, true);
    }

    @Override
    protected Query newPrefixQuery(Term prefix) {
        counted();
        return super.newPrefixQuery(prefix);
    }

    @Override
    protected Query newWildcardQuery(Term t) {
        counted();
        return super.newWildcardQuery(t);
    }

    /** One query per searched field and word. */
    private void counted() {
        if (++variantQueries > MAX_VARIANT_WORDS * fieldCount) {
            throw new InvalidParameterException("q", "may have at most " + MAX_VARIANT_WORDS
                    + " words with *, ? or ~: each stands for many words");
        }
    }
}
