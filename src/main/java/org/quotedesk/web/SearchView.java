package org.quotedesk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.quotedesk.quote.QuoteStatus;
import org.quotedesk.quote.QuoteType;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.SearchParams;
import org.quotedesk.search.SearchSort;

/** What the search page shows: the form as sent, the results, and links that narrow or page them. */
public record SearchView(Map<String, String> form, QuoteSearchPage results, SearchLinks links,
        Pagination pagination, List<Filter> filters) {

    /** A filter in force, with the link that removes it. */
    public record Filter(String label, String removeUrl) {
    }

    /** An option of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The view of a search on the page at {@code path}, whose links keep to that page. */
    public static SearchView of(String path, Map<String, String> form, QuoteSearchPage results,
            Map<String, String> filterLabels) {
        SearchLinks links = new SearchLinks(path, form);
        List<Filter> filters = new ArrayList<>();
        filterLabels.forEach((name, label) -> filters.add(new Filter(label, links.without(name))));
        int maxPage = SearchParams.MAX_RESULT_WINDOW / results.size() - 1;
        return new SearchView(form, results, links,
                Pagination.of(results.page(), results.size(), results.total(), maxPage), filters);
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

    public List<Option> types() {
        return options("type", Arrays.stream(QuoteType.values()).map(t -> new String[] {t.name(), Formats.label(t)}));
    }

    public List<Option> statuses() {
        return options("status", Arrays.stream(QuoteStatus.values())
                .map(s -> new String[] {s.name(), s.name().charAt(0) + s.name().substring(1).toLowerCase()}));
    }

    public List<Option> sorts() {
        List<Option> sorts = new ArrayList<>();
        String current = form.getOrDefault("sort", "");
        sorts.add(new Option("", "Best match first (oldest first without words)", current.isEmpty()));
        for (SearchSort sort : SearchSort.values()) {
            String label = switch (sort) {
                case RELEVANCE -> "Best match first";
                case DATE -> "Oldest first";
                case DATE_DESC -> "Newest first";
            };
            sorts.add(new Option(sort.parameter, label, sort.parameter.equals(current)));
        }
        return sorts;
    }

    private List<Option> options(String name, java.util.stream.Stream<String[]> values) {
        String current = form.getOrDefault(name, "").toUpperCase();
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Any", current.isEmpty()));
        values.forEach(v -> options.add(new Option(v[0], v[1], v[0].equals(current))));
        return options;
    }
}
