package org.quotedesk.venue;

public record VenueDto(Long id, String name, VenueKind kind, String location, long quoteCount, long version) {

    public static VenueDto from(Venue venue, long quoteCount) {
        return new VenueDto(venue.id, venue.name, venue.kind, venue.location, quoteCount, venue.version);
    }
}
