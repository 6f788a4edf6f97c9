package org.quotedesk.common;

import java.util.List;

/** A request body breaks the rules: a 400 listing each offending field and what is wrong with it. */
public class ValidationFailedException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationFailedException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailedException of(String field, String message) {
        return new ValidationFailedException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A field of the request body ({@code text}, {@code speaker.id}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
