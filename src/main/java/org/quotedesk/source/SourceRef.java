package org.quotedesk.source;

import java.time.LocalDate;

/** A source as embedded in a quote. */
public record SourceRef(Long id, String title, String publisher, LocalDate publishedOn, String url) {

    public static SourceRef from(Source source) {
        return new SourceRef(source.id, source.title, source.publisher, source.publishedOn, source.url);
    }
}
