package org.quotedesk.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.quotedesk.common.InvalidParameterException;

/**
 * The classic query syntax with a bound on what one query may cost. Words with {@code *}, {@code ?}
 * or {@code ~} each stand for many words: at most {@link #MAX_VARIANT_WORDS} of them, and a fuzzy one
 * for at most {@link #FUZZY_EXPANSIONS}, so that a query stays well under Lucene's clause limit (70
 * fuzzy words made it throw at search time, a 500). A regular expression ({@code /.*a.* /}) is
 * searched as the words it contains: its automaton can cost anything.
 *
 * <p>A {@code field:} prefix naming a field that is not searchable finds nothing, as on OpenSearch
 * ({@link OpenSearchQueries}): the index holds fields of words that are not for searching.
 */
final class BoundedQueryParser extends MultiFieldQueryParser {

    static final int MAX_VARIANT_WORDS = 5;
    static final int FUZZY_EXPANSIONS = 20;

    private final int fieldCount;
    private final Set<String> prefixFields;
    private int variantQueries;

    /** {@code fields} are searched by a word without prefix; {@code prefixFields} may be named by one. */
    BoundedQueryParser(String[] fields, Set<String> prefixFields, Analyzer analyzer, Map<String, Float> boosts) {
        super(fields, analyzer, boosts);
        this.fieldCount = fields.length;
        this.prefixFields = prefixFields;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return unsearchable(field) ? new MatchNoDocsQuery() : super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return unsearchable(field) ? new MatchNoDocsQuery() : super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        return unsearchable(field) ? new MatchNoDocsQuery()
                : super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return unsearchable(field) ? new MatchNoDocsQuery() : super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return unsearchable(field) ? new MatchNoDocsQuery() : super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return unsearchable(field) ? new MatchNoDocsQuery() : super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return field == null ? getFieldQuery(null, termStr, false) : getFieldQuery(field, termStr, false);
    }

    private boolean unsearchable(String field) {
        return field != null && !prefixFields.contains(field);
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
