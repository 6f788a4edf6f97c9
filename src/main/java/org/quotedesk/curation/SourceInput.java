package org.quotedesk.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.validator.constraints.URL;
import org.quotedesk.catalogue.source.Source;

/**
 * A source as a client writes it: with its full text, or without (a citation, where the locator says
 * where in the publication the quotes are).
 */
public record SourceInput(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 300) String publisher,
        @Size(max = 2000) @URL(regexp = "https?:.*", message = "must be an http or https URL") String url,
        @NotNull LocalDate publishedOn,
        @NotBlank @Size(max = 35) @Pattern(regexp = QuoteCommand.LANGUAGE_TAG,
                message = "must be a language tag such as en or pt-BR") String language,
        @Size(max = Source.MAX_TEXT_LENGTH) String text,
        @Size(max = 500) String locator,
        @Size(max = 4000) String notes,
        Long version) implements RecordInput {
}
