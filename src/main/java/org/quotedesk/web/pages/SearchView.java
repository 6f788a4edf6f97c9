package org.quotedesk.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.statement.StatementCoverage;
import org.quotedesk.search.QuoteHit;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.SearchSort;
import org.quotedesk.web.api.SearchParams;
import org.quotedesk.web.view.Choice;
import org.quotedesk.web.view.Formats;
import org.quotedesk.web.view.Pagination;
import org.quotedesk.web.view.SearchLinks;

/**
 * What the search page shows: the form as sent, the results, links that narrow or page them, and in a
 * search by statement how widely each statement reported more than once was reported.
 */
public record SearchView(Map<String, String> form, QuoteSearchPage results, SearchLinks links,
        Pagination pagination, List<Filter> filters, Map<Long, StatementCoverage> coverage) {

    /** A filter in force, with the link that removes it. */
    public record Filter(String label, String removeUrl) {
    }

    /** The view of a search on the page at {@code path}, whose links keep to that page. */
    public static SearchView of(String path, Map<String, String> form, QuoteSearchPage results,
            Map<String, String> filterLabels, Map<Long, StatementCoverage> coverage) {
        SearchLinks links = new SearchLinks(path, form);
        List<Filter> filters = new ArrayList<>();
        filterLabels.forEach((name, label) -> filters.add(new Filter(label, links.without(name))));
        int maxPage = SearchParams.MAX_RESULT_WINDOW / results.size() - 1;
        return new SearchView(form, results, links,
                Pagination.of(results.page(), results.size(), results.results(), maxPage), filters, coverage);
    }

    /** One card per statement: a search by statement. */
    public boolean byStatement() {
        return results.statements() != null;
    }

    /** How widely the hit's statement was reported, when the card stands for several reports; else null. */
    public StatementCoverage coverageOf(QuoteHit hit) {
        return hit.quote().statement() == null ? null : coverage.get(hit.quote().statement().id());
    }

    /** "3 quotes"; in a search by statement that folded some, "2 statements (3 quotes)". */
    public String count() {
        Long statements = results.statements();
        return statements == null || statements == results.total() ? Formats.quotes(results.total())
                : Formats.statements(statements) + " (" + Formats.quotes(results.total()) + ")";
    }

    /** The number of the first result on this page, counting from 1. */
    public long firstNumber() {
        return (long) results.page() * results.size() + 1;
    }

    public String value(String name) {
        return form.getOrDefault(name, "");
    }

    public String query() {
        return form.get("q");
    }

    public boolean hasFilters() {
        return !filters.isEmpty() || form.containsKey("sort");
    }

    /** Nothing asked yet: the page shows every quote, newest first, as an invitation. */
    public boolean isBrowsing() {
        return query() == null && filters.isEmpty();
    }

    public List<Choice> types() {
        return Choice.anyOf(QuoteType.values(), value("type").toUpperCase(), "Any");
    }

    public List<Choice> statuses() {
        return Choice.anyOf(QuoteStatus.values(), value("status").toUpperCase(), "Any");
    }

    public List<Choice> sorts() {
        List<Choice> sorts = new ArrayList<>();
        String current = value("sort");
        sorts.add(new Choice("", "Best match first (oldest first without words)", current.isEmpty()));
        for (SearchSort sort : SearchSort.values()) {
            String label = switch (sort) {
                case RELEVANCE -> "Best match first";
                case DATE -> "Oldest first";
                case DATE_DESC -> "Newest first";
            };
            sorts.add(new Choice(sort.parameter, label, sort.parameter.equals(current)));
        }
        return sorts;
    }
}
