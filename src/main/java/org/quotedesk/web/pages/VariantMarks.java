package org.quotedesk.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.quotedesk.catalogue.statement.SameStatement;
import org.quotedesk.catalogue.statement.WordDiff;
import org.quotedesk.catalogue.statement.WordDiff.Kind;
import org.quotedesk.catalogue.statement.WordDiff.Op;
import org.quotedesk.catalogue.statement.Wording;
import org.quotedesk.web.view.MarkedPiece;

/**
 * How a report's words differ from the statement's first report: the report's own text, with the
 * words it changed or added marked and the first report's words it dropped shown where they stood.
 */
public record VariantMarks(Relation relation, List<MarkedPiece> pieces) {

    /**
     * How the report's words stand to the first report's: a close variant (as statement linking counts
     * one) is marked word by word; a quoted part of the first report is not, since the words it leaves
     * out are not changes; a report holding the first report's words has the others marked as added.
     */
    public enum Relation {
        /** The first report itself. */
        FIRST,
        SAME_WORDS,
        /** Some words differ; the pieces mark them. */
        VARIANT,
        /** An unbroken part of the first report's words: the rest is simply not quoted, so nothing is marked. */
        PART,
        /** Too many words differ to mark (a statement an editor merged, or reports linked through others). */
        FAR
    }

    /**
     * Reports further apart than this many words are not marked. It bounds the work per report
     * (the alignment is computed in a band this wide) and keeps a marked text readable.
     */
    static final int MAX_MARKED = 40;

    public static VariantMarks first(String text) {
        return plain(Relation.FIRST, text);
    }

    public static VariantMarks of(Wording first, Wording report) {
        if (first.forms().equals(report.forms())) {
            return plain(Relation.SAME_WORDS, report.text());
        }
        int variantEdits = SameStatement.maxEdits(Math.max(first.size(), report.size()));
        WordDiff close = WordDiff.within(first, report, Math.min(variantEdits, MAX_MARKED));
        if (close != null) {
            return new VariantMarks(Relation.VARIANT, pieces(first, report, close.ops()));
        }
        if (WordDiff.fragmentAt(report, first) >= 0) {
            return plain(Relation.PART, report.text());
        }
        int at = WordDiff.fragmentAt(first, report);
        if (at >= 0) {
            int end = at + first.size();
            List<Op> ops = List.of(new Op(Kind.ADDED, 0, 0, 0, at), new Op(Kind.SAME, 0, first.size(), at, end),
                    new Op(Kind.ADDED, first.size(), first.size(), end, report.size()));
            return new VariantMarks(Relation.VARIANT, pieces(first, report, ops));
        }
        WordDiff diff = WordDiff.within(first, report, MAX_MARKED);
        if (diff != null) {
            return new VariantMarks(Relation.VARIANT, pieces(first, report, diff.ops()));
        }
        return plain(Relation.FAR, report.text());
    }

    private static VariantMarks plain(Relation relation, String text) {
        return new VariantMarks(relation, List.of(new MarkedPiece(text, MarkedPiece.Kind.SAME)));
    }

    /** The report's text in order: what lies between its words kept as printed, the first report's dropped words put in. */
    static List<MarkedPiece> pieces(Wording from, Wording to, List<Op> ops) {
        List<MarkedPiece> pieces = new ArrayList<>();
        String text = to.text();
        int at = 0;
        for (Op op : ops) {
            if (op.toEnd() > op.toStart()) {
                int start = to.words().get(op.toStart()).start();
                int end = to.words().get(op.toEnd() - 1).end();
                add(pieces, text.substring(at, start), MarkedPiece.Kind.SAME);
                if (op.kind() == Kind.CHANGED) {
                    add(pieces, from.span(op.fromStart(), op.fromEnd()), MarkedPiece.Kind.DROPPED);
                    add(pieces, " ", MarkedPiece.Kind.SAME);
                }
                add(pieces, text.substring(start, end), op.kind() == Kind.SAME ? MarkedPiece.Kind.SAME
                        : MarkedPiece.Kind.ADDED);
                at = end;
            } else if (op.fromEnd() > op.fromStart()) {
                // Dropped words stand between the report's words: a space on the side that has words.
                String dropped = from.span(op.fromStart(), op.fromEnd());
                if (at == 0) {
                    add(pieces, dropped, MarkedPiece.Kind.DROPPED);
                    add(pieces, " ", MarkedPiece.Kind.SAME);
                } else {
                    add(pieces, " ", MarkedPiece.Kind.SAME);
                    add(pieces, dropped, MarkedPiece.Kind.DROPPED);
                }
            }
        }
        add(pieces, text.substring(at), MarkedPiece.Kind.SAME);
        return pieces;
    }

    private static void add(List<MarkedPiece> pieces, String text, MarkedPiece.Kind kind) {
        if (!text.isEmpty()) {
            pieces.add(new MarkedPiece(text, kind));
        }
    }
}
