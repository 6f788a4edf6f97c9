package org.quotedesk.catalogue;

import org.quotedesk.catalogue.history.RecordType;

/**
 * A record was created, changed or deleted, fired inside the writing transaction: whatever keeps a
 * copy of what records hold (the search index) learns of it here, without the writers knowing it.
 */
public record RecordChanged(RecordType type, long id) {
}
