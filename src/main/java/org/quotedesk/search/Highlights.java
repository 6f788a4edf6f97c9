package org.quotedesk.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/**
 * How a quote's text is shown with its matches: HTML-escaped, matched words in
 * {@code <mark>…</mark>}. Lucene's formatter does it for the embedded index; OpenSearch's highlights
 * arrive unescaped between private-use markers and are escaped here by the same formatter, so that
 * both indexes give the same string.
 */
final class Highlights {

    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";
    static final Formatter FORMATTER = new Formatter();

    private Highlights() {
    }

    /** The text between {@link #OPEN} and {@link #CLOSE} markers, escaped and marked up. */
    static String fromMarkers(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        int at = 0;
        while (at < marked.length()) {
            int open = marked.indexOf(OPEN, at);
            int close = open < 0 ? -1 : marked.indexOf(CLOSE, open);
            if (close < 0) {
                FORMATTER.escape(html, marked.substring(at).replace(OPEN, "").replace(CLOSE, ""));
                break;
            }
            FORMATTER.escape(html, marked.substring(at, open).replace(CLOSE, ""));
            html.append("<mark>");
            FORMATTER.escape(html, marked.substring(open + 1, close));
            html.append("</mark>");
            at = close + 1;
        }
        return html.toString();
    }

    /** Lucene's formatter, whose escaping is also applied to OpenSearch's highlights. */
    static final class Formatter extends DefaultPassageFormatter {

        Formatter() {
            super("<mark>", "</mark>", "… ", true);
        }

        void escape(StringBuilder html, String text) {
            append(html, text, 0, text.length());
        }
    }
}
