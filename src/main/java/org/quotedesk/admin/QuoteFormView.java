package org.quotedesk.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.audit.AuditView;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.quote.DatePrecision;
import org.quotedesk.quote.QuoteStatus;
import org.quotedesk.quote.QuoteType;
import org.quotedesk.source.SourceDto;
import org.quotedesk.speaker.SpeakerKind;
import org.quotedesk.venue.VenueKind;
import org.quotedesk.web.QuoteContext;

/**
 * The quote form page: what was typed, the errors next to their fields, the source text with the
 * span at the offsets marked, and (when editing) the quote's history.
 */
public record QuoteFormView(QuoteForm form, Long id, Map<String, String> errors, String problem, SourceDto source,
        QuoteContext span, List<String> speakerNames, List<String> venueNames, List<AuditView> history) {

    /** An option of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /** Errors keyed by form field: the service's "speaker.id" is the form's "speaker". */
    public static Map<String, String> byField(ValidationFailedException e) {
        Map<String, String> errors = new HashMap<>();
        for (ValidationFailedException.FieldError error : e.errors()) {
            errors.merge(error.field().replace(".id", ""), error.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    /** The source text split at the offsets typed, when they fall inside it. */
    public static QuoteContext spanOf(SourceDto source, QuoteForm form) {
        if (source == null) {
            return null;
        }
        try {
            int start = Integer.parseInt(form.start.strip());
            int end = Integer.parseInt(form.end.strip());
            if (start >= 0 && start < end && end <= source.text().length()) {
                return new QuoteContext(source.text().substring(0, start), source.text().substring(start, end),
                        source.text().substring(end));
            }
        } catch (NumberFormatException | NullPointerException notOffsets) {
            // nothing typed yet, or not numbers: the whole text, unmarked
        }
        return new QuoteContext(source.text(), "", "");
    }

    public boolean editing() {
        return id != null;
    }

    public String action() {
        return editing() ? "/admin/quotes/" + id : "/admin/quotes";
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<Option> types() {
        return options(form.type, Arrays.stream(QuoteType.values()).map(Enum::name).toList());
    }

    public List<Option> precisions() {
        return options(form.datePrecision, Arrays.stream(DatePrecision.values()).map(Enum::name).toList());
    }

    public List<Option> statuses() {
        return options(form.status, Arrays.stream(QuoteStatus.values()).map(Enum::name).toList());
    }

    public List<Option> speakerKinds() {
        return options(form.newSpeakerKind, Arrays.stream(SpeakerKind.values()).map(Enum::name).toList());
    }

    public List<Option> venueKinds() {
        return options(form.newVenueKind, Arrays.stream(VenueKind.values()).map(Enum::name).toList());
    }

    private static List<Option> options(String current, List<String> values) {
        List<Option> options = new ArrayList<>();
        for (String value : values) {
            String label = value.charAt(0) + value.substring(1).toLowerCase().replace('_', ' ');
            options.add(new Option(value, label, value.equals(current)));
        }
        return options;
    }
}
