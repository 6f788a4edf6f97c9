package org.quotedesk.curation;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.quote.QuoteReference;
import org.quotedesk.catalogue.venue.Venue;
import org.quotedesk.catalogue.venue.VenueDto;

/** Curating venues: by name; their quotes' documents carry their name. */
@ApplicationScoped
public class Venues extends RecordCurator<Venue, VenueInput, VenueDto, VenueDto> {

    @Override
    public RecordType type() {
        return RecordType.VENUE;
    }

    @Override
    protected QuoteReference reference() {
        return QuoteReference.VENUE;
    }

    @Override
    protected String entityName() {
        return "Venue";
    }

    @Override
    protected String order() {
        return "name, id";
    }

    @Override
    protected Venue newRecord() {
        return new Venue();
    }

    @Override
    protected void copy(VenueInput input, Venue venue) {
        venue.name = input.name().strip();
        venue.kind = input.kind();
        venue.location = blankToNull(input.location());
    }

    @Override
    protected VenueDto detail(Venue venue, long quoteCount) {
        return VenueDto.from(venue, quoteCount);
    }

    @Override
    protected VenueDto row(Venue venue, long quoteCount) {
        return VenueDto.from(venue, quoteCount);
    }

    @Override
    protected Map<String, String> auditFields(Venue venue) {
        return VenueDto.from(venue, 0).auditFields();
    }

    @Override
    protected String label(Venue venue) {
        return venue.name;
    }

    @Override
    protected List<Long> idsNamed(String name, VenueInput details) {
        return Venue.idsByName(name);
    }

    @Override
    protected String nameOf(VenueInput input) {
        return input.name();
    }
}
