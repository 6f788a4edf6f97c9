package org.quotedesk.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.quotedesk.extraction.ExtractionService;

/**
 * An article to read: its text, the date it was published (relative dates are read against it;
 * today when absent) and, optionally, its outlet and its language ("en", "de"; detected when absent).
 */
public record ExtractionRequest(
        @NotBlank @Size(max = ExtractionService.MAX_TEXT_LENGTH,
                message = "must be at most 200000 characters: split the article")
        String text,
        LocalDate publishedOn,
        @Size(max = 300) String publisher,
        @Size(max = 10) String language) {
}
