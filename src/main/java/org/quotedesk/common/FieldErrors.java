package org.quotedesk.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
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

    /** Bean Validation's violations, each under its property path. */
    public FieldErrors addAll(Collection<? extends ConstraintViolation<?>> violations) {
        violations.forEach(v -> add(v.getPropertyPath().toString(), v.getMessage()));
        return this;
    }

    /** The input, when Bean Validation finds nothing wrong with it; else a 400 listing every violation. */
    public static <T> T valid(Validator validator, T input) {
        new FieldErrors().addAll(validator.validate(input)).throwIfAny();
        return input;
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
