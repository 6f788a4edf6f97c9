package org.quotedesk.web.admin;

import java.util.Map;
import org.quotedesk.web.pages.StatementView;

/** A statement as editors correct it: its reports, each with a button to split it off, and the merge form. */
public record AdminStatementView(StatementView statement, String from, Map<String, String> errors, String problem) {

    public FormField fromField() {
        return FormField.text("from", "Statement to merge into this one", from)
                .hint("Its number, or the address of its page. Every report of it joins this statement;"
                        + " both must be of the same speaker.")
                .withErrorFrom(errors);
    }

    /** What was wrong with the report chosen to split off. */
    public String quoteError() {
        return errors.get("quote");
    }
}
