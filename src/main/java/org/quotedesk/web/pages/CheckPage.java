package org.quotedesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.checking.CheckMatch;
import org.quotedesk.checking.CheckResult;
import org.quotedesk.checking.QuoteChecks;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.curation.Statements;
import org.quotedesk.web.api.CheckRequest;

/**
 * "Check a quote", for people. A plain GET form, like the search: a check changes nothing, so it
 * needs neither a CSRF token nor post/redirect/get, and its address can be shared; the text is at
 * most 2,000 characters, well within the longest request line taken.
 */
@Path("/check")
@Produces(MediaType.TEXT_HTML)
public class CheckPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(CheckView view);
    }

    @Inject
    QuoteChecks checks;

    @Inject
    Validator validator;

    @Inject
    Statements statements;

    @GET
    @Operation(hidden = true)
    public TemplateInstance check(@QueryParam("text") String text, @QueryParam("speaker") String speaker) {
        if (text == null) {
            return Templates.check(new CheckView("", speaker == null ? "" : speaker, Map.of(), null, null));
        }
        Map<String, String> errors = new HashMap<>();
        for (ConstraintViolation<CheckRequest> violation : validator.validate(new CheckRequest(text, speaker))) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        CheckResult result = null;
        if (errors.isEmpty()) {
            try {
                result = checks.check(text, speaker);
            } catch (ValidationFailedException refused) {
                refused.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
            }
        }
        CheckMatch best = result == null || result.matches().isEmpty() ? null : result.matches().get(0);
        QuoteDto first = best == null ? null : statements.firstReport(best.statement().id());
        return Templates.check(new CheckView(text, speaker == null ? "" : speaker, errors, result, first));
    }
}
