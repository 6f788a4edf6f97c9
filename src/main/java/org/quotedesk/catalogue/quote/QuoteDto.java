package org.quotedesk.catalogue.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quotedesk.catalogue.source.SourceRef;
import org.quotedesk.catalogue.speaker.SpeakerRef;
import org.quotedesk.catalogue.venue.VenueRef;

/**
 * A quote on the wire. {@code start}/{@code end}: UTF-16 offsets into the source text, end exclusive;
 * null when the source is a citation without text. {@code verification}: who set the status, when,
 * on what evidence; absent while no one has, and in search results, which carry the status alone.
 * {@code spokenUntil}: the last day of a BETWEEN range, absent otherwise.
 */
public record QuoteDto(
        Long id,
        String text,
        QuoteType type,
        SpeakerRef speaker,
        VenueRef venue,
        LocalDate spokenOn,
        DatePrecision datePrecision,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate spokenUntil,
        SourceRef source,
        Integer start,
        Integer end,
        String reportedVia,
        QuoteStatus status,
        String language,
        boolean translated,
        String notes,
        StatementRef statement,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Verification verification) {

    /** How the audit trail records the quote: each field as text, references by name and id. */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("type", type.name());
        fields.put("speaker", speaker.name() + " (#" + speaker.id() + ")");
        fields.put("venue", venue == null ? null : venue.name() + " (#" + venue.id() + ")");
        fields.put("spokenOn", spokenOn == null ? null : spokenOn.toString());
        fields.put("datePrecision", datePrecision.name());
        fields.put("spokenUntil", spokenUntil == null ? null : spokenUntil.toString());
        fields.put("source", source.title() + " (#" + source.id() + ")");
        fields.put("start", start == null ? null : start.toString());
        fields.put("end", end == null ? null : end.toString());
        fields.put("reportedVia", reportedVia);
        fields.put("status", status.name());
        fields.put("evidence", verification == null ? null : verification.evidence());
        fields.put("language", language);
        fields.put("translated", Boolean.toString(translated));
        fields.put("notes", notes);
        return fields;
    }

    /** The same quote, with its statement as the database has it now (the search index keeps no counts). */
    public QuoteDto withStatement(StatementRef current) {
        return new QuoteDto(id, text, type, speaker, venue, spokenOn, datePrecision, spokenUntil, source, start, end,
                reportedVia, status, language, translated, notes, current, version, verification);
    }

    /** "Dmitry Peskov: So all this can have…", for lists of changes. */
    public String label() {
        return speaker.name() + ": " + text;
    }

    public static QuoteDto from(Quote quote) {
        return new QuoteDto(quote.id, quote.text, quote.type, SpeakerRef.from(quote.speaker),
                VenueRef.from(quote.venue), quote.spokenOn, quote.datePrecision, quote.spokenUntil,
                SourceRef.from(quote.source), quote.startOffset, quote.endOffset, quote.reportedVia, quote.status, quote.language,
                quote.translated, quote.notes, StatementRef.of(quote.statementId, quote.statementReports),
                quote.version, Verification.of(quote));
    }
}
