package org.quotedesk.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * The Lucene index of quotes, in {@code <data-dir>/index}: one writer, and near-real-time searchers
 * refreshed after every change. Which quotes it holds is {@link IndexSynchronizer}'s business.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    /**
     * What the documents hold, recorded with every commit. Change it with {@link QuoteDocuments}:
     * an index of another format is rebuilt at start.
     */
    static final String FORMAT = "3";
    private static final String FORMAT_KEY = "quotedesk.format";
    /** Lucene's indexing buffer (its default is 16 MB). */
    static final double INDEXING_BUFFER_MB = 64;

    private final Analyzer indexAnalyzer = QuoteAnalyzers.forIndexing();
    private final Analyzer queryAnalyzer = QuoteAnalyzers.forQueries();

    private final AtomicLong generation = new AtomicLong();
    private Path path;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    /**
     * Opens the index at {@code path}, creating it when missing and recreating it, empty, when it
     * cannot be read.
     *
     * @return true when the index was created empty (missing or unreadable), false when it was opened
     */
    synchronized boolean open(Path path) throws IOException {
        this.path = path;
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
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setOpenMode(mode)
                .setRAMBufferSizeMB(INDEXING_BUFFER_MB);
        writer = new IndexWriter(directory, config);
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

    void upsert(long quoteId, Document doc) throws IOException {
        writer.updateDocument(QuoteDocuments.idTerm(quoteId), doc);
    }

    void delete(Collection<Long> quoteIds) throws IOException {
        for (long id : quoteIds) {
            writer.deleteDocuments(QuoteDocuments.idTerm(id));
        }
    }

    void add(Collection<Document> docs) throws IOException {
        writer.addDocuments(docs);
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable and visible to the next search. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        generation.incrementAndGet();
    }

    /** Changes with every commit: what was read from the index before may be out of date. */
    long generation() {
        return generation.get();
    }

    int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Runs a search on the current point-in-time view of the index. */
    <T> T search(SearchFunction<T> search) {
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

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    boolean isOpen() {
        return writer != null && writer.isOpen();
    }

    long sizeInBytes() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                total += Files.size(file);
            }
            return total;
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
