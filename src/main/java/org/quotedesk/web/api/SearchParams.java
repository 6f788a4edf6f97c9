package org.quotedesk.web.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.PageRequest;
import org.quotedesk.search.RecordFilter;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.search.SearchGrouping;
import org.quotedesk.search.SearchSort;
import static org.quotedesk.common.Strings.blankToNull;
import static org.quotedesk.common.Strings.parse;

/** The query parameters of a quote search, as sent; {@link #toCriteria()} validates them. */
public class SearchParams extends PageParams {

    public static final int MAX_QUERY_LENGTH = 1_000;
    /** How deep paging may go (page × size + size): beyond, narrow the search or use the export. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    @QueryParam("q")
    @Parameter(description = "Full-text query: words (AND by default), \"phrases\", OR, NOT, prefix*")
    String q;

    @QueryParam("speaker")
    @Parameter(description = "Speaker id, or a name or alias")
    String speaker;

    @QueryParam("venue")
    @Parameter(description = "Venue id, or its name")
    String venue;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = QuoteType.class))
    String type;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = QuoteStatus.class))
    String status;

    @QueryParam("source")
    @Parameter(description = "Source id", schema = @Schema(type = SchemaType.INTEGER))
    String source;

    @QueryParam("from")
    @Parameter(description = "Said on or after (YYYY-MM-DD); a quote said between two days matches when any of them"
            + " is in the range", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @QueryParam("to")
    @Parameter(description = "Said on or before (YYYY-MM-DD); a quote said between two days matches when any of"
            + " them is in the range", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), date (default without), -date",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "date", "-date"}))
    String sort;

    @QueryParam("group")
    @Parameter(description = "none (the default): one item per quote; statement: one item per statement, its best"
            + " matching report, with statements counting the statements matched",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"none", "statement"}))
    String group;

    /**
     * The parameters as sent, blank ones left out, in a fixed order: what a page needs to fill its
     * form and to build links that change one parameter.
     */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        String[][] pairs = {{"q", q}, {"speaker", speaker}, {"venue", venue}, {"type", type}, {"status", status},
            {"source", source}, {"from", from}, {"to", to}, {"sort", sort}, {"group", group}, {"size", size}, {"page", page}};
        for (String[] pair : pairs) {
            String value = blankToNull(pair[1]);
            if (value != null) {
                values.put(pair[0], value);
            }
        }
        return values;
    }

    /** The search as the API runs it: one item per quote unless {@code group} says otherwise. */
    public SearchCriteria toCriteria() {
        return toCriteria(SearchGrouping.NONE);
    }

    /** The search, grouped as {@code group} says, or as {@code byDefault} without it. */
    public SearchCriteria toCriteria(SearchGrouping byDefault) {
        PageRequest page = toRequest();
        if ((long) page.page() * page.size() + page.size() > MAX_RESULT_WINDOW) {
            throw new InvalidParameterException("page", "goes beyond the first " + MAX_RESULT_WINDOW
                    + " results: narrow the search, or use /api/export for everything");
        }
        String query = blankToNull(q);
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new InvalidParameterException("to", "must not be before 'from'");
        }
        return new SearchCriteria(query, filter(speaker), filter(venue),
                constant("type", type, QuoteType.class), constant("status", status, QuoteStatus.class),
                id("source", source), fromDate, toDate, sort(query != null), grouping(byDefault), page);
    }

    /** "5" is the record 5; anything else is a name or alias. */
    private static RecordFilter filter(String idOrName) {
        String value = blankToNull(idOrName);
        if (value == null) {
            return null;
        }
        return value.matches("\\d{1,18}") ? new RecordFilter.ById(Long.parseLong(value))
                : new RecordFilter.ByName(value);
    }

    private SearchSort sort(boolean hasQuery) {
        String value = blankToNull(sort);
        if (value == null) {
            return hasQuery ? SearchSort.RELEVANCE : SearchSort.DATE;
        }
        return Arrays.stream(SearchSort.values()).filter(s -> s.parameter.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("sort", "must be relevance, date or -date"));
    }

    private SearchGrouping grouping(SearchGrouping byDefault) {
        String value = blankToNull(group);
        if (value == null) {
            return byDefault;
        }
        return Arrays.stream(SearchGrouping.values()).filter(g -> g.parameter.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("group", "must be statement or none"));
    }

    private static <E extends Enum<E>> E constant(String name, String raw, Class<E> type) {
        return parse(raw, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)), () -> {
            throw new InvalidParameterException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        });
    }

    private static Long id(String name, String raw) {
        return parse(raw, Long::valueOf, () -> {
            throw new InvalidParameterException(name, "must be a numeric id");
        });
    }

    private static LocalDate date(String name, String raw) {
        return parse(raw, LocalDate::parse, () -> {
            throw new InvalidParameterException(name, "must be a date as YYYY-MM-DD");
        });
    }
}
