package org.quotedesk.catalogue.quote;

/** How far the attribution has been checked. */
public enum QuoteStatus {
    VERIFIED,
    UNVERIFIED,
    DISPUTED,
    MISATTRIBUTED
}
