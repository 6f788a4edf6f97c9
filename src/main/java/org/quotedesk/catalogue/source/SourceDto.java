package org.quotedesk.catalogue.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quotedesk.catalogue.RecordSummary;

/**
 * A source with its full text, against which quote offsets are counted; or, with no text, a citation
 * whose locator says where in the publication its quotes are.
 */
public record SourceDto(
        Long id,
        String title,
        String publisher,
        String url,
        LocalDate publishedOn,
        String language,
        String text,
        String locator,
        String notes,
        long quoteCount,
        Instant createdAt,
        Instant updatedAt,
        long version) implements RecordSummary {

    /** How the audit trail records the source, its full text included. */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("publisher", publisher);
        fields.put("url", url);
        fields.put("publishedOn", publishedOn.toString());
        fields.put("language", language);
        fields.put("text", text);
        fields.put("locator", locator);
        fields.put("notes", notes);
        return fields;
    }

    /** A citation: no text, so its quotes have no offsets and no context. */
    public boolean citation() {
        return text == null;
    }

    public static SourceDto from(Source source, long quoteCount) {
        return new SourceDto(source.id, source.title, source.publisher, source.url, source.publishedOn,
                source.language, source.text, source.locator, source.notes, quoteCount, source.createdAt, source.updatedAt,
                source.version);
    }
}
