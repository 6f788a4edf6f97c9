package org.quotedesk.web.admin;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.venue.VenueKind;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.curation.QuoteCommand;
import org.quotedesk.curation.Reference;
import org.quotedesk.curation.SourceInput;
import org.quotedesk.curation.SpeakerInput;
import org.quotedesk.curation.VenueInput;
import org.quotedesk.review.CandidateQuote;
import org.quotedesk.review.ReviewCandidateDto;

/**
 * The quote form as typed: strings, so that whatever the editor typed comes back to them when it is
 * wrong. The speaker and the venue are given by name; a new one is created when the box is ticked.
 * Offsets left blank have the text located in the source's text; a citation's quotes have none.
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

    /** The last day of a BETWEEN range. */
    @RestForm
    @Pattern(regexp = DATE, message = "must be a date as YYYY-MM-DD")
    public String spokenUntil;

    @RestForm
    public String status;

    /** What a change of status rests on; empty keeps the record of a status left as it was. */
    @RestForm
    @Size(max = Quote.MAX_EVIDENCE_LENGTH)
    public String evidence;

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

    /** The candidate this form accepts, if any; its pattern is checked with the rest of the form. */
    public Long candidateId() {
        return blankToNull(candidate) == null ? null : Long.valueOf(candidate.strip());
    }

    public boolean preview() {
        return "preview".equals(action);
    }

    public boolean checked(String box) {
        return CHECKED.equals(box);
    }

    /**
     * The quote the form asks to write, without looking anything up: the speaker and venue by name
     * (to create when the box is ticked), the source by number, offsets when typed (else the text is
     * located). A value that cannot be read (a date that does not exist) is an error on its field.
     */
    public QuoteCommand toCommand(Validator validator) {
        FieldErrors.valid(validator, this);
        FieldErrors errors = new FieldErrors();
        QuoteType quoteType = Forms.constant(QuoteType.class, type, "type", errors);
        DatePrecision precision = Forms.constant(DatePrecision.class, datePrecision, "datePrecision", errors);
        QuoteStatus quoteStatus = Forms.constant(QuoteStatus.class, status, "status", errors);
        SpeakerKind speakerKind = Forms.constant(SpeakerKind.class, newSpeakerKind, "newSpeakerKind", errors);
        VenueKind venueKind = Forms.constant(VenueKind.class, newVenueKind, "newVenueKind", errors);
        LocalDate said = Forms.date(spokenOn, "spokenOn", errors);
        LocalDate saidUntil = Forms.date(spokenUntil, "spokenUntil", errors);
        errors.throwIfAny();

        String speakerName = blankToNull(speaker);
        Reference<SpeakerInput> speakerRef = new Reference.ByName<>(speakerName, !checked(createSpeaker) ? null
                : new SpeakerInput(speakerName, List.of(), speakerKind == null ? SpeakerKind.PERSON : speakerKind,
                        blankToNull(newSpeakerRole), null, null, null));
        String venueName = blankToNull(venue);
        Reference<VenueInput> venueRef = venueName == null ? null : new Reference.ByName<>(venueName,
                !checked(createVenue) ? null
                        : new VenueInput(venueName, venueKind == null ? VenueKind.OTHER : venueKind, null, null));
        Reference<SourceInput> sourceRef = blankToNull(source) == null ? null
                : new Reference.ById<>(Long.parseLong(source.strip()));
        return new QuoteCommand(SourceForm.unixLineBreaks(text), quoteType, speakerRef, venueRef, said, precision,
                saidUntil, sourceRef, Forms.number(start), Forms.number(end), reportedVia, quoteStatus, blankToNull(evidence),
                blankToNull(language), checked(translated), notes, Forms.version(version));
    }

    /** The form filled with a stored quote, to edit it. */
    public static QuoteForm of(QuoteDto q) {
        QuoteForm form = new QuoteForm();
        form.text = q.text();
        form.type = q.type().name();
        form.speaker = q.speaker().name();
        form.venue = q.venue() == null ? "" : q.venue().name();
        form.source = q.source().id().toString();
        form.start = q.start() == null ? "" : q.start().toString();
        form.end = q.end() == null ? "" : q.end().toString();
        form.spokenOn = q.spokenOn() == null ? "" : q.spokenOn().toString();
        form.datePrecision = q.datePrecision().name();
        form.spokenUntil = q.spokenUntil() == null ? "" : q.spokenUntil().toString();
        form.status = q.status().name();
        form.reportedVia = q.reportedVia();
        form.language = q.language();
        form.translated = q.translated() ? CHECKED : null;
        form.notes = q.notes();
        form.version = Long.toString(q.version());
        return form;
    }

    /**
     * The form filled from a review candidate (as {@link CandidateQuote} reads it), for the editor to
     * complete: its speaker by the stored name, or by the name the article gives, ticked to create.
     * {@code otherSpeaker}, when it is one of the candidate's alternatives, is the speaker instead: a
     * person, found by that name or created (any other value is ignored).
     */
    public static QuoteForm fromCandidate(ReviewCandidateDto c, String otherSpeaker) {
        QuoteForm form = new QuoteForm();
        form.candidate = Long.toString(c.id());
        form.text = c.text();
        form.type = c.type().name();
        if (otherSpeaker != null && c.speakerAlternatives().contains(otherSpeaker)) {
            form.speaker = otherSpeaker;
            form.createSpeaker = CHECKED;
            form.newSpeakerKind = SpeakerKind.PERSON.name();
        } else {
            form.speaker = c.knownSpeakerName() != null ? c.knownSpeakerName() : c.speakerName();
            if (c.knownSpeakerName() == null && c.speakerName() != null) {
                form.createSpeaker = CHECKED;
                form.newSpeakerKind = CandidateQuote.kindOf(c).name();
                form.newSpeakerRole = c.role();
            }
        }
        form.source = Long.toString(c.sourceId());
        form.start = Integer.toString(c.start());
        form.end = Integer.toString(c.end());
        form.spokenOn = c.spokenOn() == null ? "" : c.spokenOn().toString();
        form.datePrecision = c.datePrecision().name();
        form.spokenUntil = c.spokenUntil() == null ? "" : c.spokenUntil().toString();
        form.status = QuoteStatus.UNVERIFIED.name();
        form.reportedVia = c.reportedVia();
        form.notes = CandidateQuote.venueNote(c);
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
