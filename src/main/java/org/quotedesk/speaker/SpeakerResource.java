package org.quotedesk.speaker;

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
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.search.SearchParams;
import org.quotedesk.security.Roles;

@Path("/api/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers")
@APIResponse(responseCode = "200", description = "OK")
@APIResponse(responseCode = "400", description = "A malformed or out-of-range parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No record with that id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SpeakerResource {

    @Inject
    SpeakerService speakers;

    @Inject
    QuoteSearchService search;

    @GET
    @Operation(summary = "List speakers by name")
    public ResultPage<SpeakerDto> list(@BeanParam PageParams page) {
        return speakers.list(page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One speaker, with aliases and quote count")
    public SpeakerDto get(@RestPath long id) {
        return speakers.get(id);
    }

    @GET
    @Path("{id}/quotes")
    @Operation(summary = "A speaker's quotes, searchable like /api/quotes (by date said without q)")
    public QuoteSearchPage quotes(@RestPath long id, @BeanParam SearchParams params) {
        return search.bySpeaker(id, params.toCriteria());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a speaker")
    @APIResponse(responseCode = "201", description = "Created; Location names the new speaker")
    public RestResponse<SpeakerDto> create(@Valid @NotNull SpeakerInput input, @Context UriInfo uri) {
        SpeakerDto created = speakers.create(input);
        return RestResponse.ResponseBuilder.<SpeakerDto>created(uri.getAbsolutePathBuilder()
                .path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Update a speaker", description = "Send the version you read: a stale one is a 409.")
    public SpeakerDto update(@RestPath long id, @Valid @NotNull SpeakerInput input) {
        return speakers.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete a speaker", description = "Only a speaker with no quotes can be deleted. Otherwise a 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@RestPath long id) {
        speakers.delete(id);
    }
}
