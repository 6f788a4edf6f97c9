package org.quotedesk.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotedesk.catalogue.quote.DatePrecision;

/**
 * Reads dates from the words of an article against its publication date: "this Sunday, the 20th",
 * "on Saturday", "last week", "since Wednesday", "February 10", "this afternoon", and, against
 * the date of the statement reported just before, "the same day" and "a day after".
 *
 * <p>Weekdays are the latest such day on or before publication, weeks and months are counted
 * from the publication date. An article that calls a day before its publication "this Sunday" was
 * written that Sunday (translated and syndicated reports often are), so its "today", "yesterday"
 * and "this afternoon" are counted from that Sunday.
 */
final class DateCues {

    private static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    private static final Pattern EXPRESSION = Pattern.compile("(?i)\\b(?:"
            + "(?<rel>since |this |last |on |next |coming |by )?(?<weekday>" + WEEKDAY + ")(?<plural>s)?\\b"
            + "(?:,? the (?<dom>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b)?"
            + "|(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<year>\\d{4}))?"
            + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<month2>" + MONTH + ")\\b(?: (?<year2>\\d{4}))?"
            + "|(?<lastweek>last week|earlier this week|this week)"
            + "|(?<lastmonth>last month|earlier this month|this month)"
            + "|(?<yesterday>yesterday)"
            + "|(?<today>today|tonight|this morning|this afternoon|this evening|earlier today)"
            + "|(?<same>(?:on )?the same day)"
            + "|(?<before>a day (?:after|before)|the day before|a day earlier|a day later|the next day"
            + "|the following day|the previous day)"
            + ")");

    private static final Pattern THIS_WEEKDAY = Pattern.compile("(?i)\\bthis (" + WEEKDAY + ")\\b");

    private final String text;
    private final LocalDate published;
    private final LocalDate written;

    DateCues(String text, LocalDate published) {
        this.text = text;
        this.published = published;
        LocalDate latest = published;
        boolean found = false;
        Matcher m = THIS_WEEKDAY.matcher(text);
        while (m.find()) {
            LocalDate day = onOrBefore(published, weekday(m.group(1)));
            if (day.isBefore(published) && (!found || day.isAfter(latest))) {
                latest = day;
                found = true;
            }
        }
        this.written = latest;
    }

    LocalDate published() {
        return published;
    }

    /**
     * The first date the range gives for a statement, or null. {@code anchor} is the date of the
     * statement reported before, for "the same day" and "a day after".
     */
    SaidOn find(int from, int to, LocalDate anchor) {
        if (from >= to) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(text).region(from, to);
        while (m.find()) {
            SaidOn said = read(m, anchor);
            if (said != null) {
                return said;
            }
        }
        return null;
    }

    private SaidOn read(Matcher m, LocalDate anchor) {
        if (m.group("weekday") != null) {
            String rel = m.group("rel") == null ? "" : m.group("rel").trim().toLowerCase(Locale.ROOT);
            if (m.group("plural") != null || rel.equals("next") || rel.equals("coming") || rel.equals("by")
                    || !Character.isUpperCase(m.group("weekday").charAt(0))) {
                return null;
            }
            LocalDate day = onOrBefore(published, weekday(m.group("weekday")));
            if (m.group("dom") != null) {
                day = withDayOfMonth(day, Integer.parseInt(m.group("dom")));
            }
            return new SaidOn(day, rel.equals("since") ? DatePrecision.ON_OR_AFTER : DatePrecision.DAY);
        }
        if (m.group("month") != null || m.group("month2") != null) {
            String monthName = m.group("month") != null ? m.group("month") : m.group("month2");
            if (!Character.isUpperCase(monthName.charAt(0))) {
                return null;
            }
            int dayOfMonth = Integer.parseInt(m.group("day") != null ? m.group("day") : m.group("day2"));
            String year = m.group("year") != null ? m.group("year") : m.group("year2");
            return calendarDay(month(monthName), dayOfMonth, year);
        }
        if (m.group("lastweek") != null) {
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new SaidOn(m.group("lastweek").toLowerCase(Locale.ROOT).startsWith("last") ? monday.minusWeeks(1)
                    : monday, DatePrecision.WEEK);
        }
        if (m.group("lastmonth") != null) {
            LocalDate first = published.withDayOfMonth(1);
            return new SaidOn(m.group("lastmonth").toLowerCase(Locale.ROOT).startsWith("last") ? first.minusMonths(1)
                    : first, DatePrecision.MONTH);
        }
        if (m.group("yesterday") != null) {
            return new SaidOn(written.minusDays(1), DatePrecision.DAY);
        }
        if (m.group("today") != null) {
            return new SaidOn(written, DatePrecision.DAY);
        }
        if (anchor == null) {
            return null;
        }
        if (m.group("same") != null) {
            return new SaidOn(anchor, DatePrecision.DAY);
        }
        String relative = m.group("before").toLowerCase(Locale.ROOT);
        boolean earlier = relative.equals("a day after") || relative.contains("before") || relative.contains("earlier")
                || relative.contains("previous");
        return new SaidOn(earlier ? anchor.minusDays(1) : anchor.plusDays(1), DatePrecision.DAY);
    }

    private SaidOn calendarDay(Month month, int dayOfMonth, String year) {
        int y = year != null ? Integer.parseInt(year) : published.getYear();
        if (dayOfMonth < 1 || dayOfMonth > month.length(java.time.Year.isLeap(y))) {
            return null;
        }
        LocalDate day = LocalDate.of(y, month, dayOfMonth);
        if (year == null && day.isAfter(published)) {
            day = day.minusYears(1);
        }
        return day.isAfter(published) ? null : new SaidOn(day, DatePrecision.DAY);
    }

    /** "Sunday, the 20th": the day of that month, or of the month before, that falls on or before publication. */
    private LocalDate withDayOfMonth(LocalDate weekday, int dayOfMonth) {
        for (LocalDate month = published.withDayOfMonth(1); !month.isBefore(published.minusMonths(2));
                month = month.minusMonths(1)) {
            if (dayOfMonth <= month.lengthOfMonth()) {
                LocalDate day = month.withDayOfMonth(dayOfMonth);
                if (!day.isAfter(published) && day.getDayOfWeek() == weekday.getDayOfWeek()) {
                    return day;
                }
            }
        }
        return weekday;
    }

    private static LocalDate onOrBefore(LocalDate date, DayOfWeek day) {
        return date.with(TemporalAdjusters.previousOrSame(day));
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
