package org.quotedesk.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.checking.CheckMatch;
import org.quotedesk.checking.CheckResult;
import org.quotedesk.checking.Difference;

/**
 * The check page: what was typed, the errors found in it, and the result, if a check ran; the
 * closest quote's text cut into pieces to mark (the template escapes each).
 */
public record CheckView(String text, String speaker, Map<String, String> errors, CheckResult result,
        QuoteDto firstReport) {

    /**
     * A piece of the closest quote's text: "context" (outside the passage compared), "same",
     * "dropped" (on record, not in the text checked), "added" (in the text checked, not on record).
     */
    public record Piece(String text, String kind) {
    }

    public String textError() {
        return errors.get("text");
    }

    public String speakerError() {
        return errors.get("speaker");
    }

    public CheckMatch best() {
        return result == null || result.matches().isEmpty() ? null : result.matches().get(0);
    }

    /** The other close quotes, after the best. */
    public List<CheckMatch> others() {
        return best() == null ? List.of() : result.matches().subList(1, result.matches().size());
    }

    /** {@code {match.percent}}: the similarity as a whole percentage. */
    @TemplateExtension
    static long percent(CheckMatch match) {
        return Math.round(match.similarity() * 100);
    }

    /** The best quote's text, its differences with the text checked in pieces of their own. */
    public List<Piece> pieces() {
        CheckMatch best = best();
        String quote = best.quote().text();
        List<Difference> differences = best.differences();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Difference d : differences) {
            boolean insidePassage = d != differences.get(0);
            add(pieces, quote.substring(at, d.start()), insidePassage ? "same" : "context");
            switch (d.kind()) {
                case SAME -> add(pieces, d.attested(), "same");
                case CHANGED -> {
                    add(pieces, d.attested(), "dropped");
                    add(pieces, d.checked(), "added");
                }
                case DROPPED -> add(pieces, d.attested(), "dropped");
                case ADDED -> {
                    add(pieces, " ", "same");
                    add(pieces, d.checked(), "added");
                }
            }
            at = d.end();
        }
        add(pieces, quote.substring(at), "context");
        return pieces;
    }

    private static void add(List<Piece> pieces, String text, String kind) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, kind));
        }
    }
}
