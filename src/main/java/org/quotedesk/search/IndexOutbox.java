package org.quotedesk.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.hibernate.LockOptions;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.AvailableHints;
import org.quotedesk.catalogue.quote.QuoteReference;
import org.quotedesk.common.IdSlices;
import org.quotedesk.common.Identified;

/**
 * Quotes whose search document must be rewritten, written in the same transaction as the change
 * itself: a crash between the database commit and the index update leaves the entry behind, and
 * the next start applies it. Every write that changes what a quote's document holds enqueues here.
 */
@Entity
@Table(name = "search_outbox")
public class IndexOutbox extends Identified {

    @Column(name = "quote_id", nullable = false)
    public long quoteId;

    /** Enqueues one quote (created, updated or deleted). Call inside the writing transaction. */
    public static void quote(long quoteId) {
        IndexOutbox entry = new IndexOutbox();
        entry.quoteId = quoteId;
        entry.persist();
    }

    /** Enqueues every quote of a speaker, a venue or a source whose indexed fields changed. */
    public static void quotesOf(QuoteReference reference, long id) {
        getEntityManager()
                .createNativeQuery("insert into search_outbox (quote_id) select id from quote where " + reference.column
                        + " = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Enqueues every quote a chunk of an import created. */
    public static void importedBy(long importEntry) {
        getEntityManager()
                .createNativeQuery("insert into search_outbox (quote_id) select id from quote where import_entry_id = ?1")
                .setParameter(1, importEntry)
                .executeUpdate();
    }

    /**
     * The next {@code limit} entries after {@code afterId}, by id, as (entry id, quote id). Locked,
     * the entries another transaction holds are skipped and these are held until this transaction
     * ends. Call inside a transaction.
     */
    static List<Object[]> next(long afterId, int limit, boolean locked) {
        if (!locked) {
            return getEntityManager()
                    .createQuery("select e.id, e.quoteId from IndexOutbox e where e.id > ?1 order by e.id", Object[].class)
                    .setParameter(1, afterId).setMaxResults(limit).getResultList();
        }
        // Entities, not columns: Hibernate leaves the lock out of a query that selects columns only.
        List<IndexOutbox> entries = getEntityManager()
                .createQuery("from IndexOutbox e where e.id > ?1 order by e.id", IndexOutbox.class)
                .setParameter(1, afterId).setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .getResultList();
        return entries.stream().map(e -> new Object[] {e.id, e.quoteId}).toList();
    }

    /** The newest entry's id, 0 when there is none. Call inside a transaction. */
    static long lastId() {
        return getEntityManager().createQuery("select coalesce(max(e.id), 0) from IndexOutbox e", Long.class)
                .getSingleResult();
    }

    /** The next number of {@code search_write_version}, which orders writes to a shared index. */
    static long nextVersion() {
        Dialect dialect = getEntityManager().getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        String next = dialect.getSequenceSupport().getSequenceNextValString("search_write_version");
        return ((Number) getEntityManager().createNativeQuery(next).getSingleResult()).longValue();
    }

    /** Deletes the entries the index now holds. Call inside a transaction. */
    static void applied(Collection<Long> entryIds) {
        for (IdSlices.Slice slice : IdSlices.of(entryIds)) {
            delete(slice.condition("id"), slice.parameters());
        }
    }
}
