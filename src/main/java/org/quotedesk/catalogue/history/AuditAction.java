package org.quotedesk.catalogue.history;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A deleted quote brought back from the audit trail. */
    RESTORE
}
