package org.quotedesk.common;

/**
 * A validated page of a list: {@code page} is 0-based, {@code size} at most {@link #MAX_SIZE}.
 * Parsed from the raw query strings so that a malformed value is a 400 naming the parameter
 * (JAX-RS would turn a failed integer conversion of a query parameter into a 404).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Keeps page * size far from integer overflow. */
    public static final int MAX_PAGE = 10_000_000;

    public static PageRequest parse(String page, String size) {
        return new PageRequest(
                parse("page", page, 0, 0, MAX_PAGE),
                parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }

    private static int parse(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be an integer between " + min + " and " + max);
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max);
        }
        return value;
    }
}
