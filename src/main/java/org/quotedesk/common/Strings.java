package org.quotedesk.common;

/** Small text helpers shared by the features. */
public final class Strings {

    private Strings() {
    }

    /** Trimmed, or null when empty: optional text fields store no blanks. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
