package org.quotedesk.common;

import java.time.Duration;

/** The server will not take this request now, but may soon: a 503 with {@code Retry-After}. */
public class ServiceBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ServiceBusyException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
