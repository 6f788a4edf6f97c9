package org.quotedesk.catalogue.quote;

/** How much the date said ({@code spokenOn}) is known; it qualifies that date. */
public enum DatePrecision {
    /** Said on that very day. */
    DAY,
    /** Said in the week (Monday to Sunday) starting on that day. */
    WEEK,
    /** Said in that month; the day is the first of it. */
    MONTH,
    /** Said in that year; the day is 1 January. */
    YEAR,
    /** Said on or before that day, typically the source's publication date: the source does not say when. */
    ON_OR_BEFORE,
    /** Said on or after that day, e.g. "since Wednesday". */
    ON_OR_AFTER,
    /** Said on one of the days from that day to {@code spokenUntil}, both included: "between 20 and 21 February". */
    BETWEEN,
    /** Nothing is known of the date; {@code spokenOn} is empty. */
    UNKNOWN
}
