package org.quotedesk.web.pages;

import java.util.List;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.source.SourceRef;
import org.quotedesk.catalogue.statement.StatementCoverage;
import org.quotedesk.catalogue.statement.StatementDto;
import org.quotedesk.catalogue.statement.Wording;

/**
 * A statement's page: what was said, by whom, how widely it was reported and by whom first, and each
 * report by publication date with how its words differ from the first report's.
 */
public record StatementView(StatementDto statement, List<Report> reports, StatementCoverage coverage) {

    /** One report: the quote, and its words against the first report's. */
    public record Report(QuoteDto quote, VariantMarks marks) {

        public String outlet() {
            return StatementView.outlet(quote.source());
        }
    }

    /** {@code coverage}: how widely it was reported, counted as the search's cards count it. */
    public static StatementView of(StatementDto statement, StatementCoverage coverage) {
        Wording first = Wording.of(statement.firstReported().text());
        List<Report> reports = statement.reports().stream().map(q -> new Report(q,
                q.id().equals(statement.firstReported().id()) ? VariantMarks.first(q.text())
                        : VariantMarks.of(first, Wording.of(q.text())))).toList();
        return new StatementView(statement, reports, coverage);
    }

    /** Who published a source: its publisher, or its title when it names none (as outlets are counted). */
    static String outlet(SourceRef source) {
        return source.publisher() != null ? source.publisher() : source.title();
    }

    /** Whether any report is marked word by word, and the marks need their legend. */
    public boolean marked() {
        return reports.stream().anyMatch(r -> r.marks().relation() == VariantMarks.Relation.VARIANT);
    }

    /** How many quotes report the statement; more than are listed when it has more than a page holds. */
    public long reportCount() {
        return statement.firstReported().statement() == null ? reports.size()
                : statement.firstReported().statement().reports();
    }
}
