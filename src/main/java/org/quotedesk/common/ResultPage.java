package org.quotedesk.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total number of items over all pages. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public static <E, T> ResultPage<T> of(List<E> items, long total, PageRequest request, Function<E, T> toDto) {
        return new ResultPage<>(items.stream().map(toDto).toList(), total, request.page(), request.size());
    }
}
