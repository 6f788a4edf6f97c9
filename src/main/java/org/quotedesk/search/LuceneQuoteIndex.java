package org.quotedesk.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.QuoteDeskConfig;

/**
 * The embedded Lucene index of quotes, in {@code <data-dir>/index}: one writer, and near-real-time
 * searchers refreshed after every commit. Which quotes it holds is {@link IndexSynchronizer}'s business.
 */
@ApplicationScoped
@Typed(LuceneQuoteIndex.class)
class LuceneQuoteIndex implements QuoteIndex {

    private static final Logger LOG = Logger.getLogger(LuceneQuoteIndex.class);
    /**
     * What the documents hold, recorded with every commit. Change it with {@link QuoteDocuments}:
     * an index of another format is rebuilt at start.
     */
    static final String FORMAT = "7";
    private static final String FORMAT_KEY = "quotedesk.format";
    /** Lucene's indexing buffer (its default is 16 MB). */
    static final double INDEXING_BUFFER_MB = 64;

    private final Analyzer indexAnalyzer = QuoteAnalyzers.forIndexing();

    private final AtomicLong generation = new AtomicLong();

    @Inject
    QuoteDocuments documents;

    @Inject
    QuoteDeskConfig config;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    /** Creates the index when missing, and recreates it, empty, when it cannot be read. */
    @Override
    public synchronized boolean open() {
        try {
            return open(config.dataDir().resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean open(Path path) throws IOException {
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        if (DirectoryReader.indexExists(directory)) {
            try {
                openWriter(IndexWriterConfig.OpenMode.APPEND);
                if (FORMAT.equals(format())) {
                    return false;
                }
                LOG.warnf("The search index in %s has format %s, not %s: recreating it", path, format(), FORMAT);
            } catch (IOException | RuntimeException unreadable) {
                LOG.warnf("The search index in %s cannot be read (%s): recreating it", path, unreadable);
            }
            closeQuietly();
            deleteContents(path);
            directory = FSDirectory.open(path);
        }
        openWriter(IndexWriterConfig.OpenMode.CREATE);
        return true;
    }

    private void openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        // A larger buffer than Lucene's 16 MB: an import or a rebuild writes fewer, larger segments,
        // and merges less; it is taken from the heap only while documents are being added.
        IndexWriterConfig writerConfig = new IndexWriterConfig(indexAnalyzer).setOpenMode(mode)
                .setRAMBufferSizeMB(INDEXING_BUFFER_MB);
        writer = new IndexWriter(directory, writerConfig);
        if (mode == IndexWriterConfig.OpenMode.CREATE) {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        }
        // Opening a reader reads every segment: an unreadable index fails here, not at the first search.
        searchers = new SearcherManager(writer, null);
        if (mode == IndexWriterConfig.OpenMode.CREATE) {
            writer.commit();
        }
    }

    private String format() {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (FORMAT_KEY.equals(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public boolean writesAreDurable() {
        return false;
    }

    @Override
    public void write(List<IndexedQuote> changed, Collection<Long> deleted, long version) {
        try {
            for (IndexedQuote quote : changed) {
                writer.updateDocument(QuoteDocuments.idTerm(quote.stored().id()), documents.toDocument(quote));
            }
            for (long id : deleted) {
                writer.deleteDocuments(QuoteDocuments.idTerm(id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable and visible to the next search. */
    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generation.incrementAndGet();
    }

    /**
     * Empties the index in the writer; searchers keep the last commit's view until the rebuild's
     * commit. Abandoned, the writer rolls back to that commit.
     */
    @Override
    public Rebuild rebuild() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rebuild() {
            private boolean finished;

            @Override
            public void add(List<IndexedQuote> quotes, long version) {
                try {
                    writer.addDocuments(quotes.stream().map(documents::toDocument).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void finish() {
                commit();
                finished = true;
            }

            @Override
            public void close() {
                if (!finished) {
                    rollBack();
                }
            }
        };
    }

    private synchronized void rollBack() {
        try {
            writer.rollback();
            searchers.close();
            openWriter(IndexWriterConfig.OpenMode.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public long documentCount() {
        return search(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public SearchHits search(Query text, SearchCriteria criteria, Set<Long> speakerIds, Set<Long> venueIds) {
        Query query = LuceneQueries.build(text, criteria, speakerIds, venueIds);
        return search(searcher -> new LuceneSearch(searcher, indexAnalyzer, documents, config.search().timeLimit())
                .run(query, text, criteria));
    }

    @Override
    public List<String> corrections(List<String> words) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(SearchLimits.SPELLING_MAX_EDITS);
        checker.setMinPrefix(SearchLimits.SPELLING_PREFIX);
        checker.setMinQueryLength(SearchLimits.SPELLING_MIN_LENGTH);
        return search(searcher -> {
            List<String> corrections = new ArrayList<>(words.size());
            for (String word : words) {
                SuggestWord[] closest = checker.suggestSimilar(new Term(QuoteFields.SPELLING, word), 1,
                        searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                corrections.add(closest.length == 0 ? null : closest[0].string);
            }
            return corrections;
        });
    }

    @Override
    public List<QuoteDto> similar(Query wording, Set<Long> speakerIds, int k) {
        Query query = LuceneQueries.build(wording, SearchCriteria.all(new PageRequest(0, k)), speakerIds, null);
        return search(searcher -> new LuceneSearch(searcher, indexAnalyzer, documents, config.search().timeLimit())
                .top(query, k));
    }

    @Override
    public List<Long> filedUnder(Collection<Long> keys, int k) {
        if (keys.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder anyKey = new BooleanQuery.Builder();
        for (long key : keys) {
            anyKey.add(new ConstantScoreQuery(new TermQuery(new Term(QuoteFields.WORDING_KEY,
                    QuoteDocuments.keyTerm(key)))), BooleanClause.Occur.SHOULD);
        }
        Query query = anyKey.build();
        return search(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<Long> ids = new ArrayList<>(k);
            for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
                ids.add(Long.parseLong(stored.document(hit.doc, Set.of(QuoteFields.ID)).get(QuoteFields.ID)));
            }
            return ids;
        });
    }

    /** Runs a search on the current point-in-time view of the index. */
    private <T> T search(SearchFunction<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (writer != null && writer.isOpen()) {
                writer.commit();
            }
        } catch (IOException e) {
            LOG.warn("Could not commit the search index on shutdown", e);
        }
        closeQuietly();
    }

    private void closeQuietly() {
        for (AutoCloseable closeable : new AutoCloseable[] {searchers, writer, directory}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.debug("Closing the search index", e);
                }
            }
        }
        searchers = null;
        writer = null;
        directory = null;
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                Files.delete(file);
            }
        }
    }

    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
