package org.quotedesk.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.venue.VenueDto;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.VenueInput;
import org.quotedesk.curation.Venues;
import org.quotedesk.web.view.Labels;

/** Curating venues. */
@Path("/admin/venues")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminVenues extends RecordPages<VenueInput, VenueDto, VenueDto, VenueForm> {

    @Inject
    Venues venues;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@BeanParam VenueForm form) {
        return createFrom(form);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @BeanParam VenueForm form) {
        return saveFrom(id, form);
    }

    @Override
    protected RecordCurator<?, VenueInput, VenueDto, VenueDto> records() {
        return venues;
    }

    @Override
    protected String plural() {
        return "venues";
    }

    @Override
    protected VenueForm blankForm() {
        return new VenueForm();
    }

    @Override
    protected VenueForm formOf(VenueDto venue) {
        return VenueForm.of(venue);
    }

    @Override
    protected List<Column<VenueDto>> columns() {
        return List.of(new Column<>("Name", VenueDto::name), new Column<>("Kind", v -> Labels.label(v.kind())),
                new Column<>("Location", VenueDto::location));
    }

    @Override
    protected String title(VenueDto venue) {
        return venue.name();
    }

    @Override
    protected List<Link> links(VenueDto venue) {
        return List.of();
    }
}
