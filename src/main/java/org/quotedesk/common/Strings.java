package org.quotedesk.common;

import java.time.DateTimeException;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small text helpers shared by the features. */
public final class Strings {

    private Strings() {
    }

    /** Trimmed, or null when empty: optional text fields store no blanks. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A typed value read from text: null when the text is blank, and what {@code invalid} gives (or
     * throws) when the parser refuses it.
     */
    public static <T> T parse(String raw, Function<String, T> parser, Supplier<T> invalid) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            return invalid.get();
        }
    }
}
