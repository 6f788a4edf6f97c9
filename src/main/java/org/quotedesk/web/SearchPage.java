package org.quotedesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.search.SearchParams;
import org.quotedesk.speaker.SpeakerService;
import org.quotedesk.venue.VenueService;

/** The search page: a plain GET form, so that the URL carries the whole query. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);
    }

    @Inject
    QuoteSearchService search;

    @Inject
    SpeakerService speakers;

    @Inject
    VenueService venues;

    @GET
    @Operation(hidden = true)
    public TemplateInstance search(@BeanParam SearchParams params) {
        SearchCriteria criteria = params.toCriteria();
        QuoteSearchPage results = search.search(criteria);
        return Templates.search(SearchView.of(params.values(), results, filterLabels(criteria)));
    }

    /** How each filter in force reads, by parameter name: ids are shown as names. */
    private Map<String, String> filterLabels(SearchCriteria criteria) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (criteria.speaker() != null) {
            labels.put("speaker", "Speaker: " + name(criteria.speaker(), speakers.namesOf(idOf(criteria.speaker()))));
        }
        if (criteria.venue() != null) {
            labels.put("venue", "Venue: " + name(criteria.venue(), venues.namesOf(idOf(criteria.venue()))));
        }
        if (criteria.type() != null) {
            labels.put("type", Formats.label(criteria.type()));
        }
        if (criteria.status() != null) {
            labels.put("status", "Status: " + criteria.status().name().toLowerCase());
        }
        if (criteria.source() != null) {
            labels.put("source", "Source #" + criteria.source());
        }
        if (criteria.from() != null || criteria.to() != null) {
            labels.put("from", "Said " + (criteria.from() == null ? "" : "from " + Formats.day(criteria.from()) + " ")
                    + (criteria.to() == null ? "" : "to " + Formats.day(criteria.to())));
        }
        return labels;
    }

    private static List<Long> idOf(String idOrName) {
        return idOrName.matches("\\d{1,18}") ? List.of(Long.parseLong(idOrName)) : List.of();
    }

    private static String name(String idOrName, Map<Long, String> names) {
        return names.isEmpty() ? idOrName : names.values().iterator().next();
    }
}
