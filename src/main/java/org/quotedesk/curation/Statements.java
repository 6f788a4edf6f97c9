package org.quotedesk.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quotedesk.catalogue.RecordChanged;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.speaker.SpeakerRef;
import org.quotedesk.catalogue.statement.StatementConflict;
import org.quotedesk.catalogue.statement.StatementCoverage;
import org.quotedesk.catalogue.statement.StatementDto;
import org.quotedesk.catalogue.statement.StatementStore;
import org.quotedesk.catalogue.statement.Wording;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ResultPage;
import org.quotedesk.common.Writes;

/**
 * Statements as readers see them, and the editors' corrections of the linker: splitting a report off
 * into a statement of its own, and merging two statements of one speaker. A corrected report is
 * pinned: relinking leaves it where the editor put it. Every moved report is audited as a change of
 * its statement.
 */
@ApplicationScoped
public class Statements {

    /** A statement shows at most this many reports, the first reported first. */
    public static final int MAX_REPORTS = 500;

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RecordChanged> changes;

    @Inject
    StatementLinker linker;

    @Transactional
    public StatementDto get(long id) {
        List<Quote> quotes = Quote.<Quote>find(Quote.WITH_REFERENCES + "where q.statementId = ?1", id)
                .page(0, MAX_REPORTS).list();
        if (quotes.isEmpty()) {
            throw new ResourceNotFoundException("statement", id);
        }
        List<QuoteDto> reports = quotes.stream().map(QuoteDto::from).sorted(FIRST_REPORTED).toList();
        QuoteDto first = reports.get(0);
        Set<List<String>> wordings = new HashSet<>();
        reports.forEach(r -> wordings.add(Wording.of(r.text()).forms()));
        return new StatementDto(id, first.speaker(), first.text(), first, reports, wordings.size(),
                alsoAttributedTo(quotes.get(0).speaker.id, quotes.stream().map(q -> q.id).toList()));
    }

    /** How widely the statement was reported: reports, outlets, the first outlet and when. */
    @Transactional
    public StatementCoverage coverage(long id) {
        StatementCoverage coverage = StatementCoverage.of(List.of(id)).get(id);
        if (coverage == null) {
            throw new ResourceNotFoundException("statement", id);
        }
        return coverage;
    }

    /** The statement's first report: the earliest publication, then the quote stored first. */
    @Transactional
    public QuoteDto firstReport(long statementId) {
        return Quote.<Quote>find(Quote.WITH_REFERENCES + "where q.statementId = ?1"
                + " order by q.source.publishedOn nulls last, q.id", statementId).firstResultOptional()
                .map(QuoteDto::from).orElseThrow(() -> new ResourceNotFoundException("statement", statementId));
    }

