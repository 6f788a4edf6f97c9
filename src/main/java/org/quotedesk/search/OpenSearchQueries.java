package org.quotedesk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.quotedesk.common.InvalidParameterException;

/**
 * The query DSL of a search: the user's query, parsed and analysed by QuoteDesk as for the embedded
 * index ({@link LuceneQueries}), written out clause by clause, so that both indexes run the same
 * query; and the filters of the criteria.
 */
final class OpenSearchQueries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenSearchQueries() {
    }

    /** The text query, if any, with every filter of the criteria as a non-scoring clause. */
    static ObjectNode build(Query text, SearchCriteria criteria, Set<Long> speakerIds, Set<Long> venueIds) {
        ObjectNode bool = JSON.objectNode();
        bool.putArray("must").add(text != null ? translate(text) : matchAll());
        ArrayNode filter = bool.putArray("filter");
        if (speakerIds != null) {
            filter.add(terms(QuoteFields.SPEAKER_ID, speakerIds));
        }
        if (venueIds != null) {
            filter.add(terms(QuoteFields.VENUE_ID, venueIds));
        }
        if (criteria.source() != null) {
            filter.add(term(QuoteFields.SOURCE_ID, criteria.source().toString()));
        }
        if (criteria.type() != null) {
            filter.add(term(QuoteFields.TYPE, criteria.type().name()));
        }
        if (criteria.status() != null) {
            filter.add(term(QuoteFields.STATUS, criteria.status().name()));
        }
        // Overlap, as LuceneQueries: said no later than the filter's end, up to a day no earlier than its start.
        if (criteria.to() != null) {
            filter.add(wrap("range", QuoteFields.SPOKEN_ON, JSON.objectNode().put("lte", criteria.to().toEpochDay())));
        }
        if (criteria.from() != null) {
            filter.add(wrap("range", QuoteFields.SPOKEN_UNTIL,
                    JSON.objectNode().put("gte", criteria.from().toEpochDay())));
        }
        return wrap("bool", bool);
    }

    /** The same query in OpenSearch's DSL; a 400 naming {@code q} for a kind the parser never makes. */
    static JsonNode translate(Query query) {
        if (query instanceof BooleanQuery bool) {
            ObjectNode node = JSON.objectNode();
            for (BooleanClause clause : bool.clauses()) {
                String occur = switch (clause.getOccur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case MUST_NOT -> "must_not";
                    case FILTER -> "filter";
                };
                node.withArray(occur).add(translate(clause.getQuery()));
            }
            if (bool.getMinimumNumberShouldMatch() > 0) {
                node.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
            }
            return wrap("bool", node);
        }
        if (query instanceof BoostQuery boosted) {
            ObjectNode node = JSON.objectNode();
            node.putArray("must").add(translate(boosted.getQuery()));
            node.put("boost", boosted.getBoost());
            return wrap("bool", node);
        }
        if (query instanceof MatchAllDocsQuery) {
            return matchAll();
        }
        if (query instanceof MatchNoDocsQuery) {
            return wrap("match_none", JSON.objectNode());
        }
        if (query instanceof TermQuery t) {
            return searchable(t.getTerm()) || isQuoteId(t.getTerm()) ? term(t.getTerm().field(), t.getTerm().text())
                    : matchNone();
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase(phrase);
        }
        if (query instanceof PrefixQuery prefix) {
            return searchable(prefix.getPrefix()) ? single("prefix", prefix.getPrefix()) : matchNone();
        }
        if (query instanceof WildcardQuery wildcard) {
            return searchable(wildcard.getTerm()) ? single("wildcard", wildcard.getTerm()) : matchNone();
        }
        if (query instanceof FuzzyQuery fuzzy) {
            return fuzzy(fuzzy);
        }
        if (query instanceof TermRangeQuery range) {
            return range(range);
        }
        throw new InvalidParameterException("q", "cannot be searched");
    }

    /**
     * A phrase as spans of its terms, in order, with the gaps the stop words left: Lucene's phrase
     * query, position for position. A phrase with slop may also reorder its words, as Lucene's does.
     */
    private static JsonNode phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        if (terms.length == 0 || !searchable(terms[0])) {
            return matchNone();
        }
        int[] positions = phrase.getPositions();
        ArrayNode clauses = JSON.arrayNode();
        for (int i = 0; i < terms.length; i++) {
            int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1;
            if (gap > 0) {
                clauses.add(wrap("span_gap", terms[i].field(), JSON.numberNode(gap)));
            }
            clauses.add(wrap("span_term", terms[i].field(), JSON.textNode(terms[i].text())));
        }
        if (terms.length == 1) {
            return term(terms[0].field(), terms[0].text());
        }
        ObjectNode near = JSON.objectNode();
        near.set("clauses", clauses);
        near.put("slop", phrase.getSlop());
        near.put("in_order", phrase.getSlop() == 0);
        return wrap("span_near", near);
    }

    private static JsonNode fuzzy(FuzzyQuery fuzzy) {
        if (!searchable(fuzzy.getTerm())) {
            return matchNone();
        }
        ObjectNode node = JSON.objectNode();
        node.put("value", fuzzy.getTerm().text());
        node.put("fuzziness", fuzzy.getMaxEdits());
        node.put("prefix_length", fuzzy.getPrefixLength());
        node.put("max_expansions", BoundedQueryParser.FUZZY_EXPANSIONS);
        node.put("transpositions", fuzzy.getTranspositions());
        return wrap("fuzzy", fuzzy.getTerm().field(), node);
    }

    private static JsonNode range(TermRangeQuery range) {
        if (!LuceneQueries.PREFIX_FIELDS.contains(range.getField())) {
            return matchNone();
        }
        ObjectNode node = JSON.objectNode();
        if (range.getLowerTerm() != null) {
            node.put(range.includesLower() ? "gte" : "gt", range.getLowerTerm().utf8ToString());
        }
        if (range.getUpperTerm() != null) {
            node.put(range.includesUpper() ? "lte" : "lt", range.getUpperTerm().utf8ToString());
        }
        return wrap("range", range.getField(), node);
    }

    /**
     * Only the text fields can be searched by {@code q}: in the embedded index the others hold
     * numbers or exact values a parsed word never equals, and so here too they match nothing.
     */
    private static boolean searchable(Term term) {
        return LuceneQueries.PREFIX_FIELDS.contains(term.field());
    }

    /** {@code id:42}: the embedded index keeps the id as an exact string, which a parsed number equals. */
    private static boolean isQuoteId(Term term) {
        return QuoteFields.ID.equals(term.field()) && term.text().matches("[0-9]{1,18}");
    }

    private static JsonNode single(String kind, Term term) {
        return wrap(kind, term.field(), wrap("value", JSON.textNode(term.text())));
    }

    static ObjectNode term(String field, String value) {
        return wrap("term", field, wrap("value", JSON.textNode(value)));
    }

    private static ObjectNode terms(String field, Set<Long> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return wrap("terms", field, array);
    }

    static ObjectNode matchAll() {
        return wrap("match_all", JSON.objectNode());
    }

    private static ObjectNode matchNone() {
        return wrap("match_none", JSON.objectNode());
    }

    private static ObjectNode wrap(String key, JsonNode value) {
        ObjectNode node = JSON.objectNode();
        node.set(key, value);
        return node;
    }

    private static ObjectNode wrap(String kind, String field, JsonNode value) {
        return wrap(kind, wrap(field, value));
    }
}
