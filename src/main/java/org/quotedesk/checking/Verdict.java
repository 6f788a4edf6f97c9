package org.quotedesk.checking;

/** What a check says of a text (and of the speaker it is attributed to, when one is given). */
public enum Verdict {
    /** These words are on record: for the speaker given, when one is. */
    EXACT,
    /** The closest quote on record is close, but not these words. */
    ALTERED,
    /** These words, or all but a few of them, are on record, but only for someone other than the speaker given. */
    MISATTRIBUTED,
    /** Nothing close enough is on record. */
    NOT_FOUND
}
