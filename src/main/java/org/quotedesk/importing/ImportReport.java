package org.quotedesk.importing;

import java.util.List;

/**
 * What an import did. {@code rejected} lists the first {@link ImportService#MAX_LISTED_REJECTIONS}
 * rejected lines; {@code rejectedTotal} counts them all.
 */
public record ImportReport(long imported, long duplicates, List<Rejection> rejected, long rejectedTotal) {

    /** A line (1-based, as in the file) and every error found in it. */
    public record Rejection(long line, List<String> errors) {
    }
}
