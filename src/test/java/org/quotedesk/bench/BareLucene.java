package org.quotedesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
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
import org.apache.lucene.store.FSDirectory;
import org.quotedesk.search.QuoteAnalyzers;
import org.quotedesk.search.QuoteFields;

/**
 * The engine floor: what one search request asks of Lucene, done in-process on QuoteDesk's own
 * index with nothing around it. Parse {@code q} over the same fields and boosts with the same
 * analysis, filter, sort by relevance, count every match exactly, count the same facets (speakers
 * and venues top 20, every type, status and year), read the top 20 stored documents and highlight them.
 * Speaker names are turned into ids once, before timing (the application looks them up per request).
 */
final class BareLucene implements ConcurrentRun.Client<BenchQuery>, AutoCloseable {

    private static final String[] FIELDS = {QuoteFields.TEXT, QuoteFields.SPEAKER};
    private static final Map<String, Float> BOOSTS = Map.of(QuoteFields.TEXT, 3f, QuoteFields.SPEAKER, 1.5f);
    private static final int PAGE = 20;
    private static final int MAX_TEXT = 10_001;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer = QuoteAnalyzers.forQueries();
    private final Analyzer indexAnalyzer = QuoteAnalyzers.forIndexing();
    private final Map<String, long[]> speakerIds = new HashMap<>();

    BareLucene(Path index, List<BenchQuery> mix) throws Exception {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
        for (BenchQuery query : mix) {
            if (query.speaker() != null && !speakerIds.containsKey(query.speaker())) {
                speakerIds.put(query.speaker(), idsOf(query.speaker()));
            }
        }
    }

    @Override
    public long ask(BenchQuery bench) throws Exception {
        QueryParser parser = new MultiFieldQueryParser(FIELDS, queryAnalyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query text = parser.parse(bench.q());
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (bench.speaker() != null) {
            query.add(LongField.newSetQuery(QuoteFields.SPEAKER_ID, speakerIds.get(bench.speaker())),
                    BooleanClause.Occur.FILTER);
        }
        if (bench.from() != null) {
            query.add(LongField.newRangeQuery(QuoteFields.SPOKEN_ON, bench.from().toEpochDay(),
                    bench.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        Query built = query.build();
        SortField date = LongField.newSortField(QuoteFields.SPOKEN_ON, false, SortedNumericSelector.Type.MIN);
        date.setMissingValue(Long.MAX_VALUE);
        Sort sort = new Sort(SortField.FIELD_SCORE, date, new SortField(QuoteFields.ID, SortField.Type.LONG));
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, built, PAGE, sort, false,
                new FacetsCollectorManager());
        FacetsCollector matches = result.facetsCollector();
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            total += docs.totalHits;
        }
        new LongValueFacetCounts(QuoteFields.SPEAKER_ID, matches).getTopChildren(20, QuoteFields.SPEAKER_ID);
        new LongValueFacetCounts(QuoteFields.VENUE_ID, matches).getTopChildren(20, QuoteFields.VENUE_ID);
        new LongValueFacetCounts(QuoteFields.TYPE, matches).getAllChildrenSortByValue();
        new LongValueFacetCounts(QuoteFields.STATUS, matches).getAllChildrenSortByValue();
        new LongValueFacetCounts(QuoteFields.YEAR, matches).getAllChildrenSortByValue();
        ScoreDoc[] page = result.topDocs().scoreDocs;
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(MAX_TEXT).withMaxNoHighlightPassages(1).build();
        highlighter.highlight(QuoteFields.TEXT, text,
                new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), 1);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : page) {
            stored.document(hit.doc, Set.of(QuoteFields.STORED));
        }
        return total;
    }

    /** The ids of the speakers whose name field holds this name as a phrase. */
    private long[] idsOf(String name) throws Exception {
        Query byName = new QueryParser(QuoteFields.SPEAKER, queryAnalyzer)
                .parse("\"" + QueryParser.escape(name) + "\"");
        TopDocs docs = searcher.search(byName, 100);
        return Arrays.stream(docs.scoreDocs).mapToLong(d -> speakerIdOf(d.doc)).distinct().toArray();
    }

    private long speakerIdOf(int doc) {
        try {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), QuoteFields.SPEAKER_ID);
            values.advanceExact(doc - leaf.docBase);
            return values.nextValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
