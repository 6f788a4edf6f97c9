package org.quotedesk.quote;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.common.Writes;
import org.quotedesk.search.IndexOutbox;
import org.quotedesk.source.Source;
import org.quotedesk.speaker.Speaker;
import org.quotedesk.venue.Venue;

/**
 * Single quotes: reading, and the rules of writing them. Lists of quotes come from
 * {@code QuoteSearchService}. Every write enqueues the quote for the search index in its
 * transaction, and brings the index up to date once committed.
 */
@ApplicationScoped
public class QuoteService {

    @Inject
    Writes writes;

    @Transactional
    public QuoteDto get(long id) {
        return Quote.<Quote>find(Quote.WITH_REFERENCES + "where q.id = ?1", id)
                .firstResultOptional()
                .map(QuoteDto::from)
                .orElseThrow(() -> new ResourceNotFoundException("quote", id));
    }

    public QuoteDto create(QuoteInput input) {
        QuoteDto created = writes.commit(() -> QuoteDto.from(insert(input)));
        return created;
    }

    public QuoteDto update(long id, QuoteInput input) {
        QuoteDto updated = writes.commit(() -> {
            Quote quote = Quote.<Quote>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("quote", id));
            ConflictException.checkVersion("quote", id, input.version(), quote.version);
            apply(input, quote);
            rejectDuplicate(quote);
            Quote.getEntityManager().flush();
            IndexOutbox.quote(id);
            return QuoteDto.from(quote);
        });
        return updated;
    }

    public void delete(long id) {
        writes.commit(() -> {
            if (!Quote.deleteById(id)) {
                throw new ResourceNotFoundException("quote", id);
            }
            IndexOutbox.quote(id);
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
        Quote quote = new Quote();
        apply(input, quote);
        rejectDuplicate(quote);
        quote.persist();
        IndexOutbox.quote(quote.id);
        return quote;
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
    private static void apply(QuoteInput input, Quote quote) {
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
