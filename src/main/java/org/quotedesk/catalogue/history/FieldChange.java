package org.quotedesk.catalogue.history;

/** One field of a record: its value before and after (null when absent). */
public record FieldChange(String field, String before, String after) {
}
