package org.quotedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void linesAreSplitOnLineFeedsWithCarriageReturnsDropped() throws IOException {
        assertThat(all(new StringReader("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":3}"))).containsExactly("{\"a\":1}", "",
                "{\"b\":2}", "{\"c\":3}");
    }

    /** Before, one line without a line break was read whole into memory, however long. */
    @Test
    void aLineOverTheLimitIsSkippedNotKeptAndTheNextOneIsRead() throws IOException {
        Reader oneHugeLine = new Reader() {
            private long left = NdjsonLines.MAX_LINE + 10L;
            private boolean tailSent;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (left > 0) {
                    int n = (int) Math.min(length, left);
                    Arrays.fill(buffer, offset, offset + n, 'x');
                    left -= n;
                    return n;
                }
                if (!tailSent) {
                    tailSent = true;
                    String tail = "\n{\"ok\":true}\n";
                    tail.getChars(0, tail.length(), buffer, offset);
                    return tail.length();
                }
                return -1;
            }

            @Override
            public void close() {
            }
        };
        NdjsonLines lines = new NdjsonLines(oneHugeLine);
        assertThat(lines.next()).isEmpty();
        assertThat(lines.tooLong()).isTrue();
        assertThat(lines.next()).isEqualTo("{\"ok\":true}");
        assertThat(lines.tooLong()).isFalse();
        assertThat(lines.next()).isNull();
    }

    private static List<String> all(Reader reader) throws IOException {
        NdjsonLines lines = new NdjsonLines(reader);
        List<String> all = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }
}
