package org.quotedesk.bench;

import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.quotedesk.search.QuoteFields;
import org.quotedesk.search.SimilarWording;

/**
 * The engine floor of a check: the same candidate query as the application's ({@link SimilarWording}),
 * in-process on its index, top 10 by score, their stored documents read; nothing else (no word-by-word
 * comparison, no HTTP, no JSON).
 */
final class BareCheck implements ConcurrentRun.Client<CheckQuery>, AutoCloseable {

    private static final int CANDIDATES = 10;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    BareCheck(Path index) throws Exception {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
    }

    @Override
    public long ask(CheckQuery check) throws Exception {
        TopDocs top = searcher.search(SimilarWording.of(check.text()), CANDIDATES);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            stored.document(hit.doc, Set.of(QuoteFields.STORED));
        }
        return top.scoreDocs.length;
    }

    @Override
    public void close() throws Exception {
        reader.close();
    }
}
