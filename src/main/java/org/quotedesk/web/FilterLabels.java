package org.quotedesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.speaker.SpeakerService;
import org.quotedesk.venue.VenueService;

/** How the filters of a search read on a page ("Speaker: Dmitry Peskov"), by parameter name. */
@ApplicationScoped
public class FilterLabels {

    @Inject
    SpeakerService speakers;

    @Inject
    VenueService venues;

    /** Ids are shown as names. */
    public Map<String, String> of(SearchCriteria criteria) {
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
