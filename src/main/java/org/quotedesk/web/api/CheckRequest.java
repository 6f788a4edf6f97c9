package org.quotedesk.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.quotedesk.checking.QuoteChecks;

/** A quote to check: its words, and who it is attributed to (optional: a name or alias). */
public record CheckRequest(
        @NotBlank @Size(max = QuoteChecks.MAX_TEXT_LENGTH, message = "must be at most 2000 characters: check one quote at a time")
        String text,
        @Size(max = QuoteChecks.MAX_SPEAKER_LENGTH, message = "must be at most 200 characters")
        String speaker) {
}
