package org.quotedesk.web.admin;

import static org.quotedesk.common.Strings.blankToNull;
import static org.quotedesk.common.Strings.parse;

import java.time.LocalDate;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ValidationFailedException;

/** Small conversions of typed form values. */
final class Forms {

    private Forms() {
    }

    /** The version a form was read at (hidden field); absent on a new record. */
    static Long version(String raw) {
        return parse(raw, Long::valueOf, () -> {
            throw ValidationFailedException.of("version", "is not a version number");
        });
    }

    /** A typed date (YYYY-MM-DD), or null when blank; one that does not exist is an error on its field. */
    static LocalDate date(String raw, String field, FieldErrors errors) {
        return parse(raw, LocalDate::parse,
                () -> errors.unreadable(field, "must be a date that exists, as YYYY-MM-DD"));
    }

    /** A typed whole number (the form's pattern has checked it), or null when blank. */
    static Integer number(String raw) {
        String value = blankToNull(raw);
        return value == null ? null : Integer.valueOf(value);
    }

    /** The constant a select box sent, or null when blank; one that is not a choice is an error on its field. */
    static <E extends Enum<E>> E constant(Class<E> type, String raw, String field, FieldErrors errors) {
        return parse(raw, value -> Enum.valueOf(type, value),
                () -> errors.unreadable(field, "is not one of the choices"));
    }
}
