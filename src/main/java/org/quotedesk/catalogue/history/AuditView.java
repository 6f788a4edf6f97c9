package org.quotedesk.catalogue.history;

import java.time.Instant;
import java.util.List;

/** An audit entry as the pages show it. */
public record AuditView(long id, Instant at, String username, AuditAction action, RecordType recordType,
        long recordId, String label, List<FieldChange> changes, boolean restorable) {
}
