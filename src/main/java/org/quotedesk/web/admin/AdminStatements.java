package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.statement.StatementDto;
import org.quotedesk.curation.Statements;
import org.quotedesk.web.pages.StatementView;
import org.quotedesk.web.view.Links;

/** Correcting the statement linker by hand: split a report off, or merge another statement in. */
@Path("/admin/statements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminStatements {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement(AdminStatementView view);
    }

    @Inject
    Statements statements;

    @Inject
    Validator validator;

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance statement(@RestPath long id) {
        return page(id, null, Map.of(), null);
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> split(@RestPath long id, @BeanParam StatementForms.Split form) {
        return RecordForms.save(() -> {
            long quote = form.quoteId(validator);
            StatementDto own = statements.split(id, quote);
            return new RecordForms.Saved(Links.record("statements", id),
                    "Quote " + quote + " split off: it is statement " + own.id() + " now.");
        }, (errors, problem) -> page(id, null, errors, problem));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> merge(@RestPath long id, @BeanParam StatementForms.Merge form) {
        return RecordForms.save(() -> {
            long from = form.statementId(validator);
            StatementDto merged = statements.merge(id, from);
            return new RecordForms.Saved(Links.record("statements", id), "Statement " + from + " merged into this one: "
                    + merged.reports().size() + " reports now.");
        }, (errors, problem) -> page(id, form.from, errors, problem));
    }

    private TemplateInstance page(long id, String from, Map<String, String> errors, String problem) {
        StatementView statement = StatementView.of(statements.get(id), statements.coverage(id));
        return Templates.statement(new AdminStatementView(statement, from, errors, problem));
    }
}
