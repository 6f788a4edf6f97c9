package org.quotedesk.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.audit.AuditTrail;
import org.quotedesk.audit.AuditView;
import org.quotedesk.audit.RecordType;
import org.quotedesk.common.ConflictException;
import org.quotedesk.security.Roles;
import org.quotedesk.venue.VenueDto;
import org.quotedesk.venue.VenueKind;
import org.quotedesk.venue.VenueService;

/** Curating venues: the list, the form with its history, delete. */
@Path("/admin/venues")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminVenues {

    /** The venue form page. */
    public record FormView(VenueForm form, Long id, Map<String, String> errors, String problem, List<AuditView> history,
            List<Forms.Option> kinds, long quoteCount) {

        public String action() {
            return id == null ? "/admin/venues" : "/admin/venues/" + id;
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<VenueDto> venues);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance confirmDelete(VenueDto venue);
    }

    @Inject
    VenueService venues;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(venues.all());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance create() {
        return form(new VenueForm(), null, Map.of(), null, 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@BeanParam VenueForm form) {
        return RecordForms.save(() -> {
            long id = venues.create(form.toInput()).id();
            return new RecordForms.Saved("/admin/venues/" + id, "Venue " + id + " created.");
        }, (errors, problem) -> form(form, null, errors, problem, 0));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance edit(@RestPath long id) {
        VenueDto venue = venues.get(id);
        return form(VenueForm.of(venue), id, Map.of(), null, venue.quoteCount());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @BeanParam VenueForm form) {
        return RecordForms.save(() -> {
            venues.update(id, form.toInput());
            return new RecordForms.Saved("/admin/venues/" + id, "Saved.");
        }, (errors, problem) -> form(form, id, errors, problem, venues.get(id).quoteCount()));
    }

    @GET
    @Path("{id}/delete")
    @Operation(hidden = true)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(venues.get(id));
    }

    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public RestResponse<Object> delete(@RestPath long id) {
        try {
            venues.delete(id);
        } catch (ConflictException e) {
            return RecordForms.page(409, form(VenueForm.of(venues.get(id)), id, Map.of(), e.getMessage(),
                    venues.get(id).quoteCount()));
        }
        return Flash.redirect("/admin/venues", "Venue " + id + " deleted.");
    }

    private TemplateInstance form(VenueForm form, Long id, Map<String, String> errors, String problem, long quotes) {
        List<AuditView> history = id == null ? List.of() : audit.history(RecordType.VENUE, id);
        return Templates.form(new FormView(form, id, errors, problem, history,
                Forms.options(VenueKind.values(), form.kind), quotes));
    }
}
