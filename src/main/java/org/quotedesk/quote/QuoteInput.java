package org.quotedesk.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.quotedesk.common.Ref;

/**
 * A quote as a client writes it ({@code POST}, {@code PUT}). Rules that need the database (the
 * references exist, the text is the source's text at the offsets, the date is not after the
 * publication) are checked by {@link QuoteService}.
 */
public record QuoteInput(
        @NotBlank @Size(max = Quote.MAX_TEXT_LENGTH) String text,
        @NotNull QuoteType type,
        @NotNull @Valid Ref speaker,
        @Valid Ref venue,
        LocalDate spokenOn,
        DatePrecision datePrecision,
        @NotNull @Valid Ref source,
        @NotNull @PositiveOrZero Integer start,
        @NotNull @PositiveOrZero Integer end,
        @Size(max = 500) String reportedVia,
        QuoteStatus status,
        @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a language tag such as en or pt-BR")
        String language,
        Boolean translated,
        @Size(max = 4000) String notes,
        Long version) {

    /** The same quote, said by another speaker, at another venue (null: none). */
    public QuoteInput withReferences(long speakerId, Long venueId) {
        return new QuoteInput(text, type, new Ref(speakerId), venueId == null ? null : new Ref(venueId), spokenOn,
                datePrecision, source, start, end, reportedVia, status, language, translated, notes, version);
    }

    /** A BCP 47 language tag, simplified: language, then optional script, region or variant subtags. */
    public static final String LANGUAGE_TAG = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*";
}
