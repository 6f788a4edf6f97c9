package org.quotedesk.catalogue.quote;

import org.hibernate.exception.ConstraintViolationException;
import org.quotedesk.common.ConflictException;

/** The quote is already stored: same speaker, same source, same normalised text. */
public class DuplicateQuoteException extends ConflictException {

    /** The database's guard against the same quote stored twice at once (migration V7). */
    static final String CONSTRAINT = "quote_duplicate_uq";

    private final Long existingId;

    public DuplicateQuoteException(Long existingId) {
        super(existingId != null
                ? "This quote is already stored as quote " + existingId + " (same speaker, same source, same text)."
                : "This quote has just been stored by someone else (same speaker, same source, same text).");
        this.existingId = existingId;
    }

    /** The stored copy's id, or null when it was stored by a write that ran at the same time. */
    public Long existingId() {
        return existingId;
    }

    /** Whether a write failed, however wrapped, because the same quote is stored. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DuplicateQuoteException) {
                return true;
            }
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase().contains(CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
