package org.quotedesk.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

    /** Records that a field's text could not be read, and gives no value for it. */
    public <T> T unreadable(String field, String message) {
        add(field, message);
        return null;
    }

    /** Bean Validation's violations, each under its property path, in the order of the paths. */
    public FieldErrors addAll(Collection<? extends ConstraintViolation<?>> violations) {
        return addAll("", violations);
    }

    /** The violations of a nested object, under its field: "speaker." + "kind". */
    public FieldErrors addAll(String prefix, Collection<? extends ConstraintViolation<?>> violations) {
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> add(prefix + v.getPropertyPath(), v.getMessage()));
        return this;
    }

    /** The input, when Bean Validation finds nothing wrong with it; else a 400 listing every violation. */
    public static <T> T valid(Validator validator, T input) {
        new FieldErrors().addAll(validator.validate(input)).throwIfAny();
        return input;
    }

    public int size() {
        return errors.size();
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
