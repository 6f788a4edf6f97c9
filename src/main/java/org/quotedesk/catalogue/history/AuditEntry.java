package org.quotedesk.catalogue.history;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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

    /**
     * JSON: [{"field", "old", "new"}]. Unbounded text read as a string, a CLOB on H2 and text on
     * PostgreSQL: as a @Lob, PostgreSQL would keep it as a large object (oid), outside the row.
     */
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false)
    public String changes;

    /** JSON of a deleted quote as {@code POST /api/quotes} takes it: what a restore needs. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "restore_data")
    public String restoreData;
}
