package org.quotedesk.web.admin;

import java.util.Map;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.Verification;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.web.view.Choice;
import org.quotedesk.web.view.Pagination;
import org.quotedesk.web.view.SearchLinks;

/**
 * The verification queue page: its tabs, one page of the current tab's quotes (with what the
 * status of each rests on, where the tab shows it), and the form to change the status of those
 * ticked, with what was typed and its errors when it comes back.
 */
public record VerificationQueueView(QueueTab tab, QuoteSearchPage quotes, Map<Long, Verification> records,
        Pagination pagination, BulkStatusForm form, Map<String, String> errors, String problem) {

    public SearchLinks links() {
        return tab.links();
    }

    public Verification record(long quoteId) {
        return records.get(quoteId);
    }

    public FormField field(String name) {
        FormField field = switch (name) {
            case "status" -> FormField.select(name, "New status", Choice.of(QuoteStatus.values(), form.status));
            case "evidence" -> FormField.text(name, "Evidence", form.evidence)
                    .hint("A link (https://…) or a note, e.g. checked against the broadcast recording: needed for"
                            + " every status but unverified.");
            default -> throw new IllegalArgumentException("No queue form field " + name);
        };
        return field.withErrorFrom(errors);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
