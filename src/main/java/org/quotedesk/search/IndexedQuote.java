package org.quotedesk.search;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.query.Query;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.venue.VenueKind;
import org.quotedesk.common.IdSlices;

/**
 * What a quote's search document is made of, read as plain values: the index reads every quote it
 * rebuilds or catches up with, and loading them as entities (with their speaker, venue and source)
 * cost more than the indexing itself.
 */
record IndexedQuote(StoredQuote stored, List<String> speakerAliases, String speakerAffiliation,
        String venueLocation) {

    private static final String SELECT = "select q.id, q.text, q.type, s.id, s.name, s.kind, s.role, s.affiliation,"
            + " v.id, v.name, v.kind, v.location, q.spokenOn, q.datePrecision, q.spokenUntil, src.id, src.title, src.publisher,"
            + " src.publishedOn, src.url, src.locator, q.startOffset, q.endOffset, q.reportedVia, q.status,"
            + " q.language, q.translated, q.notes, q.statementId, q.version"
            + " from Quote q join q.speaker s left join q.venue v join q.source src ";

    /** The quotes with these ids that exist. Call inside a transaction. */
    static List<IndexedQuote> withIds(Collection<Long> ids) {
        List<IndexedQuote> quotes = new ArrayList<>(ids.size());
        for (IdSlices.Slice slice : IdSlices.of(ids)) {
            quotes.addAll(read(inSlice(SELECT, "q.id", slice)));
        }
        return quotes;
    }

    /** Up to {@code limit} quotes with ids above {@code afterId}, by id. Call inside a transaction. */
    static List<IndexedQuote> after(long afterId, int limit) {
        return read(query(SELECT + "where q.id > :after order by q.id").setParameter("after", afterId)
                .setMaxResults(limit));
    }

    private static Query<Object[]> query(String hql) {
        return Panache.getSession().createQuery(hql, Object[].class).setReadOnly(true);
    }

    private static List<IndexedQuote> read(Query<Object[]> query) {
        List<Object[]> rows = query.getResultList();
        Set<Long> speakerIds = new HashSet<>();
        rows.forEach(row -> speakerIds.add((Long) row[3]));
        Map<Long, List<String>> aliases = aliasesOf(speakerIds);
        List<IndexedQuote> quotes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            StoredQuote stored = new StoredQuote((Long) r[0], (String) r[1], (QuoteType) r[2], (Long) r[3],
                    (String) r[4], (SpeakerKind) r[5], (String) r[6], (Long) r[8], (String) r[9], (VenueKind) r[10],
                    (LocalDate) r[12], (DatePrecision) r[13], (LocalDate) r[14], (Long) r[15], (String) r[16],
                    (String) r[17], (LocalDate) r[18], (String) r[19], (String) r[20], (Integer) r[21],
                    (Integer) r[22], (String) r[23], (QuoteStatus) r[24], (String) r[25], (Boolean) r[26],
                    (String) r[27], (Long) r[28], (Long) r[29]);
            quotes.add(new IndexedQuote(stored, aliases.getOrDefault(stored.speakerId(), List.of()), (String) r[7],
                    (String) r[11]));
        }
        return quotes;
    }

    private static Map<Long, List<String>> aliasesOf(Set<Long> speakerIds) {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (IdSlices.Slice slice : IdSlices.of(speakerIds)) {
            inSlice("select s.id, a from Speaker s join s.aliases a ", "s.id", slice).getResultList()
                    .forEach(row -> aliases.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        aliases.values().forEach(Collections::sort);
        return aliases;
    }

    /** The query {@code select … from …} restricted to the ids of one slice. */
    private static Query<Object[]> inSlice(String selectFrom, String id, IdSlices.Slice slice) {
        Query<Object[]> query = query(selectFrom + "where " + slice.condition(id));
        slice.parameters().forEach(query::setParameter);
        return query;
    }
}
