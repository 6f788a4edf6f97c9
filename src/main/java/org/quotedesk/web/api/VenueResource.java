package org.quotedesk.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotedesk.catalogue.venue.VenueDto;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.VenueInput;
import org.quotedesk.curation.Venues;

@Path("/api/venues")
@Tag(name = "Venues", description = "Where things were said: an interview, a press conference, a post. Listed by"
        + " name; a quote names its venue by id or by name.")
public class VenueResource extends RecordResource<VenueInput, VenueDto, VenueDto> {

    @Inject
    Venues venues;

    @Override
    protected RecordCurator<?, VenueInput, VenueDto, VenueDto> records() {
        return venues;
    }
}
