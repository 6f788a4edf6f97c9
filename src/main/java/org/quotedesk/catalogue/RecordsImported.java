package org.quotedesk.catalogue;

/** Records were created in bulk by a chunk of an import: those pointing at this audit entry. */
public record RecordsImported(long importEntry) {
}
