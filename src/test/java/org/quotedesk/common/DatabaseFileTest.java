package org.quotedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseFileTest {

    private static final long MB = 1L << 20;

    @Test
    void aSmallFileIsLeftAsItIs() {
        assertThat(DatabaseFile.worthCompacting(32 * MB, 0)).isFalse();
        assertThat(DatabaseFile.worthCompacting(5 * MB, 1 * MB)).isFalse();
    }

    @Test
    void aLargeFileNeverCompactedIsCompacted() {
        assertThat(DatabaseFile.worthCompacting(33 * MB, 0)).isTrue();
    }

    @Test
    void aFileIsCompactedAgainOnlyOnceItHasGrownByHalf() {
        assertThat(DatabaseFile.worthCompacting(150 * MB, 100 * MB)).isFalse();
        assertThat(DatabaseFile.worthCompacting(151 * MB, 100 * MB)).isTrue();
        assertThat(DatabaseFile.worthCompacting(300 * MB, 290 * MB)).isFalse();
    }
}
