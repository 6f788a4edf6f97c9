package org.quotedesk.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.quotedesk.common.InvalidParameterException;

/** Builds the Lucene query of a search: the parsed {@code q} and the filters. */
final class LuceneQueries {

    /**
     * Searched by a word without a field prefix: what the quote says and who said it (name, aliases,
     * role, affiliation). Not where it was said nor who reported it: a venue's or a source's
     * description is written about the whole event or article (a headline naming Putin), and made
     * every quote in it a hit for words it never said.
     */
    static final String[] PLAIN_FIELDS = {QuoteFields.TEXT, QuoteFields.SPEAKER};
    /** Every text field a {@code field:} prefix can search: the plain ones, the venue and the source. */
    static final Set<String> PREFIX_FIELDS = Set.of(QuoteFields.TEXT, QuoteFields.SPEAKER, QuoteFields.VENUE,
            QuoteFields.SOURCE);
    /** Those, and the quote's id ({@code id:42}). */
    private static final Set<String> NAMEABLE_FIELDS = Set.of(QuoteFields.TEXT, QuoteFields.SPEAKER,
            QuoteFields.VENUE, QuoteFields.SOURCE, QuoteFields.ID);
    private static final Map<String, Float> BOOSTS = Map.of(QuoteFields.TEXT, 3f, QuoteFields.SPEAKER, 1.5f);

    /** Queries are analysed here, whichever index runs them: {@link QuoteAnalyzers#forQueries()}. */
    private static final Analyzer QUERY_ANALYZER = QuoteAnalyzers.forQueries();

    private LuceneQueries() {
    }

    /**
     * Parses the user's query with the classic query parser (AND by default, "phrases", OR, NOT,
     * prefix*). Input it cannot parse is searched for literally, as plain words.
     */
    static Query parse(String q) {
        Analyzer analyzer = QUERY_ANALYZER;
        Query parsed;
        try {
            parsed = parser(analyzer).parse(q);
        } catch (InvalidParameterException tooCostly) {
            throw tooCostly;
        } catch (ParseException | RuntimeException unparsable) {
            try {
                parsed = parser(analyzer).parse(QueryParser.escape(q));
            } catch (ParseException | RuntimeException stillUnparsable) {
                throw new InvalidParameterException("q", "cannot be searched");
            }
        }
        if (parsed == null || parsed instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
            throw new InvalidParameterException("q", "contains no searchable words");
        }
        return onlyExclusions(parsed) ? everythingBut((BooleanQuery) parsed) : parsed;
    }

    private static QueryParser parser(Analyzer analyzer) {
        QueryParser parser = new BoundedQueryParser(PLAIN_FIELDS, NAMEABLE_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    private static Query everythingBut(BooleanQuery exclusions) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        exclusions.clauses().forEach(query::add);
        return query.build();
    }

    /** "NOT war" alone would match nothing in Lucene: it means every quote but those. */
    private static boolean onlyExclusions(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
    }

    /** The text query, if any, with every filter of the criteria as a non-scoring clause. */
    static Query build(Query text, SearchCriteria criteria, Set<Long> speakerIds, Set<Long> venueIds) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text != null ? text : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        if (speakerIds != null) {
            query.add(LongField.newSetQuery(QuoteFields.SPEAKER_ID, toArray(speakerIds)), BooleanClause.Occur.FILTER);
        }
        if (venueIds != null) {
            query.add(LongField.newSetQuery(QuoteFields.VENUE_ID, toArray(venueIds)), BooleanClause.Occur.FILTER);
        }
        if (criteria.source() != null) {
            query.add(LongField.newExactQuery(QuoteFields.SOURCE_ID, criteria.source()), BooleanClause.Occur.FILTER);
        }
        if (criteria.type() != null) {
            query.add(new TermQuery(new Term(QuoteFields.TYPE, criteria.type().name())), BooleanClause.Occur.FILTER);
        }
        if (criteria.status() != null) {
            query.add(new TermQuery(new Term(QuoteFields.STATUS, criteria.status().name())),
                    BooleanClause.Occur.FILTER);
        }
        if (criteria.from() != null || criteria.to() != null) {
            long from = criteria.from() == null ? Long.MIN_VALUE : criteria.from().toEpochDay();
            long to = criteria.to() == null ? Long.MAX_VALUE : criteria.to().toEpochDay();
            // Overlap: said no later than the filter's end, and up to a day no earlier than its start.
            query.add(LongField.newRangeQuery(QuoteFields.SPOKEN_ON, Long.MIN_VALUE, to), BooleanClause.Occur.FILTER);
            query.add(LongField.newRangeQuery(QuoteFields.SPOKEN_UNTIL, from, Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static long[] toArray(Set<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
