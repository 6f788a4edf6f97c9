package org.quotedesk.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.curation.QuoteInput;
import org.quotedesk.curation.Quotes;
import org.quotedesk.curation.StatusChange;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.web.errors.Problem;

@Path("/api/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
@APIResponse(responseCode = "200", description = "OK")
@APIResponse(responseCode = "400", description = "A malformed or out-of-range parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No record with that id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class QuoteResource {

    static final String WRITING = "Speaker, venue and source are each given by id ({\"id\": 5}) or by name"
            + " ({\"name\": \"Groucho Marx\"}, a source by {\"title\": …} and optionally publishedOn), with the"
            + " details of a new record to create when none has the name. With start and end, the text must be the"
            + " source's text there. Without them, a quote of a source that has a text is located in it: found once,"
            + " its offsets are stored; not found is a 400 naming text, found more than once a 400 naming start. A"
            + " quote of a source without a text (a citation) has no offsets: giving them is a 400.";

    static final String ANCHORED = "{\"text\": \"I warn you, this is the last time.\", \"type\": \"DIRECT\","
            + " \"speaker\": {\"id\": 5}, \"source\": {\"id\": 2}, \"start\": 19, \"end\": 53,"
            + " \"spokenOn\": \"2024-03-01\", \"datePrecision\": \"DAY\"}";
    static final String LOCATED = "{\"text\": \"I warn you, this is the last time.\", \"type\": \"DIRECT\","
            + " \"speaker\": {\"id\": 5}, \"source\": {\"id\": 2}, \"spokenOn\": \"2024-03-01\"}";
    static final String CITED = "{\"text\": \"The talks will go on next week.\", \"type\": \"INDIRECT\","
            + " \"speaker\": {\"name\": \"Olaf Scholz\"}, \"source\": {\"title\": \"Evening news\","
            + " \"publisher\": \"ZDF\", \"publishedOn\": \"2024-03-05\", \"language\": \"de\","
            + " \"locator\": \"19:04\"}, \"spokenOn\": \"2024-03-05\"}";

    @Inject
    Quotes quotes;

    @Inject
    QuoteSearchService search;

    @GET
    @Operation(summary = "Search quotes",
            description = "Full-text search with filters, highlights and facets. Without q: every quote by date said,"
                    + " then id.")
    public QuoteSearchPage search(@BeanParam SearchParams params) {
        return search.search(params.toCriteria());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One quote")
    public QuoteDto get(@RestPath long id) {
        return quotes.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a quote", description = QuoteResource.WRITING)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "anchored", summary = "At the offsets given in the source's text", value = ANCHORED),
        @ExampleObject(name = "located", summary = "Without offsets: found in the source's text", value = LOCATED),
        @ExampleObject(name = "cited", summary = "From a broadcast cited without its text, speaker by name",
                value = CITED)}))
    @APIResponse(responseCode = "201", description = "Created and on disk; Location names the new quote")
    @APIResponse(responseCode = "409", description = "The same quote is already stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<QuoteDto> create(@NotNull QuoteInput input, @Context UriInfo uri) {
        QuoteDto created = quotes.create(input.toCommand());
        return RestResponse.ResponseBuilder.<QuoteDto>created(uri.getAbsolutePathBuilder()
                .path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Update a quote", description = "Send the version you read: a stale one is a 409. "
            + QuoteResource.WRITING)
    @APIResponse(responseCode = "409", description = "Changed since that version; the problem has currentVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteDto update(@RestPath long id, @NotNull QuoteInput input) {
        return quotes.update(id, input.toCommand());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Change a quote's status alone", description = "Sets the status on the evidence given (a link"
            + " or a note; required for VERIFIED, DISPUTED and MISATTRIBUTED) and records who set it and when, in the"
            + " quote's verification and its history. Nothing else changes. The version is optional: when given, a"
            + " stale one is a 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "verified", value = "{\"status\": \"VERIFIED\", \"evidence\":"
                    + " \"Checked against the broadcast recording, 19:04\"}")))
    @APIResponse(responseCode = "409", description = "Changed since the version given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteDto changeStatus(@RestPath long id, @NotNull StatusChange change) {
        return quotes.changeStatus(id, change);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete a quote")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@RestPath long id) {
        quotes.delete(id);
    }
}
