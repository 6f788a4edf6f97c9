package org.quotedesk.catalogue.quote;

import java.time.LocalDate;
import org.quotedesk.common.FieldErrors;

/**
 * The rules a quote keeps with its source, whatever writes it: the date, its precision and a range's end agree, it
 * was not said after the source was published, and it is anchored in the source's text when the
 * source has one (by the offsets given, or where its words are found), and has no offsets when the
 * source is a citation. Errors name the fields of the API.
 */
public final class QuoteRules {

    private QuoteRules() {
    }

    /** Where a quote is in its source's text, and its words as the source prints them there. */
    public record Span(int start, int end, String text) {
    }

    /** The precision given, or the default: the exact day when dated, else unknown. */
    public static DatePrecision precisionOf(LocalDate spokenOn, DatePrecision given) {
        if (given != null) {
            return given;
        }
        return spokenOn == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
    }

    /**
     * The date, its precision and a range's last day agree: {@code spokenUntil} is given exactly when
     * the precision is BETWEEN, and is after {@code spokenOn} (one day is DAY); neither is after publication.
     */
    public static void checkDate(LocalDate spokenOn, DatePrecision precision, LocalDate spokenUntil,
            LocalDate publishedOn, FieldErrors errors) {
        if (spokenOn == null) {
            errors.check(precision == DatePrecision.UNKNOWN, "datePrecision", "must be UNKNOWN when spokenOn is empty");
        } else {
            errors.check(precision != DatePrecision.UNKNOWN, "datePrecision", "cannot be UNKNOWN when spokenOn is set");
            errors.check(publishedOn == null || !spokenOn.isAfter(publishedOn), "spokenOn",
                    "must not be after the source's publication date, " + publishedOn);
        }
        if (precision != DatePrecision.BETWEEN) {
            errors.check(spokenUntil == null, "spokenUntil", "must be empty unless datePrecision is BETWEEN");
        } else if (spokenUntil == null) {
            errors.add("spokenUntil", "is required when datePrecision is BETWEEN: the last day it may have been said");
        } else {
            errors.check(spokenOn == null || spokenUntil.isAfter(spokenOn), "spokenUntil",
                    "must be after spokenOn, " + spokenOn + " (a single day is datePrecision DAY)");
            errors.check(publishedOn == null || !spokenUntil.isAfter(publishedOn), "spokenUntil",
                    "must not be after the source's publication date, " + publishedOn);
        }
    }

    /**
     * The quote's place in the source's text: null for a citation (no text), or when an error was
     * added. Offsets given must both be there and frame exactly the words; without them, the words
     * are looked for, and must be found once.
     */
    public static Span span(String words, Integer start, Integer end, String sourceText, FieldErrors errors) {
        if (sourceText == null) {
            String citation = "must be empty: the source is a citation, without a text to point into (its locator says"
                    + " where the quote is)";
            errors.check(start == null, "start", citation);
            errors.check(end == null, "end", citation);
            return null;
        }
        if (start == null && end == null) {
            return located(words, sourceText, errors);
        }
        errors.check(start != null, "start", "give it with end, or give neither to have the text located");
        errors.check(end != null, "end", "give it with start, or give neither to have the text located");
        if (start == null || end == null) {
            return null;
        }
        int length = sourceText.length();
        errors.check(end > start, "end", "must be greater than start");
        errors.check(end <= length, "end", "must be within the source text, which has " + length + " characters");
        if (start < end && end <= length) {
            String atOffsets = sourceText.substring(start, end);
            if (atOffsets.equals(words)) {
                return new Span(start, end, words);
            }
            errors.add("text", "must be the source text between start and end, which reads \"" + abbreviate(atOffsets)
                    + "\"");
        }
        return null;
    }

    private static Span located(String words, String sourceText, FieldErrors errors) {
        QuoteLocator.Location found = QuoteLocator.locate(sourceText, words);
        if (found.several()) {
            errors.add("start", "the text occurs more than once in the source: give start and end to say which");
            return null;
        }
        if (!found.once()) {
            errors.add("text", "is not in the source's text (even allowing for other quote marks, dashes and"
                    + " spacing): correct it, or give start and end");
            return null;
        }
        return new Span(found.start(), found.end(), sourceText.substring(found.start(), found.end()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
