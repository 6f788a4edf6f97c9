package org.quotedesk.web.view;

import io.quarkus.qute.TemplateExtension;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.statement.StatementCoverage;

/** How the pages show dates and numbers; {@link Labels} names the kinds of things. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private Formats() {
    }

    /**
     * "20 Feb 2022", "on or before 22 Feb 2022", "week of 14 Feb 2022", "between 20 and 21 February
     * 2022", "date unknown".
     */
    public static String said(QuoteDto quote) {
        return said(quote.spokenOn(), quote.datePrecision(), quote.spokenUntil());
    }

    public static String said(LocalDate date, DatePrecision precision, LocalDate until) {
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
            case BETWEEN -> between(date, until);
            case UNKNOWN -> "date unknown";
        };
    }

    /** "between 20 and 21 February 2022": the month and year once when both days share them. */
    private static String between(LocalDate first, LocalDate last) {
        String from = first.getYear() != last.getYear() ? LONG_DAY.format(first)
                : first.getMonth() != last.getMonth() ? DAY_AND_MONTH.format(first)
                : Integer.toString(first.getDayOfMonth());
        return "between " + from + " and " + LONG_DAY.format(last);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The day of an instant, in UTC: "2 Dec 2026". */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.withZone(ZoneOffset.UTC).format(instant);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** When a change was made: "26 Nov 2026, 16:40" (UTC). */
    public static String when(Instant instant) {
        return WHEN.format(instant) + " UTC";
    }

    /** 1,234 */
    public static String grouped(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }

    /** "1 quote", "2 quotes". */
    public static String quotes(long count) {
        return grouped(count) + (count == 1 ? " quote" : " quotes");
    }

    /** "1 statement", "2 statements". */
    public static String statements(long count) {
        return grouped(count) + (count == 1 ? " statement" : " statements");
    }

    /**
     * "Reported by 3 outlets, first by Reuters on 20 Feb 2022"; by one outlet, "Reported 2 times by
     * Reuters, first on 20 Feb 2022"; once, "Reported once, by Reuters on 20 Feb 2022".
     */
    public static String reportedBy(StatementCoverage coverage) {
        String on = coverage.firstOn() == null ? "" : " on " + day(coverage.firstOn());
        if (coverage.reports() == 1) {
            return "Reported once, by " + coverage.firstOutlet() + on;
        }
        return coverage.outlets() == 1
                ? "Reported " + grouped(coverage.reports()) + " times by " + coverage.firstOutlet() + ", first" + on
                : "Reported by " + grouped(coverage.outlets()) + " outlets, first by " + coverage.firstOutlet() + on;
    }

    /** The letter a name is filed under in an A–Z index: its first letter without accents, or #. */
    public static String initial(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        char first = folded.isEmpty() ? '#' : Character.toUpperCase(folded.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
    }
}
