package org.quotedesk.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.quotedesk.common.QuoteDeskConfig;

/** The index QuoteDesk searches: OpenSearch when its address is configured, else the embedded one. */
@ApplicationScoped
class QuoteIndexChoice {

    @Produces
    @ApplicationScoped
    QuoteIndex index(QuoteDeskConfig config, LuceneQuoteIndex embedded, OpenSearchQuoteIndex shared) {
        return config.opensearch().url().isPresent() ? shared : embedded;
    }
}
