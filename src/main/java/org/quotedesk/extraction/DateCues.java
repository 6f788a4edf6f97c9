package org.quotedesk.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quotedesk.catalogue.quote.DatePrecision;

/**
 * Reads dates from the words of an article against its publication date: "this Sunday, the 20th",
 * "on Saturday", "last week", "since Wednesday", "February 10", "this afternoon", the ranges
 * "between 20 and 21 Feb 2022" and "between Monday and Wednesday", and, against what was reported
 * before, "the same day", "a day after" and "after the ministry's announcement".
 *
 * <p>Weekdays are the latest such day on or before publication, weeks and months are counted
 * from the publication date. An article that calls a day before its publication "this Sunday" was
 * written that Sunday (translated and syndicated reports often are), so its "today", "yesterday"
 * and "this afternoon" are counted from that Sunday, and nothing it reports was said after the day
 * that follows it: the writer's Sunday is Monday at the latest anywhere else.
 *
 * <p>The words of dates are the language's, from its data file; the patterns here only join them.
 */
final class DateCues {

    /** A language's date expressions, compiled once: every article reading asks for them. */
    private record Expressions(Pattern dates, List<String> dateHeads, Pattern thisWeekday, Pattern night,
            Pattern describing, Pattern backReference) {
    }

    /**
     * The keys whose words a date expression can open with, besides a digit, a weekday and a month
     * (added with them in {@link #compile}): every alternative of the dates pattern opens with one of
     * them. An alternative added to that pattern needs its opening words here, or its dates are not
     * searched for.
     */
    private static final List<String> OPENING_KEYS = List.of("weekday-on", "weekday-since", "weekday-ahead",
            "date-between", "date-after", "date-last-week", "date-this-week", "date-last-month", "date-this-month",
            "date-yesterday", "date-today", "date-same-day", "date-day-before", "date-day-after");

    private static final Map<String, Expressions> COMPILED = new ConcurrentHashMap<>();

    private static Expressions expressions(Language language) {
        return COMPILED.computeIfAbsent(language.code(), code -> compile(language));
    }

