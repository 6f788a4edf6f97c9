package org.quotedesk.curation;

import static org.quotedesk.common.Strings.blankToNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.quotedesk.catalogue.RecordChanged;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.DuplicateQuoteException;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteRules;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.TextFingerprint;
import org.quotedesk.catalogue.quote.Verification;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.statement.StatementCoverage;
import org.quotedesk.catalogue.venue.Venue;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.common.Writes;

/**
 * The one writer of quotes, whatever they come from (the API, an import, the admin form, a review
 * candidate): it owns the transaction, checks a {@link QuoteCommand} once (its fields, its speaker,
 * venue and source, its place in the source's text, its date, the duplicate rule), creates the
 * records it names for the first time, and records the change in the audit trail. Lists of quotes
 * come from the search.
 */
@ApplicationScoped
public class Quotes {

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RecordChanged> changes;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    References references;

    @Inject
    Speakers speakers;

    @Inject
    Venues venues;

    @Inject
    Sources sources;

    @Inject
    StatementLinker statements;

    @Inject
    QuoteStatusRecord statuses;

    @Transactional
    public QuoteDto get(long id) {
        return Quote.<Quote>find(Quote.WITH_REFERENCES + "where q.id = ?1", id)
                .firstResultOptional()
                .map(QuoteDto::from)
                .orElseThrow(() -> new ResourceNotFoundException("quote", id));
    }

    /** The quote's history, newest first, from the import that created it, if one did. */
    @Transactional
    public List<AuditView> history(long id) {
        Quote quote = Quote.findById(id);
        return audit.history(RecordType.QUOTE, id, quote == null ? null : quote.importEntry);
    }

    /** Who set the status of each of these quotes, when, on what evidence: those whose status someone set. */
    @Transactional
    public Map<Long, Verification> verifications(Collection<Long> ids) {
        return Quote.verifications(ids);
    }

    public QuoteDto create(QuoteCommand command) {
        return create(command, id -> { });
    }

    /** Creates the quote and then, in the same transaction, runs {@code andThen} with its id: if that fails, nothing is written. */
    public QuoteDto create(QuoteCommand command, LongConsumer andThen) {
        return writes.commit(() -> {
            Quote quote = insertAudited(command, new References.Memory(), true);
            andThen.accept(quote.id);
            return QuoteDto.from(quote);
        });
    }

    public QuoteDto update(long id, QuoteCommand command) {
        return writes.commit(() -> {
            Quote quote = find(id);
            ConflictException.checkVersion("quote", id, command.version(), quote.version);
            Map<String, String> before = QuoteDto.from(quote).auditFields();
            String textBefore = quote.text;
            long speakerBefore = quote.speaker.id;
            write(command, quote, new References.Memory(), true);
            storeOnce(Quote.getEntityManager()::flush);
            if (!quote.text.equals(textBefore) || quote.speaker.id != speakerBefore) {
                linked(quote, statements.relink(quote.id, quote.speaker.id, quote.text, quote.statementId,
                        quote.speaker.id != speakerBefore, quote.statementPinned));
            }
            changes.fire(new RecordChanged(RecordType.QUOTE, id));
            QuoteDto updated = QuoteDto.from(quote);
            audit.updated(RecordType.QUOTE, id, updated.label(), before, updated.auditFields());
            return updated;
        });
    }

    /**
     * Changes the status of a quote alone ({@code PATCH}): a 400 naming the field when the evidence
     * is missing or not a link or note; a 409 when the version given is stale.
     */
    public QuoteDto changeStatus(long id, StatusChange change) {
        FieldErrors.valid(validator, change);
        return writes.commit(() -> {
            Quote quote = find(id);
            if (change.version() != null) {
                ConflictException.checkVersion("quote", id, change.version(), quote.version);
            }
            return changeStatus(quote, change);
        });
    }

    /**
     * Gives the quotes one status on one evidence, in one transaction, each change audited on its
     * quote: all or none. Returns how many changed (one already so is left as it is).
     */
    public int changeStatuses(Collection<Long> ids, StatusChange change) {
        FieldErrors.valid(validator, change);
        return writes.commit(() -> {
            int changed = 0;
            for (long id : ids) {
                Quote quote = find(id);
                long version = quote.version;
                changeStatus(quote, change);
                changed += quote.version != version ? 1 : 0;
            }
            return changed;
        });
    }

