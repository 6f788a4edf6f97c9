package org.quotedesk.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.checking.CheckMatch;
import org.quotedesk.checking.CheckResult;
import org.quotedesk.checking.Difference;
import org.quotedesk.web.view.MarkedPiece;
import org.quotedesk.web.view.MarkedPiece.Kind;

/**
 * The check page: what was typed, the errors found in it, and the result, if a check ran; the
 * closest quote's text cut into pieces to mark.
 */
public record CheckView(String text, String speaker, Map<String, String> errors, CheckResult result,
        QuoteDto firstReport) {

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

    /**
     * The best quote's text, its differences with the text checked in pieces of their own: context
     * (outside the passage compared), dropped (on record, not in the text checked), added (in the text
     * checked, not on record).
     */
    public List<MarkedPiece> pieces() {
        CheckMatch best = best();
        String quote = best.quote().text();
        List<Difference> differences = best.differences();
        List<MarkedPiece> pieces = new ArrayList<>();
        int at = 0;
        for (Difference d : differences) {
            boolean insidePassage = d != differences.get(0);
            add(pieces, quote.substring(at, d.start()), insidePassage ? Kind.SAME : Kind.CONTEXT);
            switch (d.kind()) {
                case SAME -> add(pieces, d.attested(), Kind.SAME);
                case CHANGED -> {
                    add(pieces, d.attested(), Kind.DROPPED);
                    add(pieces, d.checked(), Kind.ADDED);
                }
                case DROPPED -> add(pieces, d.attested(), Kind.DROPPED);
                case ADDED -> {
                    add(pieces, " ", Kind.SAME);
                    add(pieces, d.checked(), Kind.ADDED);
                }
            }
            at = d.end();
        }
        add(pieces, quote.substring(at), Kind.CONTEXT);
        return pieces;
    }

    private static void add(List<MarkedPiece> pieces, String text, Kind kind) {
        if (!text.isEmpty()) {
            pieces.add(new MarkedPiece(text, kind));
        }
    }
}
