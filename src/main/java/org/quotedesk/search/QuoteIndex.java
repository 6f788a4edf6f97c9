package org.quotedesk.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.quotedesk.catalogue.quote.QuoteDto;

/**
 * Where quotes are indexed and searched: the embedded Lucene index of the default build
 * ({@link LuceneQuoteIndex}) or OpenSearch, shared by every instance of the scale build
 * ({@link OpenSearchQuoteIndex}). Both take the same parsed query (the classic syntax, analysed by
 * {@link QuoteAnalyzers}) and answer alike: exact totals, facets, highlights.
 */
interface QuoteIndex {

    /**
     * Opens the index, creating what is missing.
     *
     * @return true when it must be rebuilt from the database: new, unreadable, or of another format
     */
    boolean open();

    /** Whether other instances write to it too: their writes must be ordered ({@link #write}). */
    boolean shared();

    /** Whether a {@link #write} is durable when it returns; if not, only {@link #commit} makes it so. */
    boolean writesAreDurable();

    long documentCount();

    /**
     * Writes the documents of these quotes and deletes those of the others. On a shared index, a
     * write with a lower {@code version} than the document's last one is ignored: the versions are
     * taken from one database sequence before the quotes are read, so the latest reading wins.
     */
    void write(List<IndexedQuote> changed, Collection<Long> deleted, long version);

    /** Makes the writes durable and visible to the next search. */
    void commit();

    /** Starts filling a new, empty index; searches see the old one until {@link Rebuild#finish()}. */
    Rebuild rebuild();

    /** A page of hits, the exact total and the facets; {@code text} null means every quote. */
    SearchHits search(Query text, SearchCriteria criteria, Set<Long> speakerIds, Set<Long> venueIds);

    /**
     * For each word (lower case, diacritics folded), the closest word of {@link QuoteFields#SPELLING}
     * within {@link SearchLimits#SPELLING_MAX_EDITS} edits, when the word itself is not there; null
     * when it is, or when none is close.
     */
    List<String> corrections(List<String> words);

    /**
     * At most {@code k} quotes worded most like the text of the query ({@link SimilarWording}), best
     * first; only those of these speakers unless {@code speakerIds} is null. No totals, no facets.
     */
    List<QuoteDto> similar(Query wording, Set<Long> speakerIds, int k);

    /**
     * The ids of at most {@code k} quotes filed under any of the wording keys, those filed under the
     * most of them first: the candidates of statement linking.
     */
    List<Long> filedUnder(Collection<Long> keys, int k);

    /** Changes with every commit of this instance: names read for an earlier one may be out of date. */
    long generation();

    /** A new index being filled. {@link #add} may be called from several threads at once. */
    interface Rebuild extends AutoCloseable {

        void add(List<IndexedQuote> quotes, long version);

        /** Makes the new index durable and the one searched. */
        void finish();

        /** Abandons the new index if {@link #finish()} was not reached. */
        @Override
        void close();
    }
}
