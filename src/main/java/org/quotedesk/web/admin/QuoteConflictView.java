package org.quotedesk.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotedesk.catalogue.quote.QuoteDto;

/**
 * Two editors saved the same quote: the second sees what they typed beside what is stored now,
 * with the differences marked, and can apply theirs over it knowingly.
 */
public record QuoteConflictView(long id, QuoteForm mine, QuoteDto current, List<Row> rows) {

    /** One field: what this editor typed, what is stored now, and whether they differ. */
    public record Row(String field, String mine, String current, boolean differs) {
    }

    public static QuoteConflictView of(long id, QuoteForm mine, QuoteDto current) {
        QuoteForm stored = QuoteForm.of(current);
        Map<String, String[]> fields = new java.util.LinkedHashMap<>();
        fields.put("Text", new String[] {mine.text, stored.text});
        fields.put("Type", new String[] {mine.type, stored.type});
        fields.put("Speaker", new String[] {mine.speaker, stored.speaker});
        fields.put("Venue", new String[] {mine.venue, stored.venue});
        fields.put("Source", new String[] {mine.source, stored.source});
        fields.put("Start", new String[] {mine.start, stored.start});
        fields.put("End", new String[] {mine.end, stored.end});
        fields.put("Said on", new String[] {mine.spokenOn, stored.spokenOn});
        fields.put("Date precision", new String[] {mine.datePrecision, stored.datePrecision});
        fields.put("Said until", new String[] {mine.spokenUntil, stored.spokenUntil});
        fields.put("Status", new String[] {mine.status, stored.status});
        fields.put("Evidence", new String[] {mine.evidence, current.verification() == null ? null
                : current.verification().evidence()});
        fields.put("Reported via", new String[] {mine.reportedVia, stored.reportedVia});
        fields.put("Language", new String[] {mine.language, stored.language});
        fields.put("Translated", new String[] {mine.translated == null ? "no" : "yes", stored.translated == null ? "no" : "yes"});
        fields.put("Notes", new String[] {mine.notes, stored.notes});
        List<Row> rows = new ArrayList<>();
        fields.forEach((field, values) -> rows.add(new Row(field, blank(values[0]), blank(values[1]),
                !Objects.equals(blank(values[0]), blank(values[1])))));
        return new QuoteConflictView(id, mine, current, rows);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
