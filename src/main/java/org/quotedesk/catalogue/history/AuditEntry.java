package org.quotedesk.catalogue.history;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.quotedesk.common.Identified;

/** One change to one record: who, when, and each field's old and new value. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends Identified {

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 100)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 10)
    public RecordType recordType;

    @Column(name = "record_id", nullable = false)
    public long recordId;

    /** How the record read at the time: a speaker's name, the start of a quote. */
    @Column(nullable = false, length = 300)
    public String label;

    /** JSON: [{"field", "old", "new"}]. */
    @Lob
    @Column(nullable = false)
    public String changes;

    /** JSON of a deleted quote as {@code POST /api/quotes} takes it: what a restore needs. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "restore_data")
    public String restoreData;
}
