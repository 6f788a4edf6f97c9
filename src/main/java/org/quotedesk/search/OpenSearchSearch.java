package org.quotedesk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.common.InvalidParameterException;

/**
 * One search in OpenSearch, answered as the embedded index answers ({@link LuceneSearch}): the same
 * order, exact totals, the same facets, the same highlights.
 */
final class OpenSearchSearch {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** More than any number of distinct years, quote types or statuses. */
    private static final int ALL_VALUES = 10_000;
    /** OpenSearch's highest: below it, a cardinality count is exact; above, an estimate within a few per cent. */
    private static final int EXACT_CARDINALITY = 40_000;

    private final OpenSearchClient client;
    private final OpenSearchDocuments documents;
    private final Duration timeLimit;

    OpenSearchSearch(OpenSearchClient client, OpenSearchDocuments documents, Duration timeLimit) {
        this.client = client;
        this.documents = documents;
        this.timeLimit = timeLimit;
    }

    /** The {@code k} best quotes for the query, by score alone, as {@link LuceneSearch#top}; their statements are counted by the caller. */
    List<QuoteDto> top(String alias, ObjectNode query, int k) {
        ObjectNode body = JSON.objectNode();
        body.set("query", query);
        body.put("size", k);
        body.put("track_total_hits", false);
        body.put("timeout", timeLimit.toMillis() + "ms");
        body.putObject("_source").putArray("includes").add(QuoteFields.STORED);
        List<QuoteDto> quotes = new ArrayList<>();
        for (JsonNode hit : send(alias, body).path("hits").path("hits")) {
            quotes.add(documents.stored(hit.path("_source")).toDto(Map.of()));
        }
        return quotes;
    }

    SearchHits run(String alias, ObjectNode query, Query text, SearchCriteria criteria) {
        ObjectNode body = JSON.objectNode();
        body.set("query", query);
        body.put("from", criteria.page().offset());
        body.put("size", criteria.page().size());
        body.put("track_total_hits", true);
        body.put("timeout", timeLimit.toMillis() + "ms");
        body.putObject("_source").putArray("includes").add(QuoteFields.STORED);
        body.set("sort", sort(criteria, text != null));
        if (text != null) {
            body.set("highlight", highlight(text));
        }
        ObjectNode aggs = body.putObject("aggs");
        aggs.set("speaker", terms(QuoteFields.SPEAKER_ID, SearchLimits.TOP_FACET_VALUES, false));
        aggs.set("venue", terms(QuoteFields.VENUE_ID, SearchLimits.TOP_FACET_VALUES, false));
        aggs.set("type", terms(QuoteFields.TYPE, ALL_VALUES, true));
        aggs.set("status", terms(QuoteFields.STATUS, ALL_VALUES, true));
        aggs.set("year", terms(QuoteFields.YEAR, ALL_VALUES, true));
        if (criteria.byStatement()) {
            // The best report of each statement, by the same sort, as the embedded index groups them.
            body.putObject("collapse").put("field", QuoteFields.STATEMENT);
            aggs.putObject("statements").putObject("cardinality").put("field", QuoteFields.STATEMENT)
                    .put("precision_threshold", EXACT_CARDINALITY);
        }

        JsonNode answer = send(alias, body);
        JsonNode aggregations = answer.path("aggregations");
        return new SearchHits(hits(answer.path("hits").path("hits")),
                answer.path("hits").path("total").path("value").asLong(),
                criteria.byStatement() ? aggregations.path("statements").path("value").asLong() : null,
                buckets(aggregations.path("speaker")), buckets(aggregations.path("venue")),
                byOrdinal(aggregations.path("type"), QuoteType.class),
                byOrdinal(aggregations.path("status"), QuoteStatus.class), buckets(aggregations.path("year")));
    }

    /** The answer to a search; a 400 naming {@code q} for a search over the limits. */
    private JsonNode send(String alias, ObjectNode body) {
        JsonNode answer;
        try {
            // The time limit is OpenSearch's to keep; the connection waits a little longer for its answer.
            answer = client.send("POST", alias + "/_search", body, timeLimit.plusSeconds(3), false);
        } catch (OpenSearchClient.Failure failure) {
            if (failure.type.contains("too_many_clauses") || failure.getMessage().contains("maxClauseCount")) {
                throw SearchLimits.tooManyWords();
            }
            if (failure.status == 400) {
                throw new InvalidParameterException("q", "cannot be searched");
            }
            throw failure;
        }
        // OpenSearch stops a search at its timeout and answers with what it found so far (timed_out);
        // one that finished just past it is over the limit too.
        if (answer.path("timed_out").asBoolean() || answer.path("took").asLong() >= timeLimit.toMillis()) {
            throw SearchLimits.tooSlow(timeLimit);
        }
        return answer;
    }

