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
import org.quotedesk.speaker.SpeakerDto;
import org.quotedesk.speaker.SpeakerKind;
import org.quotedesk.speaker.SpeakerService;

/** Curating speakers: the list, the form with its history, delete. */
@Path("/admin/speakers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminSpeakers {

    /** The speaker form page. */
    public record FormView(SpeakerForm form, Long id, Map<String, String> errors, String problem, List<AuditView> history,
            List<Forms.Option> kinds, long quoteCount) {

        public String action() {
            return id == null ? "/admin/speakers" : "/admin/speakers/" + id;
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SpeakerDto> speakers);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance confirmDelete(SpeakerDto speaker);
    }

    @Inject
    SpeakerService speakers;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(speakers.directory());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance create() {
        return form(new SpeakerForm(), null, Map.of(), null, 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@BeanParam SpeakerForm form) {
        return RecordForms.save(() -> {
            long id = speakers.create(form.toInput()).id();
            return new RecordForms.Saved("/admin/speakers/" + id, "Speaker " + id + " created.");
        }, (errors, problem) -> form(form, null, errors, problem, 0));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance edit(@RestPath long id) {
        SpeakerDto speaker = speakers.get(id);
        return form(SpeakerForm.of(speaker), id, Map.of(), null, speaker.quoteCount());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @BeanParam SpeakerForm form) {
        return RecordForms.save(() -> {
            speakers.update(id, form.toInput());
            return new RecordForms.Saved("/admin/speakers/" + id, "Saved.");
        }, (errors, problem) -> form(form, id, errors, problem, speakers.get(id).quoteCount()));
    }

    @GET
    @Path("{id}/delete")
    @Operation(hidden = true)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(speakers.get(id));
    }

    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public RestResponse<Object> delete(@RestPath long id) {
        try {
            speakers.delete(id);
        } catch (ConflictException e) {
            return RecordForms.page(409, form(SpeakerForm.of(speakers.get(id)), id, Map.of(), e.getMessage(),
                    speakers.get(id).quoteCount()));
        }
        return Flash.redirect("/admin/speakers", "Speaker " + id + " deleted.");
    }

    private TemplateInstance form(SpeakerForm form, Long id, Map<String, String> errors, String problem, long quotes) {
        List<AuditView> history = id == null ? List.of() : audit.history(RecordType.SPEAKER, id);
        return Templates.form(new FormView(form, id, errors, problem, history,
                Forms.options(SpeakerKind.values(), form.kind), quotes));
    }
}
