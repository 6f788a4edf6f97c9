package org.quotedesk.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.web.api.SearchParams;

/** Runs the search a page's form asks for (the public search page, the admin's list of quotes). */
@ApplicationScoped
public class SearchViews {

    @Inject
    QuoteSearchService search;

    @Inject
    FilterLabels filterLabels;

    /** The results of the search, as shown on the page at {@code path}, whose links keep to that page. */
    public SearchView of(String path, SearchParams params) {
        SearchCriteria criteria = params.toCriteria();
        return SearchView.of(path, params.values(), search.search(criteria), filterLabels.of(criteria));
    }
}