    private QuoteDto changeStatus(Quote quote, StatusChange change) {
        FieldErrors errors = new FieldErrors();
        QuoteStatusRecord.check(quote.status, change.status(), change.evidence(), true, errors);
        errors.throwIfAny();
        Map<String, String> before = QuoteDto.from(quote).auditFields();
        statuses.set(quote, change.status(), change.evidence());
        Quote.getEntityManager().flush();
        QuoteDto changed = QuoteDto.from(quote);
        Map<String, String> after = changed.auditFields();
        if (!after.equals(before)) {
            changes.fire(new RecordChanged(RecordType.QUOTE, quote.id));
            audit.updated(RecordType.QUOTE, quote.id, changed.label(), before, after);
        }
        return changed;
    }

    public void delete(long id) {
        writes.commit(() -> {
            Quote quote = find(id);
            QuoteDto deleted = QuoteDto.from(quote);
            quote.delete();
            Quote.getEntityManager().flush();
            statements.left(quote.statementId);
            changes.fire(new RecordChanged(RecordType.QUOTE, id));
            audit.deleted(RecordType.QUOTE, id, deleted.label(), deleted.auditFields(), byIds(deleted));
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
        QuoteCommand command;
        try {
            command = json.readValue(data, QuoteInput.class).toCommand();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable restore data in audit entry " + auditEntryId, e);
        }
        return writes.commit(() -> {
            Quote quote;
            try {
                quote = persistNew(command, new References.Memory(), false);
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
     * Checks and stores a new quote in the current transaction (with the records it names for the
     * first time), for a caller that writes many: the index catches up once the caller announces its
     * commit. {@code memory} keeps the names found or created for the caller's next quotes.
     *
     * A status may come without evidence: set elsewhere, it is brought here (see {@link QuoteStatusRecord#check}).
     *
     * @throws DuplicateQuoteException when the same speaker's same text from the same source is stored
     */
    // Both refusals come before any write, so the caller's transaction stays usable: an import goes on.
    @Transactional(value = Transactional.TxType.MANDATORY,
            dontRollbackOn = {DuplicateQuoteException.class, ValidationFailedException.class})
    public Quote insert(QuoteCommand command, References.Memory memory) {
        return insertAudited(command, memory, false);
    }

    private Quote insertAudited(QuoteCommand command, References.Memory memory, boolean evidenceRequired) {
        Quote quote = persistNew(command, memory, evidenceRequired);
        QuoteDto created = QuoteDto.from(quote);
        audit.created(RecordType.QUOTE, quote.id, created.label(), created.auditFields());
        return quote;
    }

    /** {@code evidenceRequired}: see {@link QuoteStatusRecord#check}. */
    private Quote persistNew(QuoteCommand command, References.Memory memory, boolean evidenceRequired) {
        Quote quote = new Quote();
        write(command, quote, memory, evidenceRequired);
        storeOnce(quote::persist);
        linked(quote, statements.link(quote.id, quote.speaker.id, quote.text));
        changes.fire(new RecordChanged(RecordType.QUOTE, quote.id));
        return quote;
    }

    /** What the linker wrote in SQL, onto the quote in memory, for the answer. */
    private static void linked(Quote quote, long statement) {
        quote.statementId = statement;
        quote.statementReports = StatementCoverage.reportCounts(List.of(statement)).getOrDefault(statement, 1L);
    }

    /**
     * Checks the whole command (a 400 listing every error), refuses a duplicate, and only then
     * creates the records it names for the first time and copies it onto the quote.
     */
    private void write(QuoteCommand command, Quote quote, References.Memory memory, boolean evidenceRequired) {
        Checked checked = check(command, quote.status, evidenceRequired, memory);
        if (checked.speaker().stored() != null && checked.source().stored() != null) {
            rejectDuplicate(checked.speaker().stored(), checked.source().stored(), checked.text(), quote.id);
        }
        copy(checked, quote, memory, null);
    }

    /** A command checked against the rules and the records it names, ready to store. */
    record Checked(QuoteCommand command, References.Resolved<Speaker, SpeakerInput> speaker,
            References.Resolved<Venue, VenueInput> venue, References.Resolved<Source, SourceInput> source,
            DatePrecision precision, QuoteRules.Span span, String text) {
    }

    /**
     * Every error of the command at once; nothing is written. {@code current}: the stored quote's
     * status, null for a new quote; {@code evidenceRequired}: see {@link QuoteStatusRecord#check}.
     */
    Checked check(QuoteCommand command, QuoteStatus current, boolean evidenceRequired, References.Memory memory) {
        FieldErrors errors = new FieldErrors().addAll(validator.validate(command));
        QuoteStatusRecord.check(current, command.status(), command.evidence(), evidenceRequired, errors);
        var speaker = command.speaker() == null ? null
                : references.resolve(speakers, command.speaker(), "speaker", memory, errors);
        var venue = command.venue() == null ? null
                : references.resolve(venues, command.venue(), "venue", memory, errors);
        var source = command.source() == null ? null
                : references.resolve(sources, command.source(), "source", memory, errors);
        DatePrecision precision = QuoteRules.precisionOf(command.spokenOn(), command.datePrecision());
        QuoteRules.Span span = null;
        if (source != null) {
            Source stored = source.stored();
            SourceInput created = source.toCreate();
            LocalDate publishedOn = stored != null ? stored.publishedOn : created.publishedOn();
            String text = stored != null ? stored.text : blankToNull(created.text());
            QuoteRules.checkDate(command.spokenOn(), precision, command.spokenUntil(), publishedOn, errors);
            if (command.text() != null && !command.text().isBlank()) {
                span = QuoteRules.span(command.text(), command.start(), command.end(), text, errors);
            }
        }
        errors.throwIfAny();
        return new Checked(command, speaker, venue, source, precision, span,
                span != null ? span.text() : command.text());
    }

    /** Creates the records the command names for the first time, and copies it onto the quote. */
    void copy(Checked checked, Quote quote, References.Memory memory, Long importEntry) {
        QuoteCommand command = checked.command();
        QuoteRules.Span span = checked.span();
        quote.speaker = references.store(speakers, checked.speaker(), memory, importEntry);
        quote.venue = references.store(venues, checked.venue(), memory, importEntry);
        quote.source = references.store(sources, checked.source(), memory, importEntry);
        quote.text = checked.text();
        quote.startOffset = span == null ? null : span.start();
        quote.endOffset = span == null ? null : span.end();
        quote.type = command.type();
        quote.spokenOn = command.spokenOn();
        quote.datePrecision = checked.precision();
        quote.spokenUntil = command.spokenUntil();
        quote.reportedVia = blankToNull(command.reportedVia());
        statuses.set(quote, command.status(), command.evidence());
        quote.language = command.language() != null ? command.language() : quote.source.language;
        quote.translated = Boolean.TRUE.equals(command.translated());
        quote.notes = blankToNull(command.notes());
        quote.importEntry = importEntry;
    }

    /** Another stored quote by the same speaker, in the same source, with the same normalised text. */
    private static void rejectDuplicate(Speaker speaker, Source source, String text, Long id) {
        Quote duplicate = Quote.<Quote>find("speaker = ?1 and source = ?2 and textFingerprint = ?3 and id <> ?4",
                speaker, source, TextFingerprint.of(text), id == null ? -1L : id).firstResult();
        if (duplicate != null) {
            throw new DuplicateQuoteException(duplicate.id);
        }
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

    private static Quote find(long id) {
        return Quote.<Quote>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("quote", id));
    }

    /** The quote as a client would write it again, its references by id: what a restore needs. */
    private static QuoteInput byIds(QuoteDto q) {
        return new QuoteInput(q.text(), q.type(), new QuoteInput.SpeakerReference(q.speaker().id(), null, null, null,
                null, null, null), q.venue() == null ? null : new QuoteInput.VenueReference(q.venue().id(), null, null,
                null), q.spokenOn(), q.datePrecision(), q.spokenUntil(), new QuoteInput.SourceReference(q.source().id(), null, null, null,
                null, null, null, null, null, null), q.start(), q.end(), q.reportedVia(), q.status(),
                q.verification() == null ? null : q.verification().evidence(), q.language(),
                q.translated(), q.notes(), null);
    }
}
