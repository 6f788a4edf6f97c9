package org.quotedesk.catalogue.quote;

/** The statement a quote reports, on the wire: its id and how many quotes report it. */
public record StatementRef(long id, long reports) {

    /** {@code null} for a quote not linked yet (stored before statements, until the first start links it). */
    public static StatementRef of(Long id, long reports) {
        return id == null ? null : new StatementRef(id, reports);
    }
}