    private static Expressions compile(Language l) {
        String weekday = l.oneOf(weekdayKeys());
        String month = l.oneOf(monthKeys());
        String suffix = l.oneOf("ordinal-endings");
        String of = "(?:" + l.oneOf("date-of") + " )?";
        String between = l.oneOf("date-between");
        String and = " " + l.oneOf("date-and") + " ";
        Pattern dates = Pattern.compile("(?i)\\b(?:"
            + "(?:(?<rel>" + l.oneOf("weekday-on", "weekday-since", "weekday-ahead") + ") )?(?<weekday>" + weekday
            + ")(?<plural>s)?\\b(?:,? " + l.oneOf("date-article") + " (?<dom>[1-9]|[12]\\d|3[01])" + suffix + "\\b)?"
            + "|(?<month>" + month + ")\\.? (?<day>\\d{1,2})" + suffix + "?\\b(?:,? (?<year>\\d{4}))?"
            + "|(?<day2>\\d{1,2})(?:" + suffix + "|\\.)? " + of + "(?<month2>" + month + ")\\b(?: (?<year2>\\d{4}))?"
            + "|" + between + " (?<fromDay>\\d{1,2})" + suffix + "?(?: " + of + "(?<fromMonth>" + month + ")\\.?)?" + and
            + "(?<toDay>\\d{1,2})" + suffix + "? " + of + "(?<toMonth>" + month + ")\\b\\.?(?:,? (?<toYear>\\d{4}))?"
            + "|" + between + " (?<fromMonthUs>" + month + ")\\.? (?<fromDayUs>\\d{1,2})" + suffix + "?" + and
            + "(?:(?<toMonthUs>" + month + ")\\.? )?(?<toDayUs>\\d{1,2})\\b" + suffix + "?(?:,? (?<toYearUs>\\d{4}))?"
            + "|" + between + " (?<fromWeekday>" + weekday + ")" + and + "(?<toWeekday>" + weekday + ")\\b"
            + "|(?<after>" + l.oneOf("date-after") + " (?:[\\p{L}'’-]+ ){0,3}?" + l.oneOf("announcements") + ")\\b"
            + "|(?<lastweek>" + l.oneOf("date-last-week", "date-this-week") + ")\\b"
            + "|(?<lastmonth>" + l.oneOf("date-last-month", "date-this-month") + ")\\b"
            + "|(?<yesterday>" + l.oneOf("date-yesterday") + ")\\b"
            + "|(?<today>" + l.oneOf("date-today") + ")\\b"
            + "|(?<same>" + l.oneOf("date-same-day") + ")\\b"
            + "|(?<before>" + l.oneOf("date-day-before", "date-day-after") + ")\\b"
            + ")");
        Pattern thisWeekday = Pattern.compile("(?i)\\b" + l.oneOf("weekday-this") + " (" + weekday + ")\\b");
        Pattern night = Pattern.compile("(?i)\\b" + l.oneOf("announcing") + "\\b[^.\\n]{0,80}?\\b(?:"
            + l.oneOf("night-hedges") + " )?(?:" + l.oneOf("date-after") + " (?:" + l.oneOf("midnight")
            + "|[1-5](?::\\d\\d)? ?" + l.oneOf("small-hours") + ")|" + l.oneOf("overnight") + ")");
        Pattern describing = Pattern.compile("(?i),\\s*" + l.oneOf("relative-pronouns") + "\\b[^,]*$");
        Pattern backReference = Pattern.compile("(?i)" + l.oneOf("back-references") + " " + l.oneOf("occasions") + "\\b");
        List<String> heads = new ArrayList<>(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        Stream.of(List.of(weekdayKeys()), List.of(monthKeys()), OPENING_KEYS).flatMap(List::stream)
                .forEach(key -> heads.addAll(l.words(key)));
        return new Expressions(dates, List.copyOf(heads), thisWeekday, night, describing, backReference);
    }

    private static String[] weekdayKeys() {
        return new String[] {"weekday1", "weekday2", "weekday3", "weekday4", "weekday5", "weekday6", "weekday7"};
    }

    private static String[] monthKeys() {
        String[] keys = new String[12];
        for (int m = 1; m <= 12; m++) {
            keys[m - 1] = "month" + m;
        }
        return keys;
    }

    private final Language language;
    private final Expressions expressions;
    private final String text;
    private final LocalDate published;
    private final LocalDate written;
    /** The latest day anything the article reports can have been said. */
    private final LocalDate latest;
    /** Where the article times an announcement in the night, in order. */
    private final List<Integer> nights = new ArrayList<>();
    /** Made once and moved from range to range: an article of many short quotes asks thousands of times. */
    private final Matcher dates;
    /** Where dates are in each sentence, so that the ranges with none are not searched. */
    private final MatchesBySentence datesBySentence;
    private final Matcher describing;
    private final Matcher backReference;

    DateCues(ArticleLayout layout, LocalDate published) {
        this.language = layout.language;
        this.expressions = expressions(language);
        this.text = layout.text;
        this.published = published;
        this.dates = expressions.dates().matcher(text);
        this.datesBySentence = new MatchesBySentence(layout, expressions.dates(), expressions.dateHeads());
        this.describing = expressions.describing().matcher(text);
        this.backReference = expressions.backReference().matcher(text);
        LocalDate latest = published;
        boolean found = false;
        Matcher m = expressions.thisWeekday().matcher(text);
        while (m.find()) {
            LocalDate day = onOrBefore(published, weekday(m.group(1)));
            if (day.isBefore(published) && (!found || day.isAfter(latest))) {
                latest = day;
                found = true;
            }
        }
        this.written = latest;
        this.latest = written.isBefore(published) ? written.plusDays(1) : published;
        Matcher night = expressions.night().matcher(text);
        while (night.find()) {
            nights.add(night.start());
        }
    }

    /**
     * The night an announcement timed before {@code position} was made in: the night after the day
     * the article was written, or the night before its publication; null when none is timed so.
     */
    SaidOn nightBefore(int position) {
        return nights.isEmpty() || nights.get(0) >= position ? null : night();
    }

    /** The night an announcement timed anywhere in the article was made in, or null. */
    SaidOn nightOfArticle() {
        return nights.isEmpty() ? null : night();
    }

    private SaidOn night() {
        return SaidOn.between(latest.minusDays(1), latest);
    }

    /** A sentence opening that refers back to an occasion described before: "In the call, …". */
    boolean refersBack(int sentenceStart, int sentenceEnd) {
        return backReference.region(sentenceStart, sentenceEnd).lookingAt();
    }

    LocalDate published() {
        return published;
    }

    /**
     * The first date the range gives for a statement, or null. {@code anchor} is the date of the
     * statement reported before, for "the same day" and "a day after"; {@code announced} the first
     * day "after the announcement" can mean, or null.
     */
    SaidOn find(int from, int to, LocalDate anchor, LocalDate announced) {
        if (!datesBySentence.mayMatch(from, to)) {
            return null;
        }
        Matcher m = dates.region(from, to);
        SaidOn aside = null;
        while (m.find()) {
            SaidOn said = read(m, anchor, announced);
            if (said != null && !describesTheSpeaker(from, m.start(), to)) {
                return said;
            }
            aside = aside == null ? said : aside;
        }
        return aside;
    }

    /**
     * A date inside a clause about the speaker, closed by a comma before the range ends, yields to
     * a date outside it: "X, whose talks began on Monday, said on Wednesday" spoke on Wednesday.
     */
    private boolean describesTheSpeaker(int from, int at, int to) {
        return describing.region(from, at).find() && text.substring(at, to).indexOf(',') >= 0;
    }

    private SaidOn read(Matcher m, LocalDate anchor, LocalDate announced) {
        if (m.group("fromDay") != null || m.group("fromDayUs") != null) {
            return dayRange(m);
        }
        if (m.group("fromWeekday") != null) {
            if (!Character.isUpperCase(m.group("fromWeekday").charAt(0))) {
                return null;
            }
            LocalDate last = onOrBefore(published, weekday(m.group("toWeekday")));
            return SaidOn.between(onOrBefore(last, weekday(m.group("fromWeekday"))), last);
        }
        if (m.group("after") != null) {
            return announced == null || announced.isAfter(latest) ? null : SaidOn.between(announced, latest);
        }
        if (m.group("weekday") != null) {
            String rel = m.group("rel") == null ? "" : m.group("rel").trim().toLowerCase(Locale.ROOT);
            if (m.group("plural") != null || language.has("weekday-ahead", rel)
                    || !Character.isUpperCase(m.group("weekday").charAt(0))) {
                return null;
            }
            LocalDate day = onOrBefore(published, weekday(m.group("weekday")));
            if (m.group("dom") != null) {
                day = withDayOfMonth(day, Integer.parseInt(m.group("dom")));
            }
            boolean since = language.has("weekday-since", rel);
            return new SaidOn(day, since ? DatePrecision.ON_OR_AFTER : DatePrecision.DAY);
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
            String week = m.group("lastweek").toLowerCase(Locale.ROOT);
            boolean last = language.has("date-last-week", week);
            return new SaidOn(last ? monday.minusWeeks(1) : monday, DatePrecision.WEEK);
        }
        if (m.group("lastmonth") != null) {
            LocalDate first = published.withDayOfMonth(1);
            String month = m.group("lastmonth").toLowerCase(Locale.ROOT);
            boolean last = language.has("date-last-month", month);
            return new SaidOn(last ? first.minusMonths(1) : first, DatePrecision.MONTH);
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
        return new SaidOn(language.has("date-day-before", relative) ? anchor.minusDays(1) : anchor.plusDays(1), DatePrecision.DAY);
    }

    /** "between 20 and 21 Feb 2022", "between 30 January and 2 February", "between February 20 and 21, 2022". */
    private SaidOn dayRange(Matcher m) {
        boolean us = m.group("fromDayUs") != null;
        String toMonth = us ? (m.group("toMonthUs") != null ? m.group("toMonthUs") : m.group("fromMonthUs"))
                : m.group("toMonth");
        String fromMonth = us ? m.group("fromMonthUs") : m.group("fromMonth") != null ? m.group("fromMonth") : toMonth;
        if (!Character.isUpperCase(toMonth.charAt(0)) || !Character.isUpperCase(fromMonth.charAt(0))) {
            return null;
        }
        SaidOn last = calendarDay(month(toMonth), Integer.parseInt(us ? m.group("toDayUs") : m.group("toDay")),
                us ? m.group("toYearUs") : m.group("toYear"));
        int fromDay = Integer.parseInt(us ? m.group("fromDayUs") : m.group("fromDay"));
        Month first = month(fromMonth);
        if (last == null || fromDay < 1) {
            return null;
        }
        int year = first.compareTo(last.day().getMonth()) > 0 ? last.day().getYear() - 1 : last.day().getYear();
        if (fromDay > first.length(java.time.Year.isLeap(year))) {
            return null;
        }
        LocalDate start = LocalDate.of(year, first, fromDay);
        return start.isAfter(last.day()) ? null : SaidOn.between(start, last.day());
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

    private DayOfWeek weekday(String name) {
        for (int d = 1; d <= 7; d++) {
            if (language.has("weekday" + d, name)) {
                return DayOfWeek.of(d);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private Month month(String name) {
        return Month.of(language.month(name));
    }
}
