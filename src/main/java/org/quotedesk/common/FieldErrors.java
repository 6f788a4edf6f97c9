package org.quotedesk.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every rule a request body breaks, so that the client learns of all of them at once. */
public final class FieldErrors {

    private final List<ValidationFailedException.FieldError> errors = new ArrayList<>();

    public FieldErrors check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public FieldErrors add(String field, String message) {
        errors.add(new ValidationFailedException.FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Each error as "field: message". */
    public List<String> describe() {
        return errors.stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    /** Throws when any rule was broken. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
