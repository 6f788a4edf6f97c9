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
import org.quotedesk.checking.CheckResult;
import org.quotedesk.checking.QuoteChecks;
import org.quotedesk.web.errors.Problem;

/**
 * Checking a quote is a read: nothing is stored. A POST because the text is a body, public like the
 * other reads and without a session, so any program may ask (a JSON body, which no cross-site form can send).
 */
@Path("/api/check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check a quote")
public class CheckResource {

    @Inject
    QuoteChecks checks;

    @POST
    @Operation(summary = "Check whether a quote is on record, in these words, for this speaker",
            description = "verdict: EXACT (these words are on record, for the speaker given if any; a passage of five"
                    + " or more words of a longer quote counts), ALTERED (the closest quote on record is close but"
                    + " not these words), MISATTRIBUTED (these words, or all but one in ten of them, are on record"
                    + " for someone else only), NOT_FOUND (no quote on record has 60% of its words in line with"
                    + " these). matches: the closest quotes, best first, with their similarity (0 to 1) and the"
                    + " differences word by word (kind SAME, CHANGED, ADDED or DROPPED; the attested and the checked"
                    + " words). speaker: the name given and the ids of the speakers it names (none: not on record).")
    @APIResponse(responseCode = "200", description = "The verdict and the closest quotes on record")
    @APIResponse(responseCode = "400", description = "No text, a text over 2,000 characters or of common words only,"
            + " or a speaker over 200 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckResult check(@Valid @NotNull CheckRequest request) {
        return checks.check(request.text(), request.speaker());
    }
}
