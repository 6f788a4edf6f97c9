package org.quotedesk.catalogue.source;

import java.time.LocalDate;
import org.quotedesk.catalogue.RecordSummary;

/** A source in a list: its metadata without the full text. */
public record SourceSummary(
        Long id, String title, String publisher, String url, LocalDate publishedOn, String language, String locator,
        long quoteCount) implements RecordSummary {

    public static SourceSummary from(Source source, long quoteCount) {
        return new SourceSummary(source.id, source.title, source.publisher, source.url, source.publishedOn,
                source.language, source.locator, quoteCount);
    }
}
