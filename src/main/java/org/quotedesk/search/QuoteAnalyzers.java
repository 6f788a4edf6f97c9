package org.quotedesk.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text analysis, composed from Lucene's own components: Unicode word breaking, possessives
 * removed, lower case, diacritics and curly apostrophes folded (Élysée = Elysee, we’re = we're),
 * English stop words dropped, Porter stemming (warned = warn).
 *
 * <p>At index time every word is kept twice at one position, as written and stemmed, so that a
 * prefix query ({@code harmfu*}) can match the unstemmed form while plain words and phrases match
 * by stem. Queries are only stemmed.
 *
 * <p>{@link QuoteFields#SPELLING} keeps only the words as written: the words "did you mean" may suggest.
 */
public final class QuoteAnalyzers {

    private QuoteAnalyzers() {
    }

    public static Analyzer forIndexing() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzerChain(true, true),
                Map.of(QuoteFields.SPELLING, forSpelling()));
    }

    public static Analyzer forQueries() {
        return new EnglishAnalyzerChain(false, true);
    }

    /** The words as written, lower case and folded, without stop words: never a stem, which is no word to suggest. */
    static Analyzer forSpelling() {
        return new EnglishAnalyzerChain(false, false);
    }

    private static final class EnglishAnalyzerChain extends Analyzer {

        private final boolean keepUnstemmed;
        private final boolean stem;

        EnglishAnalyzerChain(boolean keepUnstemmed, boolean stem) {
            this.keepUnstemmed = keepUnstemmed;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            if (keepUnstemmed) {
                stream = new KeywordRepeatFilter(stream);
            }
            if (stem) {
                stream = new PorterStemFilter(stream);
            }
            if (keepUnstemmed) {
                stream = new RemoveDuplicatesTokenFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        /** Prefix, wildcard and fuzzy terms are normalised, not stemmed. */
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
