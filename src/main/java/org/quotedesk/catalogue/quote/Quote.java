package org.quotedesk.catalogue.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Formula;
import org.quotedesk.catalogue.CuratedRecord;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.venue.Venue;

/**
 * A statement as printed in a source. When the source's text is held, {@code startOffset}/{@code
 * endOffset} are UTF-16 offsets into it, end exclusive, without the enclosing quote marks: the text
 * at those offsets is exactly {@link #text}. A quote of a citation (a source without text) has
 * neither: the citation is its provenance.
 */
@Entity
@Table(name = "quote")
public class Quote extends CuratedRecord {

    public static final int MAX_TEXT_LENGTH = 10_000;
    public static final int MAX_EVIDENCE_LENGTH = 2_000;

    /** Everything a quote's DTO shows, in one query (the source's full text stays unloaded). */
    public static final String WITH_REFERENCES =
            "from Quote q join fetch q.speaker left join fetch q.venue join fetch q.source ";

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id", nullable = false)
    public Speaker speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    public Venue venue;

    @Column(name = "spoken_on")
    public LocalDate spokenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 20)
    public DatePrecision datePrecision;

    /** The last day a BETWEEN quote may have been said on; null for every other precision. */
    @Column(name = "spoken_until")
    public LocalDate spokenUntil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;

    /** How the words reached the source, where it says: "told Reuters", "according to the French presidency". */
    @Column(name = "reported_via", length = 500)
    public String reportedVia;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteStatus status;

    /** The account that set the status last; null while no one has (see {@link Verification}). */
    @Column(name = "status_set_by", length = 100)
    public String statusSetBy;

    @Column(name = "status_set_at")
    public Instant statusSetAt;

    /** What the status rests on: a link, or a note ("checked against the broadcast recording"). */
    @Column(name = "status_evidence", length = MAX_EVIDENCE_LENGTH)
    public String statusEvidence;

    /** BCP 47 language tag of the text as printed. */
    @Column(nullable = false, length = 35)
    public String language;

    /** Whether the printed text is a translation of what was said. */
    @Column(nullable = false)
    public boolean translated;

    @Column(length = 4000)
    public String notes;

    /** With the speaker and the source, what identifies a duplicate: see {@link TextFingerprint}. */
    @Column(name = "text_fingerprint", length = 84)
    public String textFingerprint;

    /**
     * The statement this quote reports, with the others of the same speaker's same words. Written by
     * the statement linker alone (in SQL, as imports insert quotes in bulk), never by a flush.
     */
    @Column(name = "statement_id", insertable = false, updatable = false)
    public Long statementId;

    /** An editor put the quote in its statement by hand (a split or a merge). */
    @Column(name = "statement_pinned", insertable = false, updatable = false)
    public boolean statementPinned;

    /** The speaker-free key of the quote's words: see {@code WordingKeys.wordingHash}. */
    @Column(name = "wording_hash", insertable = false, updatable = false)
    public Long wordingHash;

    /** How many quotes report that statement, this one included. */
    @Formula("(select count(*) from quote r where r.statement_id = statement_id)")
    public long statementReports;

    @PrePersist
    @PreUpdate
    void fingerprint() {
        textFingerprint = TextFingerprint.of(text);
    }

    /** Number of quotes per speaker, venue or source, for the given ids (absent: none). */
    public static Map<Long, Long> countBy(QuoteReference reference, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        String path = "q." + reference.association + ".id";
        getEntityManager()
                .createQuery("select " + path + ", count(q) from Quote q where " + path + " in :ids group by " + path,
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The verification records of these quotes, for those whose status someone set. */
    public static Map<Long, Verification> verifications(Collection<Long> ids) {
        Map<Long, Verification> records = new HashMap<>();
        if (ids.isEmpty()) {
            return records;
        }
        getEntityManager()
                .createQuery("select q.id, q.statusSetBy, q.statusSetAt, q.statusEvidence from Quote q"
                        + " where q.id in :ids and q.statusSetBy is not null", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> records.put((Long) row[0],
                        new Verification((String) row[1], (Instant) row[2], (String) row[3])));
        return records;
    }

    /** Up to {@code limit} quotes with ids above {@code afterId}, by id, with their references. */
    public static List<Quote> withReferencesAfter(long afterId, int limit) {
        return find(WITH_REFERENCES + "where q.id > ?1 order by q.id", afterId).page(0, limit).list();
    }
}
