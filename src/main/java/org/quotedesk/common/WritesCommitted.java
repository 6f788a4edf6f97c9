package org.quotedesk.common;

/**
 * Writes were committed and made durable: fired after the commit, so that copies of the records
 * (the search index) catch up before the write is answered.
 */
public record WritesCommitted() {
}
