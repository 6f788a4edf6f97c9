package org.quotedesk.catalogue.source;

import java.time.LocalDate;

/** A source as embedded in a quote: its citation. The locator says where in it (a page, a timestamp). */
public record SourceRef(Long id, String title, String publisher, LocalDate publishedOn, String url, String locator) {

    public static SourceRef from(Source source) {
        return new SourceRef(source.id, source.title, source.publisher, source.publishedOn, source.url,
                source.locator);
    }
}
