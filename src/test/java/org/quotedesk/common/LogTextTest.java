package org.quotedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    /** A user name with a newline could write a forged line of its own into the log. */
    @Test
    void aClientsTextCannotStartALineOfItsOwn() {
        String forged = "bob\n2026-12-01 10:00:00,000 INFO  [org.quotedesk] Account 'admin' unlocked";
        String logged = LogText.quoted(forged);
        assertThat(logged).doesNotContain("\n").startsWith("'bob\\u000a2026");
        assertThat(LogText.quoted("x".repeat(5000))).hasSizeLessThan(110).endsWith("'…");
        assertThat(LogText.quoted("o'neil\r")).isEqualTo("'o\\'neil\\u000d'");
    }
}
