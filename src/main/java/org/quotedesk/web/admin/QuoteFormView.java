package org.quotedesk.web.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.venue.VenueKind;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.web.pages.QuoteContext;
import org.quotedesk.web.view.Choice;
import org.quotedesk.web.view.Links;

/**
 * The quote form page: what was typed, the errors next to their fields, the source text with the
 * span at the offsets marked (or the citation, when the source has no text), and (when editing) the
 * quote's history.
 */
public record QuoteFormView(QuoteForm form, Long id, Map<String, String> errors, String problem, SourceDto source,
        QuoteContext span, List<String> speakerNames, List<String> venueNames, List<AuditView> history) {

    /**
     * Errors keyed by form field: the writer's "speaker.name" is the form's "speaker", and the
     * details of a new speaker or venue ("speaker.kind") are the form's "newSpeakerKind".
     */
    public static Map<String, String> byField(ValidationFailedException e) {
        Map<String, String> errors = new HashMap<>();
        for (ValidationFailedException.FieldError error : e.errors()) {
            errors.merge(formField(error.field()), error.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private static String formField(String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return field;
        }
        String record = field.substring(0, dot);
        String detail = field.substring(dot + 1);
        if (List.of("id", "name", "title").contains(detail)) {
            return record;
        }
        return "new" + RecordPages.capitalised(record) + RecordPages.capitalised(detail);
    }

    /** The source text split at the offsets typed, when they fall inside it; none for a citation. */
    public static QuoteContext spanOf(SourceDto source, QuoteForm form) {
        if (source == null || source.citation()) {
            return null;
        }
        Integer start = number(form.start);
        Integer end = number(form.end);
        if (start != null && end != null && start < end && end <= source.text().length()) {
            return new QuoteContext(source.text().substring(0, start), source.text().substring(start, end),
                    source.text().substring(end));
        }
        return new QuoteContext(source.text(), "", "");
    }

    private static Integer number(String typed) {
        return typed == null || !typed.strip().matches("\\d{1,9}") ? null : Integer.valueOf(typed.strip());
    }

    public boolean editing() {
        return id != null;
    }

    public String action() {
        return editing() ? Links.record("quotes", id) : Links.records("quotes");
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** A field the {@code field} tag draws, with what was typed and its error. */
    public FormField field(String name) {
        FormField field = switch (name) {
            case "text" -> FormField.of("textarea", name, "Text, exactly as printed in the source", form.text)
                    .hint("With a source's text, leave the offsets empty and QuoteDesk finds the words in it.");
            case "type" -> FormField.select(name, "Type", Choice.of(QuoteType.values(), form.type));
            case "status" -> FormField.select(name, "Status", Choice.of(QuoteStatus.values(), form.status));
            case "evidence" -> FormField.text(name, "Evidence for a change of status", form.evidence)
                    .hint("A link (https://…) or a note, e.g. checked against the broadcast recording: needed to make"
                            + " the quote verified, disputed or misattributed. Empty: the status keeps its record.");
            case "reportedVia" -> FormField.text(name, "Reported via (e.g. told Reuters)", form.reportedVia);
            case "spokenOn" -> FormField.of("date", name, "Said on", form.spokenOn);
            case "datePrecision" -> FormField.select(name, "Precision",
                    Choice.of(DatePrecision.values(), form.datePrecision));
            case "spokenUntil" -> FormField.of("date", name, "Until (for between)", form.spokenUntil)
                    .hint("The last day it may have been said, with the precision between; empty otherwise.");
            case "source" -> FormField.of("numeric", name, "Source number", form.source);
            case "start" -> FormField.of("numeric", name, "Starts at", form.start);
            case "end" -> FormField.of("numeric", name, "Ends before", form.end);
            case "language" -> FormField.text(name, "Language of the text", form.language).hint("empty: the source's");
            case "translated" -> FormField.of("checkbox", name, "The text is a translation", form.translated);
            case "notes" -> FormField.of("textarea", name, "Notes", form.notes);
            default -> throw new IllegalArgumentException("No quote form field " + name);
        };
        return field.withErrorFrom(errors);
    }

    public List<Choice> speakerKinds() {
        return Choice.of(SpeakerKind.values(), form.newSpeakerKind);
    }

    public List<Choice> venueKinds() {
        return Choice.of(VenueKind.values(), form.newVenueKind);
    }
}
