package org.quotedesk.web.admin;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.regex.Matcher;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ValidationFailedException;

/** The two corrections of a statement page: which report to split off, which statement to merge in. */
final class StatementForms {

    private StatementForms() {
    }

    /** The report to split off, by its quote's number (a hidden field of its button). */
    public static class Split {

        @RestForm
        @NotBlank(message = "choose the report to split off")
        @Pattern(regexp = "\\d{1,18}", message = "must be a quote's number")
        public String quote;

        long quoteId(Validator validator) {
            FieldErrors.valid(validator, this);
            return Long.parseLong(quote);
        }
    }

    /** The statement to merge in: its number, or the address of its page as copied from the browser. */
    public static class Merge {

        /** "57", "/statements/57", "https://quotes.example/statements/57#report-3", the admin page's too. */
        private static final java.util.regex.Pattern STATEMENT = java.util.regex.Pattern.compile(
                "(?:\\S*/statements/)?(\\d{1,18})/?(?:[?#]\\S*)?");

        @RestForm
        @NotBlank(message = "give the number of the statement to merge in, or the address of its page")
        @Size(max = 2000)
        public String from;

        long statementId(Validator validator) {
            FieldErrors.valid(validator, this);
            Matcher id = STATEMENT.matcher(from.strip());
            if (!id.matches()) {
                throw ValidationFailedException.of("from", "must be a statement's number or the address of its page");
            }
            return Long.parseLong(id.group(1));
        }
    }
}
