package org.quotedesk.web.admin;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.curation.StatusChange;

/** The verification queue's form: the quotes ticked, one status and one evidence for them all. */
public class BulkStatusForm {

    /** The quotes ticked: no more than a page of the queue shows. */
    @RestForm("quote")
    @Size(max = VerificationQueue.PAGE_SIZE, message = "select at most one page of quotes")
    public List<@Pattern(regexp = "\\d{1,18}", message = "must be a quote's number") String> quotes = List.of();

    @RestForm
    public String status;

    @RestForm
    @Size(max = Quote.MAX_EVIDENCE_LENGTH)
    public String evidence;

    /** The tab and page the form was on, to come back to. */
    @RestForm
    public String tab;

    @RestForm
    @Pattern(regexp = QuoteForm.NUMBER)
    public String page;

    /** The ids ticked, each once, in order. */
    public List<Long> ids(Validator validator) {
        FieldErrors.valid(validator, this);
        if (quotes.isEmpty()) {
            throw ValidationFailedException.of("quote", "select at least one quote");
        }
        return quotes.stream().map(Long::valueOf).distinct().toList();
    }

    /** The change to make to each; a status that is not a choice is an error on its field. */
    public StatusChange change() {
        FieldErrors errors = new FieldErrors();
        QuoteStatus chosen = Forms.constant(QuoteStatus.class, status, "status", errors);
        errors.check(chosen != null || !errors.isEmpty(), "status", "choose the status to give them");
        errors.throwIfAny();
        return new StatusChange(chosen, blankToNull(evidence), null);
    }

    public boolean ticked(long id) {
        return quotes.contains(Long.toString(id));
    }
}
