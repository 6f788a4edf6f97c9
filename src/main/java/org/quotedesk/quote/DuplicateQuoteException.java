package org.quotedesk.quote;

import org.quotedesk.common.ConflictException;

/** The quote is already stored: same speaker, same source, same normalised text. */
public class DuplicateQuoteException extends ConflictException {

    private final long existingId;

    public DuplicateQuoteException(long existingId) {
        super("This quote is already stored as quote " + existingId + " (same speaker, same source, same text).");
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
