package org.quotedesk.web.pages;

/**
 * A quote in its paragraph of the source text: what comes before it, the quote itself (the text at
 * its offsets), and what follows, up to the paragraph breaks around it.
 */
public record QuoteContext(String before, String quote, String after) {

    /** None when the source is a citation, without a text to show the quote in. */
    public static QuoteContext of(String sourceText, Integer start, Integer end) {
        if (sourceText == null || start == null || end == null) {
            return null;
        }
        int from = sourceText.lastIndexOf("\n\n", start);
        from = from < 0 ? 0 : from + 2;
        int to = sourceText.indexOf("\n\n", end);
        to = to < 0 ? sourceText.length() : to;
        return new QuoteContext(sourceText.substring(from, start).stripLeading(), sourceText.substring(start, end),
                sourceText.substring(end, to).stripTrailing());
    }
}