    /** Earliest publication first (a source without a date last), then the quote stored first. */
    static final Comparator<QuoteDto> FIRST_REPORTED = Comparator
            .comparing((QuoteDto q) -> q.source().publishedOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(QuoteDto::id);

    /** Speakers other than {@code speakerId} of quotes with the same words as any of {@code quoteIds}. */
    @Transactional
    public List<SpeakerRef> alsoAttributedTo(long speakerId, List<Long> quoteIds) {
        if (quoteIds.isEmpty()) {
            return List.of();
        }
        List<Speaker> others = Speaker.getEntityManager().createQuery("from Speaker s where s.id in (select o.speaker.id"
                + " from Quote o where o.wordingHash in (select q.wordingHash from Quote q where q.id in :ids)"
                + " and o.speaker.id <> :speaker) order by s.id", Speaker.class)
                .setParameter("ids", quoteIds).setParameter("speaker", speakerId).setMaxResults(20).getResultList();
        return others.stream().map(SpeakerRef::from).toList();
    }

    /** A quote with the same words as another speaker's quote: the condition of a conflict, in SQL. */
    private static final String CONFLICTING = " from quote q where q.statement_id is not null and exists (select 1"
            + " from quote o where o.wording_hash = q.wording_hash and o.speaker_id <> q.speaker_id)";

    /**
     * Statements whose words are also attributed to another speaker, newest statement first: a page of
     * them, each with its first such report (by id) and the other speakers. The count and the page each
     * look every linked quote up once in the index on {@code wording_hash}; the page's reports are then
     * read in one query, and the other speakers in one query of at most 20 rows per statement shown.
     */
    @Transactional
    public ResultPage<StatementConflict> conflicts(PageRequest request) {
        EntityManager em = Quote.getEntityManager();
        long total = ((Number) em.createNativeQuery("select count(distinct q.statement_id)" + CONFLICTING)
                .getSingleResult()).longValue();
        List<?> rows = em.createNativeQuery("select q.statement_id, min(q.id)" + CONFLICTING
                + " group by q.statement_id order by q.statement_id desc").setFirstResult(request.offset())
                .setMaxResults(request.size()).getResultList();
        Map<Long, Quote> reports = new HashMap<>();
        List<Long> quoteIds = rows.stream().map(row -> ((Number) ((Object[]) row)[1]).longValue()).toList();
        if (!quoteIds.isEmpty()) {
            Quote.<Quote>find(Quote.WITH_REFERENCES + "where q.id in ?1", quoteIds).list()
                    .forEach(q -> reports.put(q.id, q));
        }
        List<StatementConflict> conflicts = quoteIds.stream().map(reports::get).filter(Objects::nonNull)
                .map(q -> new StatementConflict(q.statementId, QuoteDto.from(q),
                        alsoAttributedTo(q.speaker.id, List.of(q.id))))
                .toList();
        return new ResultPage<>(conflicts, total, request.page(), request.size());
    }

    /** Moves the quote into a statement of its own; returns that statement. */
    public StatementDto split(long statementId, long quoteId) {
        return writes.commit(() -> {
            Quote quote = reportOf(statementId, quoteId);
            if (StatementCoverage.reportCounts(List.of(statementId)).getOrDefault(statementId, 0L) < 2) {
                new FieldErrors().add("quote", "is the statement's only report: there is nothing to split it from")
                        .throwIfAny();
            }
            long id = StatementStore.newStatementId();
            moved(quote, id);
            linker.regroup(statementId);
            return get(id);
        });
    }

    /** Moves every report of {@code fromId} into {@code intoId}; both must be statements of one speaker. */
    public StatementDto merge(long intoId, long fromId) {
        return writes.commit(() -> {
            List<Quote> into = Quote.list("statementId", intoId);
            List<Quote> from = Quote.list("statementId", fromId);
            if (into.isEmpty()) {
                throw new ResourceNotFoundException("statement", intoId);
            }
            if (from.isEmpty() || intoId == fromId) {
                new FieldErrors().add("from", "must be another statement's id").throwIfAny();
            }
            if (!into.get(0).speaker.id.equals(from.get(0).speaker.id)) {
                throw new ConflictException("Statements of different speakers are never one statement: "
                        + "correct the quote's speaker first.");
            }
            from.forEach(quote -> moved(quote, intoId));
            return get(intoId);
        });
    }

    private Quote reportOf(long statementId, long quoteId) {
        Quote quote = Quote.findById(quoteId);
        if (quote == null || quote.statementId == null || quote.statementId != statementId) {
            throw new ResourceNotFoundException("report of statement " + statementId + ": quote", quoteId);
        }
        return quote;
    }

    private void moved(Quote quote, long statement) {
        String before = "#" + quote.statementId;
        StatementStore.assign(quote.id, statement, true, quote.wordingHash);
        changes.fire(new RecordChanged(RecordType.QUOTE, quote.id));
        audit.updated(RecordType.QUOTE, quote.id, QuoteDto.from(quote).label(), Map.of("statement", before),
                Map.of("statement", "#" + statement));
    }
}
