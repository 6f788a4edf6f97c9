package org.quotedesk.admin;

import static org.quotedesk.common.Strings.blankToNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.Ref;
import org.quotedesk.quote.DatePrecision;
import org.quotedesk.quote.QuoteDto;
import org.quotedesk.quote.QuoteInput;
import org.quotedesk.quote.QuoteService;
import org.quotedesk.quote.QuoteStatus;
import org.quotedesk.quote.QuoteType;
import org.quotedesk.review.ReviewCandidateDto;
import org.quotedesk.review.ReviewService;
import org.quotedesk.source.SourceService;
import org.quotedesk.speaker.SpeakerInput;
import org.quotedesk.speaker.SpeakerKind;
import org.quotedesk.speaker.SpeakerService;
import org.quotedesk.venue.VenueInput;
import org.quotedesk.venue.VenueKind;
import org.quotedesk.venue.VenueService;

/**
 * Turns the quote form into a write: checks what was typed, finds the speaker and venue it names
 * (or plans their creation), and hands the rest to {@link QuoteService}, whose rules apply as for the
 * API. Every problem found comes back as a {@code ValidationFailedException} naming form fields.
 */
@ApplicationScoped
public class QuoteEditor {

    @Inject
    Validator validator;

    @Inject
    QuoteService quotes;

    @Inject
    SpeakerService speakers;

    @Inject
    VenueService venues;

    @Inject
    ReviewService reviews;

    @Inject
    SourceService sources;

    /** The quote form filled from a review candidate, with its speaker's current name when already known. */
    public QuoteForm formFor(ReviewCandidateDto c) {
        String known = c.speakerId() == null ? null : speakers.get(c.speakerId()).name();
        return QuoteForm.fromCandidate(c, known, sources.get(c.sourceId()).language());
    }

    /** Creates the quote; when it accepts a review candidate, the candidate is marked in the same transaction. */
    public QuoteDto create(QuoteForm form) {
        Checked checked = check(form);
        Long candidate = blankToNull(form.candidate) == null ? null : Long.valueOf(form.candidate.strip());
        return quotes.create(checked.input(), checked.newSpeaker(), checked.newVenue(), quoteId -> {
            if (candidate != null) {
                reviews.markAccepted(candidate, quoteId);
            }
        });
    }

    public QuoteDto save(long id, QuoteForm form) {
        Checked checked = check(form);
        return quotes.update(id, checked.input(), checked.newSpeaker(), checked.newVenue());
    }

    /** The input for QuoteService, with the speaker and venue to create, if any. */
    record Checked(QuoteInput input, SpeakerInput newSpeaker, VenueInput newVenue) {
    }

    Checked check(QuoteForm form) {
        FieldErrors.valid(validator, form);
        FieldErrors errors = new FieldErrors();

        QuoteType type = constant(QuoteType.class, form.type, "type", errors);
        DatePrecision precision = constant(DatePrecision.class, form.datePrecision, "datePrecision", errors);
        QuoteStatus status = constant(QuoteStatus.class, form.status, "status", errors);
        errors.check(blankToNull(form.source) != null, "source", "choose the source that reported the quote");
        errors.check(blankToNull(form.start) != null, "start", "give where the quote starts in the source");
        errors.check(blankToNull(form.end) != null, "end", "give where the quote ends in the source");

        Long speakerId = null;
        SpeakerInput newSpeaker = null;
        String speakerName = blankToNull(form.speaker);
        if (speakerName == null) {
            errors.add("speaker", "give the speaker's name");
        } else {
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> speakers.idsByName(speakerName));
            if (ids.size() == 1) {
                speakerId = ids.get(0);
            } else if (ids.size() > 1) {
                errors.add("speaker", ids.size() + " speakers have this name: rename one of them first");
            } else if (form.checked(form.createSpeaker)) {
                SpeakerKind kind = constant(SpeakerKind.class, form.newSpeakerKind, "newSpeakerKind", errors);
                newSpeaker = new SpeakerInput(speakerName, List.of(), kind == null ? SpeakerKind.PERSON : kind,
                        blankToNull(form.newSpeakerRole), null, null, null);
            } else {
                errors.add("speaker", "no speaker has this name or alias: tick “new speaker” to create one");
            }
        }

        Long venueId = null;
        VenueInput newVenue = null;
        String venueName = blankToNull(form.venue);
        if (venueName != null) {
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> venues.idsByName(venueName));
            if (ids.size() == 1) {
                venueId = ids.get(0);
            } else if (ids.size() > 1) {
                errors.add("venue", ids.size() + " venues have this name: rename one of them first");
            } else if (form.checked(form.createVenue)) {
                VenueKind kind = constant(VenueKind.class, form.newVenueKind, "newVenueKind", errors);
                newVenue = new VenueInput(venueName, kind == null ? VenueKind.OTHER : kind, null, null);
            } else {
                errors.add("venue", "no venue has this name: tick “new venue” to create one");
            }
        }
        LocalDate spokenOn = Forms.date(form.spokenOn, "spokenOn", errors);
        errors.throwIfAny();

        QuoteInput input = new QuoteInput(SourceForm.unixLineBreaks(form.text), type, new Ref(speakerId == null ? 0L : speakerId),
                venueName == null ? null : new Ref(venueId == null ? 0L : venueId), spokenOn, precision,
                new Ref(Long.parseLong(form.source.strip())), Integer.parseInt(form.start.strip()),
                Integer.parseInt(form.end.strip()), form.reportedVia, status, blankToNull(form.language),
                form.checked(form.translated), form.notes,
                blankToNull(form.version) == null ? null : Long.parseLong(form.version.strip()));
        return new Checked(input, newSpeaker, newVenue);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String raw, String field, FieldErrors errors) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(field, "is not one of the choices");
            return null;
        }
    }
}
