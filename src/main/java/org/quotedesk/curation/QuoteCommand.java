package org.quotedesk.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;

/**
 * A quote to write, however it came (the API, an import line, the admin form, a review candidate):
 * every entry point says what it wants in this one shape, and {@link Quotes} does the rest. Field
 * names are the API's, so that an error names the field the client sent.
 *
 * <p>{@code evidence} is what a status rests on (see {@link QuoteStatusRecord#set}).
 *
 * <p>{@code start} and {@code end} are offsets into the source's text. Without them, a quote of a
 * source that has a text is found in it; a quote of a source without a text (a citation) has none.
 */
public record QuoteCommand(
        @NotBlank @Size(max = Quote.MAX_TEXT_LENGTH) String text,
        @NotNull QuoteType type,
        @NotNull Reference<SpeakerInput> speaker,
        Reference<VenueInput> venue,
        LocalDate spokenOn,
        DatePrecision datePrecision,
        LocalDate spokenUntil,
        @NotNull Reference<SourceInput> source,
        @PositiveOrZero Integer start,
        @PositiveOrZero Integer end,
        @Size(max = 500) String reportedVia,
        QuoteStatus status,
        @Size(max = Quote.MAX_EVIDENCE_LENGTH) String evidence,
        @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a language tag such as en or pt-BR")
        String language,
        Boolean translated,
        @Size(max = 4000) String notes,
        Long version) {

    /** A BCP 47 language tag, simplified: language, then optional script, region or variant subtags. */
    public static final String LANGUAGE_TAG = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*";
}
