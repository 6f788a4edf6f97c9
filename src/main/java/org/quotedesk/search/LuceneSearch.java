package org.quotedesk.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.grouping.AllGroupsCollector;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TermGroupSelector;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;

/**
 * One search on a point-in-time view of the Lucene index: a page of hits (quotes, or the best report
 * of each statement), highlighted, with exact totals and facets.
 */
final class LuceneSearch {

    private static final Set<String> STORED_ONLY = Set.of(QuoteFields.STORED);

    private final IndexSearcher searcher;
    private final Analyzer indexAnalyzer;
    private final QuoteDocuments documents;
    private final Duration timeLimit;

    /** A searcher of its own, for its own time limit: the shared one serves every search at once. */
    LuceneSearch(IndexSearcher shared, Analyzer indexAnalyzer, QuoteDocuments documents, Duration timeLimit) {
        this.searcher = new IndexSearcher(shared.getIndexReader());
        this.indexAnalyzer = indexAnalyzer;
        this.documents = documents;
        this.timeLimit = timeLimit;
        searcher.setTimeout(new QueryTimeoutImpl(timeLimit.toMillis()));
    }

    SearchHits run(Query query, Query text, SearchCriteria criteria) throws IOException {
        int from = criteria.page().offset();
        int upTo = from + criteria.page().size();
        Sort sort = sort(criteria, text != null);
        ScoreDoc[] page;
        FacetsCollector matches;
        Long statements = null;
        try {
            if (criteria.byStatement()) {
                FirstPassGroupingCollector<BytesRef> best = new FirstPassGroupingCollector<>(
                        new TermGroupSelector(QuoteFields.STATEMENT), sort, upTo);
                AllGroupsCollector<BytesRef> all = new AllGroupsCollector<>(new TermGroupSelector(QuoteFields.STATEMENT));
                matches = new FacetsCollector();
                searcher.search(query, MultiCollector.wrap(best, all, matches));
                checkTime();
                page = bestReports(best.getTopGroups(from));
                statements = (long) all.getGroupCount();
            } else {
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, upTo,
                        sort, false, new FacetsCollectorManager());
                checkTime();
                ScoreDoc[] top = result.topDocs().scoreDocs;
                page = Arrays.copyOfRange(top, Math.min(from, top.length), top.length);
                matches = result.facetsCollector();
            }
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw SearchLimits.tooManyWords();
        }
        return new SearchHits(hits(page, text), total(matches), statements,
                top(matches, QuoteFields.SPEAKER_ID), top(matches, QuoteFields.VENUE_ID),
                all(matches, QuoteFields.TYPE), all(matches, QuoteFields.STATUS), all(matches, QuoteFields.YEAR));
    }

    private void checkTime() {
        if (searcher.timedOut()) {
            throw SearchLimits.tooSlow(timeLimit);
        }
    }

    /**
     * The best matching report of each statement of the page. A group's sort values are those of its
     * best report, and every sort ends with the quote id: the report is looked up by that id, which
     * costs less than the grouping module's second pass over every match.
     */
    private ScoreDoc[] bestReports(Collection<SearchGroup<BytesRef>> groups) throws IOException {
        if (groups == null) {
            return new ScoreDoc[0];
        }
        List<ScoreDoc> page = new ArrayList<>(groups.size());
        for (SearchGroup<BytesRef> group : groups) {
            long id = (Long) group.sortValues[group.sortValues.length - 1];
            page.add(searcher.search(new TermQuery(QuoteDocuments.idTerm(id)), 1).scoreDocs[0]);
        }
        return page.toArray(ScoreDoc[]::new);
    }

    /**
     * The {@code k} best quotes for the query, by score alone: nothing is counted or sorted beyond
     * them, so Lucene skips the documents that cannot make the top (block-max WAND).
     */
    List<QuoteDto> top(Query query, int k) throws IOException {
        TopDocs top;
        try {
            top = searcher.search(query, k);
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw SearchLimits.tooManyWords();
        }
        if (searcher.timedOut()) {
            throw SearchLimits.tooSlow(timeLimit);
        }
        List<QuoteDto> quotes = new ArrayList<>(top.scoreDocs.length);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            quotes.add(documents.stored(stored.document(hit.doc, STORED_ONLY)).toDto(Map.of()));
        }
        return quotes;
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

    private List<SearchHits.Hit> hits(ScoreDoc[] page, Query text) throws IOException {
        String[] highlights = highlighter().highlight(QuoteFields.TEXT,
                text != null ? text : new MatchAllDocsQuery(),
                new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), 1);
        List<SearchHits.Hit> hits = new ArrayList<>(page.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            hits.add(new SearchHits.Hit(documents.stored(stored.document(page[i].doc, STORED_ONLY)), highlights[i]));
        }
        return hits;
    }

    /** The whole text as one passage, HTML-escaped, matched terms in {@code <mark>}. */
    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(Highlights.FORMATTER)
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
        return buckets(new LongValueFacetCounts(field, matches).getTopChildren(SearchLimits.TOP_FACET_VALUES, field));
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
