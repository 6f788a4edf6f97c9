package org.quotedesk.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.common.PageParams;
import org.quotedesk.common.ResultPage;
import org.quotedesk.error.Problem;
import org.quotedesk.security.Roles;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
@APIResponse(responseCode = "200", description = "OK")
@APIResponse(responseCode = "400", description = "A malformed or out-of-range parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No record with that id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SourceResource {

    @Inject
    SourceService sources;

    @GET
    @Operation(summary = "List sources, newest first, without their text")
    public ResultPage<SourceSummary> list(@BeanParam PageParams page) {
        return sources.list(page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One source with its full text, against which quote offsets are counted")
    public SourceDto get(@RestPath long id) {
        return sources.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a source")
    @APIResponse(responseCode = "201", description = "Created; Location names the new source")
    public RestResponse<SourceDto> create(@Valid @NotNull SourceInput input, @Context UriInfo uri) {
        SourceDto created = sources.create(input);
        return RestResponse.ResponseBuilder.<SourceDto>created(uri.getAbsolutePathBuilder()
                .path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Update a source", description = "Send the version you read: a stale one is a 409.")
    public SourceDto update(@RestPath long id, @Valid @NotNull SourceInput input) {
        return sources.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete a source", description = "Only a source with no quotes can be deleted. Otherwise a 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@RestPath long id) {
        sources.delete(id);
    }
}