    /** As the embedded index sorts ({@code LuceneSearch}): undated quotes last either way, ties by id. */
    private static ArrayNode sort(SearchCriteria criteria, boolean hasText) {
        ArrayNode sort = JSON.arrayNode();
        switch (criteria.sort()) {
            case RELEVANCE -> {
                if (hasText) {
                    sort.add("_score");
                }
                sort.add(byField(QuoteFields.SPOKEN_ON, "asc")).add(byField(QuoteFields.ID, "asc"));
            }
            case DATE -> sort.add(byField(QuoteFields.SPOKEN_ON, "asc")).add(byField(QuoteFields.ID, "asc"));
            case DATE_DESC -> sort.add(byField(QuoteFields.SPOKEN_ON, "desc")).add(byField(QuoteFields.ID, "desc"));
        }
        return sort;
    }

    private static ObjectNode byField(String field, String order) {
        ObjectNode node = JSON.objectNode();
        node.putObject(field).put("order", order).put("missing", "_last");
        return node;
    }

    /** The whole text, matches between markers that {@link Highlights} turns into escaped HTML. */
    private static ObjectNode highlight(Query text) {
        ObjectNode highlight = JSON.objectNode();
        highlight.putArray("pre_tags").add(Highlights.OPEN);
        highlight.putArray("post_tags").add(Highlights.CLOSE);
        highlight.put("require_field_match", true);
        highlight.set("highlight_query", OpenSearchQueries.translate(text));
        highlight.putObject("fields").putObject(QuoteFields.TEXT).put("number_of_fragments", 0);
        return highlight;
    }

    private static ObjectNode terms(String field, int size, boolean byValue) {
        ObjectNode terms = JSON.objectNode();
        ObjectNode node = terms.putObject("terms").put("field", field).put("size", size);
        if (byValue) {
            node.putObject("order").put("_key", "asc");
        } else {
            // Each shard reports up to this many values, not only its top 20: exact on one shard, and
            // exact on several unless a shard holds more distinct speakers (or venues) than this.
            node.put("shard_size", ALL_VALUES);
        }
        return terms;
    }

    private List<SearchHits.Hit> hits(JsonNode hits) {
        List<SearchHits.Hit> page = new ArrayList<>(hits.size());
        for (JsonNode hit : hits) {
            StoredQuote quote = documents.stored(hit.path("_source"));
            JsonNode marked = hit.path("highlight").path(QuoteFields.TEXT).path(0);
            String highlight = marked.isMissingNode() ? escaped(quote.text()) : Highlights.fromMarkers(marked.asText());
            page.add(new SearchHits.Hit(quote, highlight));
        }
        return page;
    }

    private static String escaped(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        Highlights.FORMATTER.escape(html, text);
        return html.toString();
    }

    /** Buckets of an enum's names, as the embedded index counts them: by ordinal, in its order. */
    private static <E extends Enum<E>> List<SearchHits.Bucket> byOrdinal(JsonNode aggregation, Class<E> type) {
        List<SearchHits.Bucket> buckets = new ArrayList<>();
        for (JsonNode bucket : aggregation.path("buckets")) {
            buckets.add(new SearchHits.Bucket(Enum.valueOf(type, bucket.path("key").asText()).ordinal(),
                    bucket.path("doc_count").asLong()));
        }
        buckets.sort(Comparator.comparingLong(SearchHits.Bucket::value));
        return buckets;
    }

    private static List<SearchHits.Bucket> buckets(JsonNode aggregation) {
        List<SearchHits.Bucket> buckets = new ArrayList<>();
        for (JsonNode bucket : aggregation.path("buckets")) {
            buckets.add(new SearchHits.Bucket(bucket.path("key").asLong(), bucket.path("doc_count").asLong()));
        }
        return buckets;
    }
}
