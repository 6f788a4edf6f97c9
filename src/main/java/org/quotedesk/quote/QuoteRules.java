package org.quotedesk.quote;

import java.time.LocalDate;
import org.quotedesk.common.FieldErrors;

/**
 * The rules a quote must keep with its source, whatever writes it (the API, the import): the date
 * and its precision agree, the text is the source's text at the offsets, and it was not said after
 * the source was published.
 */
public final class QuoteRules {

    private QuoteRules() {
    }

    /** The precision the input gives, or the default: the exact day when dated, else unknown. */
    public static DatePrecision precisionOf(QuoteInput input) {
        if (input.datePrecision() != null) {
            return input.datePrecision();
        }
        return input.spokenOn() == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
    }

    public static void check(QuoteInput input, String sourceText, LocalDate publishedOn, FieldErrors errors) {
        DatePrecision precision = precisionOf(input);
        if (input.spokenOn() == null) {
            errors.check(precision == DatePrecision.UNKNOWN, "datePrecision", "must be UNKNOWN when spokenOn is empty");
        } else {
            errors.check(precision != DatePrecision.UNKNOWN, "datePrecision", "cannot be UNKNOWN when spokenOn is set");
            errors.check(!input.spokenOn().isAfter(publishedOn), "spokenOn",
                    "must not be after the source's publication date, " + publishedOn);
        }
        int length = sourceText.length();
        int start = input.start();
        int end = input.end();
        errors.check(end > start, "end", "must be greater than start");
        errors.check(end <= length, "end", "must be within the source text, which has " + length + " characters");
        if (start < end && end <= length) {
            String atOffsets = sourceText.substring(start, end);
            errors.check(atOffsets.equals(input.text()), "text",
                    "must be the source text between start and end, which reads \"" + abbreviate(atOffsets) + "\"");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
