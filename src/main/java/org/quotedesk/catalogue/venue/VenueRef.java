package org.quotedesk.catalogue.venue;

/** A venue as embedded in a quote. */
public record VenueRef(Long id, String name, VenueKind kind) {

    public static VenueRef from(Venue venue) {
        return venue == null ? null : new VenueRef(venue.id, venue.name, venue.kind);
    }
}
