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
import jakarta.ws.rs.QueryParam;
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
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResultPage;
import org.quotedesk.security.Roles;
import org.quotedesk.source.SourceDto;
import org.quotedesk.source.SourceService;
import org.quotedesk.source.SourceSummary;
import org.quotedesk.web.Pagination;
import org.quotedesk.web.SearchLinks;

/** Curating sources: the list (newest first), the form with the full text and its history, delete. */
@Path("/admin/sources")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminSources {

    static final int PAGE_SIZE = 50;

    /** The source form page. */
    public record FormView(SourceForm form, Long id, Map<String, String> errors, String problem,
            List<AuditView> history, long quoteCount) {

        public String action() {
            return id == null ? "/admin/sources" : "/admin/sources/" + id;
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ResultPage<SourceSummary> sources, Pagination pagination, SearchLinks links);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance confirmDelete(SourceDto source);
    }

    @Inject
    SourceService sources;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("page") String page) {
        PageRequest request = PageRequest.parse(page, Integer.toString(PAGE_SIZE));
        ResultPage<SourceSummary> list = sources.list(request);
        return Templates.list(list, Pagination.of(request.page(), PAGE_SIZE, list.total(), PageRequest.MAX_PAGE),
                new SearchLinks("/admin/sources", Map.of()));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance create() {
        return form(SourceForm.blank(), null, Map.of(), null, 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@BeanParam SourceForm form) {
        return RecordForms.save(() -> {
            long id = sources.create(form.toInput()).id();
            return new RecordForms.Saved("/admin/sources/" + id, "Source " + id + " created: now add its quotes.");
        }, (errors, problem) -> form(form, null, errors, problem, 0));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance edit(@RestPath long id) {
        SourceDto source = sources.get(id);
        return form(SourceForm.of(source), id, Map.of(), null, source.quoteCount());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @BeanParam SourceForm form) {
        return RecordForms.save(() -> {
            sources.update(id, form.toInput());
            return new RecordForms.Saved("/admin/sources/" + id, "Saved.");
        }, (errors, problem) -> form(form, id, errors, problem, sources.get(id).quoteCount()));
    }

    @GET
    @Path("{id}/delete")
    @Operation(hidden = true)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(sources.get(id));
    }

    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public RestResponse<Object> delete(@RestPath long id) {
        try {
            sources.delete(id);
        } catch (ConflictException e) {
            SourceDto source = sources.get(id);
            return RecordForms.page(409, form(SourceForm.of(source), id, Map.of(), e.getMessage(), source.quoteCount()));
        }
        return Flash.redirect("/admin/sources", "Source " + id + " deleted.");
    }

    private TemplateInstance form(SourceForm form, Long id, Map<String, String> errors, String problem, long quotes) {
        List<AuditView> history = id == null ? List.of() : audit.history(RecordType.SOURCE, id);
        return Templates.form(new FormView(form, id, errors, problem, history, quotes));
    }
}
