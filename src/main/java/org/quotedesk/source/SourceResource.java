package org.quotedesk.source;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.quotedesk.common.PageParams;
import org.quotedesk.common.ResultPage;
import org.quotedesk.error.Problem;

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
}
