package org.quotedesk.web;

import io.quarkus.qute.TemplateExtension;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.quotedesk.quote.DatePrecision;
import org.quotedesk.quote.QuoteDto;
import org.quotedesk.quote.QuoteType;
import org.quotedesk.speaker.SpeakerKind;
import org.quotedesk.venue.VenueKind;

/** How the pages show dates, kinds and numbers. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private Formats() {
    }

    /** "20 Feb 2022", "on or before 22 Feb 2022", "week of 14 Feb 2022", "date unknown". */
    static String said(QuoteDto quote) {
        return said(quote.spokenOn(), quote.datePrecision());
    }

    static String said(LocalDate date, DatePrecision precision) {
        if (date == null || precision == DatePrecision.UNKNOWN) {
            return "date unknown";
        }
        return switch (precision) {
            case DAY -> DAY.format(date);
            case WEEK -> "week of " + DAY.format(date);
            case MONTH -> MONTH.format(date);
            case YEAR -> Integer.toString(date.getYear());
            case ON_OR_BEFORE -> "on or before " + DAY.format(date);
            case ON_OR_AFTER -> "on or after " + DAY.format(date);
            case UNKNOWN -> "date unknown";
        };
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String label(QuoteType type) {
        return switch (type) {
            case DIRECT -> "Direct quote";
            case PARTIAL -> "Partial quote";
            case INDIRECT -> "Reported speech";
        };
    }

    /** A type facet's value ("DIRECT") in words. */
    static String typeLabel(Object typeName) {
        return label(QuoteType.valueOf(typeName.toString()));
    }

    static String label(VenueKind kind) {
        return switch (kind) {
            case PRESS_STATEMENT -> "Press statement";
            case PRESS_CONFERENCE -> "Press conference";
            case PHONE_CALL_READOUT -> "Phone-call readout";
            case TV_INTERVIEW -> "TV interview";
            case RADIO_INTERVIEW -> "Radio interview";
            case NEWS_AGENCY_INTERVIEW -> "News-agency interview";
            case PRINT_INTERVIEW -> "Print interview";
            case SPEECH -> "Speech";
            case CONFERENCE -> "Conference";
            case PARLIAMENTARY_DEBATE -> "Parliamentary debate";
            case SOCIAL_MEDIA_POST -> "Social media post";
            case BROADCAST -> "Broadcast";
            case BROADCAST_HEADLINE -> "Broadcast headline";
            case VIDEO -> "Video";
            case OFFICIAL_REPORT -> "Official report";
            case OTHER -> "Other";
        };
    }

    static String label(SpeakerKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organisation";
            case GROUP -> "Group";
        };
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** When a change was made: "26 Nov 2026, 16:40" (UTC). */
    static String when(Instant instant) {
        return WHEN.format(instant) + " UTC";
    }

    /** 1,234 */
    static String grouped(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }

    /** "1 quote", "2 quotes". */
    static String quotes(long count) {
        return grouped(count) + (count == 1 ? " quote" : " quotes");
    }

    /** The letter a name is filed under in an A–Z index: its first letter without accents, or #. */
    static String initial(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        char first = folded.isEmpty() ? '#' : Character.toUpperCase(folded.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
    }
}
