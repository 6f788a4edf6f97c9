package org.quotedesk.common;

import jakarta.validation.constraints.NotNull;

/** A reference to a stored record in a request body: {@code {"id": 42}}. */
public record Ref(@NotNull Long id) {
}
