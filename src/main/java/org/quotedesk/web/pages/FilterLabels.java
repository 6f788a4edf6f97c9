package org.quotedesk.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.Speakers;
import org.quotedesk.curation.Venues;
import org.quotedesk.search.RecordFilter;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.web.view.Formats;
import org.quotedesk.web.view.Labels;

/** How the filters of a search read on a page ("Speaker: Dmitry Peskov"), by parameter name. */
@ApplicationScoped
public class FilterLabels {

    @Inject
    Speakers speakers;

    @Inject
    Venues venues;

    /** Ids are shown as names. */
    public Map<String, String> of(SearchCriteria criteria) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (criteria.speaker() != null) {
            labels.put("speaker", "Speaker: " + name(criteria.speaker(), speakers));
        }
        if (criteria.venue() != null) {
            labels.put("venue", "Venue: " + name(criteria.venue(), venues));
        }
        if (criteria.type() != null) {
            labels.put("type", Labels.label(criteria.type()));
        }
        if (criteria.status() != null) {
            labels.put("status", "Status: " + Labels.label(criteria.status()).toLowerCase());
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

    /** A record's name for its id (the id itself when there is none); a name as typed. */
    private static String name(RecordFilter filter, RecordCurator<?, ?, ?, ?> records) {
        if (filter instanceof RecordFilter.ById byId) {
            return records.namesOf(List.of(byId.id())).getOrDefault(byId.id(), "#" + byId.id());
        }
        return ((RecordFilter.ByName) filter).name();
    }
}
