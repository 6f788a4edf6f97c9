package org.quotedesk.review;

import java.time.Instant;
import java.time.LocalDate;

/** An imported article in the list of reviews: its source and how far its review has come. */
public record ArticleImportSummary(long sourceId, String title, String publisher, LocalDate publishedOn,
        String importedBy, Instant importedAt, long pending, long accepted, long rejected) {
}
