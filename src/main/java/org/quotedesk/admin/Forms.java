package org.quotedesk.admin;

import static org.quotedesk.common.Strings.blankToNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ValidationFailedException;

/** Small conversions of typed form values. */
final class Forms {

    private Forms() {
    }

    /** The version a form was read at (hidden field); absent on a new record. */
    static Long version(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("version", "is not a version number");
        }
    }

    /** A typed date (YYYY-MM-DD), or null when blank; one that does not exist is an error on its field. */
    static LocalDate date(String raw, String field, FieldErrors errors) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date that exists, as YYYY-MM-DD");
            return null;
        }
    }

    /** An option of a select box. */
    record Option(String value, String label, boolean selected) {
    }

    static <E extends Enum<E>> List<Option> options(E[] values, String current) {
        List<Option> options = new ArrayList<>();
        for (E value : values) {
            String name = value.name();
            options.add(new Option(name, name.charAt(0) + name.substring(1).toLowerCase().replace('_', ' '),
                    name.equals(current)));
        }
        return options;
    }
}
