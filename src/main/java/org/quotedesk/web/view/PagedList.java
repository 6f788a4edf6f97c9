package org.quotedesk.web.view;

import java.util.Map;
import java.util.function.Function;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResultPage;

/** One page of an admin list, with the links to the other pages. */
public record PagedList<T>(ResultPage<T> page, Pagination pagination, SearchLinks links) {

    /**
     * Reads the page asked for ({@code ?page=}, 0-based) of the list at {@code path}, holding
     * {@code size} items.
     */
    public static <T> PagedList<T> of(String path, String page, int size, Function<PageRequest, ResultPage<T>> read) {
        PageRequest request = PageRequest.parse(page, Integer.toString(size));
        ResultPage<T> items = read.apply(request);
        return new PagedList<>(items, Pagination.of(request.page(), size, items.total(), PageRequest.MAX_PAGE),
                new SearchLinks(path, Map.of()));
    }
}
