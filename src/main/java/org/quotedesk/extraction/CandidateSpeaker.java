package org.quotedesk.extraction;

/**
 * The speaker of a candidate: the canonical name it resolves to (null when the extractor could
 * not tell), where the article names it ("he", "the Kremlin spokesman"; null offsets when the
 * article does not name it in that sentence), the speaker's id when already in the database, and
 * whether it is a person rather than a body (null when unknown).
 */
public record CandidateSpeaker(String name, Integer start, Integer end, String written, Long id, Boolean person) {
}
