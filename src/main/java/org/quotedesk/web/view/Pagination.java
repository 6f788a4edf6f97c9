package org.quotedesk.web.view;

import java.util.ArrayList;
import java.util.List;

/** Which page links to show: first, last, and a few around the current one. */
public record Pagination(int current, int last, List<Integer> shown) {

    private static final int AROUND = 2;

    public static Pagination of(int page, int size, long total, int maxPage) {
        int last = (int) Math.min(maxPage, Math.max(0, (total - 1) / size));
        List<Integer> shown = new ArrayList<>();
        for (int p = 0; p <= last; p++) {
            if (p == 0 || p == last || Math.abs(p - page) <= AROUND) {
                shown.add(p);
            }
        }
        return new Pagination(page, last, shown);
    }

    public boolean hasPrevious() {
        return current > 0;
    }

    public boolean hasNext() {
        return current < last;
    }

    public boolean needed() {
        return last > 0;
    }

    /** A gap (…) goes before this page number in the list. */
    public boolean gapBefore(int page) {
        int index = shown.indexOf(page);
        return index > 0 && shown.get(index - 1) != page - 1;
    }
}
