package org.quotedesk.admin;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.quote.Quote;
import org.quotedesk.quote.QuoteDto;
import org.quotedesk.quote.QuoteStatus;
import org.quotedesk.review.ReviewCandidateDto;
import org.quotedesk.speaker.SpeakerKind;

/**
 * The quote form as typed: strings, so that whatever the editor typed comes back to them when it is
 * wrong. The speaker and the venue are given by name; a new one is created when the box is ticked.
 */
public class QuoteForm {

    static final String DATE = "|\\d{4}-\\d{2}-\\d{2}";
    static final String NUMBER = "|\\d{1,9}";
    static final String CHECKED = "on";

    @RestForm
    @Size(max = Quote.MAX_TEXT_LENGTH)
    public String text;

    @RestForm
    public String type;

    @RestForm
    @Size(max = 200)
    public String speaker;

    @RestForm
    public String createSpeaker;

    @RestForm
    public String newSpeakerKind;

    @RestForm
    @Size(max = 300)
    public String newSpeakerRole;

    @RestForm
    @Size(max = 300)
    public String venue;

    @RestForm
    public String createVenue;

    @RestForm
    public String newVenueKind;

    @RestForm
    @Pattern(regexp = NUMBER, message = "must be a source's number")
    public String source;

    @RestForm
    @Pattern(regexp = NUMBER, message = "must be a whole number")
    public String start;

    @RestForm
    @Pattern(regexp = NUMBER, message = "must be a whole number")
    public String end;

    @RestForm
    @Pattern(regexp = DATE, message = "must be a date as YYYY-MM-DD")
    public String spokenOn;

    @RestForm
    public String datePrecision;

    @RestForm
    public String status;

    @RestForm
    @Size(max = 500)
    public String reportedVia;

    @RestForm
    @Size(max = 35)
    public String language;

    @RestForm
    public String translated;

    @RestForm
    @Size(max = 4000)
    public String notes;

    @RestForm
    @Pattern(regexp = NUMBER)
    public String version;

    /** The review candidate this quote accepts, when the form comes from an article's review. */
    @RestForm
    @Pattern(regexp = NUMBER)
    public String candidate;

    /** "preview" re-shows the form with the span marked in the source; anything else saves. */
    @RestForm
    public String action;

    public boolean preview() {
        return "preview".equals(action);
    }

    public boolean checked(String box) {
        return CHECKED.equals(box);
    }

    /** The form filled with a stored quote, to edit it. */
    public static QuoteForm of(QuoteDto q) {
        QuoteForm form = new QuoteForm();
        form.text = q.text();
        form.type = q.type().name();
        form.speaker = q.speaker().name();
        form.venue = q.venue() == null ? "" : q.venue().name();
        form.source = q.source().id().toString();
        form.start = Integer.toString(q.start());
        form.end = Integer.toString(q.end());
        form.spokenOn = q.spokenOn() == null ? "" : q.spokenOn().toString();
        form.datePrecision = q.datePrecision().name();
        form.status = q.status().name();
        form.reportedVia = q.reportedVia();
        form.language = q.language();
        form.translated = q.translated() ? CHECKED : null;
        form.notes = q.notes();
        form.version = Long.toString(q.version());
        return form;
    }

    /**
     * The form filled from a review candidate: its span, type, date and reporting path, and its
     * speaker, to be created (with the role the article gives) when not yet in the database. The
     * venue is left to the editor; the article's hint goes into the notes.
     */
    public static QuoteForm fromCandidate(ReviewCandidateDto c, String knownSpeakerName, String language) {
        QuoteForm form = new QuoteForm();
        form.candidate = Long.toString(c.id());
        form.text = c.text();
        form.type = c.type().name();
        form.speaker = knownSpeakerName != null ? knownSpeakerName : c.speakerName();
        if (knownSpeakerName == null && c.speakerName() != null) {
            form.createSpeaker = CHECKED;
            form.newSpeakerKind = Boolean.FALSE.equals(c.speakerPerson()) ? SpeakerKind.ORGANIZATION.name()
                    : SpeakerKind.PERSON.name();
            form.newSpeakerRole = c.role();
        }
        form.source = Long.toString(c.sourceId());
        form.start = Integer.toString(c.start());
        form.end = Integer.toString(c.end());
        form.spokenOn = c.spokenOn() == null ? "" : c.spokenOn().toString();
        form.datePrecision = c.datePrecision().name();
        form.status = QuoteStatus.UNVERIFIED.name();
        form.reportedVia = c.reportedVia();
        form.language = language;
        form.notes = c.venueHint() == null ? null
                : "Venue as the article hints it: “" + c.venueHint() + "” (" + c.venueKind().name() + ").";
        return form;
    }

    /** An empty form, with the source already chosen when the editor came from one. */
    public static QuoteForm blank(String sourceId) {
        QuoteForm form = new QuoteForm();
        form.source = sourceId;
        form.type = "DIRECT";
        form.status = "UNVERIFIED";
        form.datePrecision = "DAY";
        return form;
    }
}
