package org.quotedesk.extraction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An article to read: its text, the date it was published (relative dates are read against it;
 * today when absent) and, optionally, its outlet.
 */
public record ExtractionRequest(
        @NotBlank @Size(max = MAX_TEXT_LENGTH, message = "must be at most 200000 characters: split the article")
        String text,
        LocalDate publishedOn,
        @Size(max = 300) String publisher) {

    /** Long enough for any article; a book is not an article. */
    public static final int MAX_TEXT_LENGTH = 200_000;
}
