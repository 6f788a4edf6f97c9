package org.quotedesk.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of an NDJSON body, each at most {@link #MAX_LINE} characters: a longer line is read to
 * its end but not kept, so that one line without a newline cannot fill the memory.
 */
final class NdjsonLines {

    /** A source of 1,000,000 characters written as JSON, with its quote, fits easily. */
    static final int MAX_LINE = 8_000_000;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int filled;
    private boolean tooLong;

    NdjsonLines(Reader in) {
        this.in = in;
    }

    /** The next line without its line break ("" when it was too long), or null at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        while (true) {
            if (position == filled) {
                filled = Math.max(0, in.read(buffer));
                position = 0;
                if (filled == 0) {
                    return line.isEmpty() && !tooLong ? null : text(line);
                }
            }
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > MAX_LINE) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
            if (position < filled) {
                position++;
                return text(line);
            }
        }
    }

    /** Whether the line {@link #next()} last returned was over {@link #MAX_LINE} characters. */
    boolean tooLong() {
        return tooLong;
    }

    private static String text(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
