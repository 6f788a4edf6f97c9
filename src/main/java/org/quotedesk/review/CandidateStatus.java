package org.quotedesk.review;

/** Where a candidate stands in its review. */
public enum CandidateStatus {
    PENDING, ACCEPTED, REJECTED
}
