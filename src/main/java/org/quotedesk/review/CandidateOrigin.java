package org.quotedesk.review;

/** Who proposed a candidate: the extractor, or an editor who selected text it missed. */
public enum CandidateOrigin {
    EXTRACTED, ADDED
}
