package org.quotedesk.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Links that keep the current search and change one thing in it: a filter added or removed, another
 * page. Changing anything but the page goes back to the first page.
 */
public final class SearchLinks {

    private final String path;
    private final Map<String, String> params;

    public SearchLinks(String path, Map<String, String> params) {
        this.path = path;
        this.params = Map.copyOf(params);
    }

    public String with(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.put(name, String.valueOf(value));
        return url(changed);
    }

    /** A date range of one calendar year. */
    public String year(Object year) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.put("from", year + "-01-01");
        changed.put("to", year + "-12-31");
        return url(changed);
    }

    public String without(String name) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.remove(name);
        if (name.equals("from") || name.equals("to")) {
            changed.remove("from");
            changed.remove("to");
        }
        return url(changed);
    }

    public String page(int page) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (page == 0) {
            changed.remove("page");
        } else {
            changed.put("page", Integer.toString(page));
        }
        return url(changed);
    }

    private String url(Map<String, String> values) {
        if (values.isEmpty()) {
            return path;
        }
        return path + "?" + values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
