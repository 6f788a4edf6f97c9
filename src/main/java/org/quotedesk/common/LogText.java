package org.quotedesk.common;

/**
 * Text a client chose, made safe for a log line: in quotes, control characters (a newline would
 * forge a line of its own) written as escapes, and cut short.
 */
public final class LogText {

    private static final int LONGEST = 100;

    private LogText() {
    }

    public static String quoted(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("'");
        int end = Math.min(text.length(), LONGEST);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else if (c == '\'' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append(text.length() > LONGEST ? "'…" : "'").toString();
    }
}
