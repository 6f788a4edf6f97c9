package org.quotedesk.web.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.RecordSummary;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.common.ResultPage;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.RecordInput;
import org.quotedesk.web.errors.Problem;

/**
 * The JSON resource of a kind of record that quotes refer to (speakers, venues, sources): list, read,
 * create, update, delete, the same for every kind. A kind gives its path, its OpenAPI tag (which
 * says what is particular to it) and its service.
 *
 * @param <I> the record as a client writes it
 * @param <D> the record as read, whole
 * @param <S> the record as a list shows it
 */
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "OK")
@APIResponse(responseCode = "400", description = "A malformed or out-of-range parameter or field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No record with that id",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public abstract class RecordResource<I extends RecordInput, D extends RecordSummary, S> {

    protected abstract RecordCurator<?, I, D, S> records();

    @GET
    @Operation(summary = "List them, a page at a time, in the order the tag says")
    public ResultPage<S> list(@BeanParam PageParams page) {
        return records().list(page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of them, whole, with its number of quotes")
    public D get(@RestPath long id) {
        return records().get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create one")
    @APIResponse(responseCode = "201", description = "Created and on disk; Location names the new record")
    public RestResponse<D> create(@Valid @NotNull I input, @Context UriInfo uri) {
        D created = records().create(input);
        return RestResponse.ResponseBuilder.<D>created(uri.getAbsolutePathBuilder()
                .path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Update one", description = "Send the version you read: a stale one is a 409.")
    @APIResponse(responseCode = "409", description = "Changed since that version, or the change breaks its quotes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public D update(@RestPath long id, @Valid @NotNull I input) {
        return records().update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Delete one", description = "Only one that no quote refers to: otherwise a 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Quotes refer to it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@RestPath long id) {
        records().delete(id);
    }
}
