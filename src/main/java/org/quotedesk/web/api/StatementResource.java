package org.quotedesk.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.statement.StatementDto;
import org.quotedesk.curation.Statements;
import org.quotedesk.web.errors.Problem;

@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
@APIResponse(responseCode = "200", description = "OK")
@APIResponse(responseCode = "404", description = "No statement with that id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatementResource {

    /** Which report to split off. */
    public record SplitInput(@NotNull Long quote) {
    }

    /** Which statement's reports to merge into this one. */
    public record MergeInput(@NotNull Long from) {
    }

    @Inject
    Statements statements;

    @GET
    @Path("{id}")
    @Operation(summary = "One statement and its reports",
            description = "What a speaker said once, with every source's report of it, by publication date.")
    public StatementDto get(@RestPath long id) {
        return statements.get(id);
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Split a wrongly linked report off",
            description = "The quote leaves the statement for one of its own, and stays there when relinked.")
    public StatementDto split(@RestPath long id, @NotNull @Valid SplitInput input) {
        return statements.split(id, input.quote());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Merge another statement of the same speaker into this one")
    @APIResponse(responseCode = "409", description = "The statements have different speakers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementDto merge(@RestPath long id, @NotNull @Valid MergeInput input) {
        return statements.merge(id, input.from());
    }
}
