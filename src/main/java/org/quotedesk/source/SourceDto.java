package org.quotedesk.source;

import java.time.Instant;
import java.time.LocalDate;

/** A source with its full text, against which quote offsets are counted. */
public record SourceDto(
        Long id,
        String title,
        String publisher,
        String url,
        LocalDate publishedOn,
        String language,
        String text,
        String notes,
        long quoteCount,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static SourceDto from(Source source, long quoteCount) {
        return new SourceDto(source.id, source.title, source.publisher, source.url, source.publishedOn,
                source.language, source.text, source.notes, quoteCount, source.createdAt, source.updatedAt,
                source.version);
    }
}
