package org.quotedesk.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.quotedesk.catalogue.statement.StatementCoverage;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.search.SearchGrouping;
import org.quotedesk.web.api.SearchParams;

/** Runs the search a page's form asks for (the public search page, the admin's list of quotes). */
@ApplicationScoped
public class SearchViews {

    @Inject
    QuoteSearchService search;

    @Inject
    FilterLabels filterLabels;

    /**
     * The results of the search, as shown on the page at {@code path}, whose links keep to that page;
     * grouped as the form says, else as {@code byDefault}.
     */
    public SearchView of(String path, SearchParams params, SearchGrouping byDefault) {
        SearchCriteria criteria = params.toCriteria(byDefault);
        QuoteSearchPage results = search.search(criteria);
        Map<Long, StatementCoverage> coverage = criteria.byStatement() ? search.coverage(results) : Map.of();
        return SearchView.of(path, params.values(), results, filterLabels.of(criteria), coverage);
    }
}
