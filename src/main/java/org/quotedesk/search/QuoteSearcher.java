package org.quotedesk.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.QuoteDeskConfig;

/** Runs a search on the index: one page of hits, highlighted, with exact totals and facets. */
@ApplicationScoped
public class QuoteSearcher {

    /** Facet values returned for speakers and venues: the most frequent ones. */
    static final int TOP_FACET_VALUES = 20;
    private static final Set<String> STORED_ONLY = Set.of(QuoteFields.STORED);

    @Inject
    SearchIndex index;

    @Inject
    QuoteDocuments documents;

    @Inject
    QuoteDeskConfig config;

    /** Parses {@code q}; a 400 for input that holds nothing searchable. */
    Query parse(String q) {
        return LuceneQueries.parse(q, index.queryAnalyzer());
    }

    SearchHits search(Query text, SearchCriteria criteria, Set<Long> speakerIds, Set<Long> venueIds) {
        Query query = LuceneQueries.build(text, criteria, speakerIds, venueIds);
        int from = criteria.page().offset();
        int upTo = from + criteria.page().size();
        return index.search(shared -> {
            // A searcher of its own, for its own time limit: the shared one serves every search at once.
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setTimeout(new QueryTimeoutImpl(config.search().timeLimit().toMillis()));
            FacetsCollectorManager.FacetsResult result;
            try {
                result = FacetsCollectorManager.search(searcher, query, upTo, sort(criteria, text != null), false,
                        new FacetsCollectorManager());
            } catch (IndexSearcher.TooManyClauses tooMany) {
                throw new InvalidParameterException("q", "stands for too many words: use fewer *, ? and ~");
            }
            if (searcher.timedOut()) {
                throw new InvalidParameterException("q", "took longer than " + config.search().timeLimit().toSeconds()
                        + " s to search: make it more precise");
            }
            ScoreDoc[] page = Arrays.copyOfRange(result.topDocs().scoreDocs,
                    Math.min(from, result.topDocs().scoreDocs.length), result.topDocs().scoreDocs.length);
            FacetsCollector matches = result.facetsCollector();
            return new SearchHits(hits(searcher, page, text), total(matches),
                    top(matches, QuoteFields.SPEAKER_ID), top(matches, QuoteFields.VENUE_ID),
                    all(matches, QuoteFields.TYPE), all(matches, QuoteFields.YEAR));
        });
    }

    private static Sort sort(SearchCriteria criteria, boolean hasText) {
        SortField dateAscending = byDate(false);
        SortField idAscending = new SortField(QuoteFields.ID, SortField.Type.LONG);
        return switch (criteria.sort()) {
            case RELEVANCE -> hasText
                    ? new Sort(SortField.FIELD_SCORE, dateAscending, idAscending)
                    : new Sort(dateAscending, idAscending);
            case DATE -> new Sort(dateAscending, idAscending);
            case DATE_DESC -> new Sort(byDate(true),
                    new SortField(QuoteFields.ID, SortField.Type.LONG, true));
        };
    }

    /** By date said; undated quotes come last either way. */
    private static SortField byDate(boolean newestFirst) {
        SortField field = LongField.newSortField(QuoteFields.SPOKEN_ON, newestFirst, SortedNumericSelector.Type.MIN);
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    private List<SearchHits.Hit> hits(IndexSearcher searcher, ScoreDoc[] page, Query text) throws IOException {
        String[] highlights = highlighter(searcher).highlight(QuoteFields.TEXT,
                text != null ? text : new MatchAllDocsQuery(),
                new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), 1);
        List<SearchHits.Hit> hits = new ArrayList<>(page.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            hits.add(new SearchHits.Hit(documents.dto(stored.document(page[i].doc, STORED_ONLY)), highlights[i]));
        }
        return hits;
    }

    /** The whole text as one passage, HTML-escaped, matched terms in {@code <mark>}. */
    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, index.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Quote.MAX_TEXT_LENGTH + 1)
                .withMaxNoHighlightPassages(1)
                .build();
    }

    private static long total(FacetsCollector matches) {
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            total += docs.totalHits;
        }
        return total;
    }

    private static List<SearchHits.Bucket> top(FacetsCollector matches, String field) throws IOException {
        return buckets(new LongValueFacetCounts(field, matches).getTopChildren(TOP_FACET_VALUES, field));
    }

    private static List<SearchHits.Bucket> all(FacetsCollector matches, String field) throws IOException {
        return buckets(new LongValueFacetCounts(field, matches).getAllChildrenSortByValue());
    }

    private static List<SearchHits.Bucket> buckets(FacetResult result) {
        if (result == null) {
            return List.of();
        }
        return Arrays.stream(result.labelValues)
                .map(lv -> new SearchHits.Bucket(Long.parseLong(lv.label), lv.value.longValue()))
                .toList();
    }
}
