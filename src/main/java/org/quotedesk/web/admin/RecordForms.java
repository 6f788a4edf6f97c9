package org.quotedesk.web.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.ValidationFailedException;

/** What the record forms of the admin pages share: how a failed save comes back to the editor. */
final class RecordForms {

    private RecordForms() {
    }

    /** A page in answer to a form, with the status that says how it went. */
    static RestResponse<Object> page(int status, TemplateInstance page) {
        return RestResponse.ResponseBuilder.create(status).entity((Object) page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** Builds the form page again, with what was typed, the errors by field, and a sentence on top. */
    @FunctionalInterface
    interface FormPage {
        TemplateInstance render(Map<String, String> errors, String problem);
    }

    /** Where to go after a save, and what to say there. */
    record Saved(String location, String message) {
    }

    /**
     * Runs a save; on success redirects with a flash message, otherwise shows the form again with
     * what went wrong (a stale version says so, and the form is kept for a second, knowing save).
     */
    static RestResponse<Object> save(Supplier<Saved> save, FormPage form) {
        try {
            Saved saved = save.get();
            return Flash.redirect(saved.location(), saved.message());
        } catch (ValidationFailedException e) {
            return page(400, form.render(QuoteFormView.byField(e), "Not saved: see below."));
        } catch (ConflictException e) {
            return page(409, form.render(Map.of(), e.getMessage()));
        }
    }
}
