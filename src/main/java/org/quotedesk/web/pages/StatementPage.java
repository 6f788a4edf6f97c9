package org.quotedesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.quotedesk.curation.Statements;

/** One statement: every source's report of it, by publication date, the differing words marked. */
@Path("/statements")
@Produces(MediaType.TEXT_HTML)
public class StatementPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement(StatementView view);
    }

    @Inject
    Statements statements;

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance statement(@RestPath long id) {
        return Templates.statement(StatementView.of(statements.get(id), statements.coverage(id)));
    }
}
