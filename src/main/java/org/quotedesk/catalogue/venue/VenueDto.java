package org.quotedesk.catalogue.venue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quotedesk.catalogue.RecordSummary;

public record VenueDto(Long id, String name, VenueKind kind, String location, long quoteCount, long version)
        implements RecordSummary {

    /** How the audit trail records the venue. */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind.name());
        fields.put("location", location);
        return fields;
    }

    public static VenueDto from(Venue venue, long quoteCount) {
        return new VenueDto(venue.id, venue.name, venue.kind, venue.location, quoteCount, venue.version);
    }
}
