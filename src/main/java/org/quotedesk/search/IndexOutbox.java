package org.quotedesk.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
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

    /** Deletes the entries the index now holds. Call inside a transaction. */
    static void applied(Collection<Long> entryIds) {
        for (IdSlices.Slice slice : IdSlices.of(entryIds)) {
            delete(slice.condition("id"), slice.parameters());
        }
    }
}
