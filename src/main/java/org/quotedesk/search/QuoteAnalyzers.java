package org.quotedesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
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
 */
public final class QuoteAnalyzers {

    private QuoteAnalyzers() {
    }

    public static Analyzer forIndexing() {
        return new EnglishAnalyzerChain(true);
    }

    public static Analyzer forQueries() {
        return new EnglishAnalyzerChain(false);
    }

    private static final class EnglishAnalyzerChain extends Analyzer {

        private final boolean keepUnstemmed;

        EnglishAnalyzerChain(boolean keepUnstemmed) {
            this.keepUnstemmed = keepUnstemmed;
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
            stream = new PorterStemFilter(stream);
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
