package org.quotedesk.quote;

import static org.quotedesk.common.Strings.blankToNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.quotedesk.audit.AuditTrail;
import org.quotedesk.audit.RecordType;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.common.Writes;
import org.quotedesk.search.IndexOutbox;
import org.quotedesk.source.Source;
import org.quotedesk.speaker.Speaker;
import org.quotedesk.speaker.SpeakerInput;
import org.quotedesk.speaker.SpeakerService;
import org.quotedesk.venue.Venue;
import org.quotedesk.venue.VenueInput;
import org.quotedesk.venue.VenueService;

/**
 * Single quotes: reading, and the rules of writing them. Lists of quotes come from
 * {@code QuoteSearchService}. Every write enqueues the quote for the search index in its
 * transaction, and brings the index up to date once committed.
 */
@ApplicationScoped
public class QuoteService {

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Inject
    SpeakerService speakers;

    @Inject
    VenueService venues;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Transactional
    public QuoteDto get(long id) {
        return Quote.<Quote>find(Quote.WITH_REFERENCES + "where q.id = ?1", id)
                .firstResultOptional()
                .map(QuoteDto::from)
                .orElseThrow(() -> new ResourceNotFoundException("quote", id));
    }

    public QuoteDto create(QuoteInput input) {
        return writes.commit(() -> QuoteDto.from(insert(input)));
    }

    /**
     * Creates the quote together with the speaker and venue it names for the first time (either may
     * be null), in one transaction: if the quote is refused, they are not created either.
     */
    public QuoteDto create(QuoteInput input, SpeakerInput newSpeaker, VenueInput newVenue) {
        return create(input, newSpeaker, newVenue, id -> { });
    }

    /**
     * As {@link #create(QuoteInput, SpeakerInput, VenueInput)}, and then, in the same transaction,
     * {@code andThen} with the new quote's id: if it throws, nothing is created.
     */
    public QuoteDto create(QuoteInput input, SpeakerInput newSpeaker, VenueInput newVenue, LongConsumer andThen) {
        return writes.commit(() -> {
            Quote quote = insert(withNewReferences(input, newSpeaker, newVenue));
            andThen.accept(quote.id);
            return QuoteDto.from(quote);
        });
    }

    public QuoteDto update(long id, QuoteInput input, SpeakerInput newSpeaker, VenueInput newVenue) {
        return writes.commit(() -> updateInTransaction(id, withNewReferences(input, newSpeaker, newVenue)));
    }

    private QuoteInput withNewReferences(QuoteInput input, SpeakerInput newSpeaker, VenueInput newVenue) {
        long speakerId = newSpeaker != null ? speakers.insert(newSpeaker).id : input.speaker().id();
        Long venueId = newVenue != null ? venues.insert(newVenue).id : input.venue() == null ? null : input.venue().id();
        return input.withReferences(speakerId, venueId);
    }

    public QuoteDto update(long id, QuoteInput input) {
        return writes.commit(() -> updateInTransaction(id, input));
    }

