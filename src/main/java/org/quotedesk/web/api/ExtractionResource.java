package org.quotedesk.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotedesk.extraction.ExtractionService;
import org.quotedesk.web.errors.Problem;

/** Quote extraction as a read: the article goes in, candidates come out, nothing is stored. */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction")
public class ExtractionResource {

    @Inject
    ExtractionService extraction;

    @POST
    @Operation(summary = "Find the quotes of an article",
            description = "Quotes in quote marks (DIRECT, PARTIAL) and reported speech (INDIRECT), with offsets into"
                    + " the text sent (end exclusive), the speaker as written and resolved (with its id when already"
                    + " known), a venue hint, the date said and a confidence from 0 to 1. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The candidates, in text order")
    @APIResponse(responseCode = "400", description = "No text, a text over 200,000 characters, a malformed date or"
            + " a language the extractor does not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many articles being read at once, or this one took longer"
            + " than the time limit: send it again after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractionResult extract(@Valid @NotNull ExtractionRequest request) {
        return new ExtractionResult(extraction.extractForAnyone(request.text(), request.publishedOn(), request.publisher(),
                request.language()));
    }
}
