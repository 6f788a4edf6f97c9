package org.quotedesk.catalogue.history;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A deleted quote brought back from the audit trail. */
    RESTORE,
    /** Records created in bulk by a chunk of an import, which point at this entry. */
    IMPORT
}