    private QuoteDto updateInTransaction(long id, QuoteInput input) {
        Quote quote = Quote.<Quote>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("quote", id));
        ConflictException.checkVersion("quote", id, input.version(), quote.version);
        Map<String, String> before = QuoteDto.from(quote).auditFields();
        apply(input, quote);
        rejectDuplicate(quote);
        storeOnce(Quote.getEntityManager()::flush);
        IndexOutbox.quote(id);
        QuoteDto updated = QuoteDto.from(quote);
        audit.updated(RecordType.QUOTE, id, updated.label(), before, updated.auditFields());
        return updated;
    }

    public void delete(long id) {
        writes.commit(() -> {
            Quote quote = Quote.<Quote>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("quote", id));
            QuoteDto deleted = QuoteDto.from(quote);
            quote.delete();
            IndexOutbox.quote(id);
            audit.deleted(RecordType.QUOTE, id, deleted.label(), deleted.auditFields(), deleted.toInput());
        });
    }

    /**
     * Brings back a deleted quote from its audit entry, as a new quote; a 409 if its speaker or source
     * has gone since, or if it has been restored already.
     */
    public QuoteDto restore(long auditEntryId) {
        String data = audit.restoreData(auditEntryId);
        if (data == null) {
            throw new ResourceNotFoundException("deleted quote in the audit trail", auditEntryId);
        }
        QuoteInput input;
        try {
            input = json.readValue(data, QuoteInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable restore data in audit entry " + auditEntryId, e);
        }
        return writes.commit(() -> {
            Quote quote;
            try {
                quote = persistNew(input);
            } catch (ValidationFailedException e) {
                throw new ConflictException("This quote cannot be restored as it was: " + String.join("; ",
                        e.errors().stream().map(f -> f.field() + " " + f.message()).toList()) + ".");
            }
            QuoteDto restored = QuoteDto.from(quote);
            audit.restored(RecordType.QUOTE, quote.id, restored.label(), restored.auditFields(), auditEntryId);
            return restored;
        });
    }

    /**
     * Checks and stores a new quote in the current transaction, and enqueues it for the index; the
     * caller brings the index up to date after the commit.
     *
     * @throws DuplicateQuoteException when the same speaker's same text from the same source is stored
     */
    // Both refusals come before any write, so the caller's transaction stays usable: an import goes on.
    @Transactional(value = Transactional.TxType.MANDATORY,
            dontRollbackOn = {DuplicateQuoteException.class, ValidationFailedException.class})
    public Quote insert(QuoteInput input) {
        Quote quote = persistNew(input);
        QuoteDto created = QuoteDto.from(quote);
        audit.created(RecordType.QUOTE, quote.id, created.label(), created.auditFields());
        return quote;
    }

    private Quote persistNew(QuoteInput input) {
        Quote quote = new Quote();
        apply(input, quote);
        rejectDuplicate(quote);
        storeOnce(quote::persist);
        IndexOutbox.quote(quote.id);
        return quote;
    }

    /**
     * Writes the quote: the check above reads, and a write at the same time may store the same quote
     * between the read and this; the database's unique constraint refuses the second.
     */
    private static void storeOnce(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (DuplicateQuoteException.causedBy(e)) {
                throw new DuplicateQuoteException(null);
            }
            throw e;
        }
    }

    /** Another stored quote by the same speaker, in the same source, with the same normalised text. */
    private static void rejectDuplicate(Quote quote) {
        Quote duplicate = Quote.<Quote>find("speaker = ?1 and source = ?2 and textFingerprint = ?3 and id <> ?4",
                quote.speaker, quote.source, TextFingerprint.of(quote.text), quote.id == null ? -1L : quote.id)
                .firstResult();
        if (duplicate != null) {
            throw new DuplicateQuoteException(duplicate.id);
        }
    }

    /**
     * Refuses to delete a speaker, venue or source that quotes still refer to: quotes are never left
     * without their speaker or source. Call inside the deleting transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseIfQuoted(QuoteReference reference, long id, String description) {
        long quoted = countBy(reference, List.of(id)).getOrDefault(id, 0L);
        if (quoted > 0) {
            throw new ConflictException(description + " is the " + reference.association + " of " + quoted
                    + " quote(s): delete them, or give them another " + reference.association + ", first.");
        }
    }

    /** Number of quotes per speaker, venue or source, for the given ids (absent: none). */
    @Transactional
    public Map<Long, Long> countBy(QuoteReference reference, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        String path = "q." + reference.association + ".id";
        Quote.getEntityManager()
                .createQuery("select " + path + ", count(q) from Quote q where " + path + " in :ids group by " + path,
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Checks the input against the stored records and copies it onto the quote; a 400 listing every error. */
    private void apply(QuoteInput input, Quote quote) {
        FieldErrors.valid(validator, input);
        FieldErrors errors = new FieldErrors();
        Speaker speaker = Speaker.findById(input.speaker().id());
        errors.check(speaker != null, "speaker.id", "no speaker has this id");
        Venue venue = input.venue() == null ? null : Venue.findById(input.venue().id());
        errors.check(input.venue() == null || venue != null, "venue.id", "no venue has this id");
        Source source = Source.findById(input.source().id());
        errors.check(source != null, "source.id", "no source has this id");
        if (source != null) {
            QuoteRules.check(input, source.text, source.publishedOn, errors);
        }
        errors.throwIfAny();

        quote.text = input.text();
        quote.type = input.type();
        quote.speaker = speaker;
        quote.venue = venue;
        quote.spokenOn = input.spokenOn();
        quote.datePrecision = QuoteRules.precisionOf(input);
        quote.source = source;
        quote.startOffset = input.start();
        quote.endOffset = input.end();
        quote.reportedVia = blankToNull(input.reportedVia());
        quote.status = input.status() != null ? input.status() : QuoteStatus.UNVERIFIED;
        quote.language = input.language() != null ? input.language() : source.language;
        quote.translated = Boolean.TRUE.equals(input.translated());
        quote.notes = blankToNull(input.notes());
    }
}
