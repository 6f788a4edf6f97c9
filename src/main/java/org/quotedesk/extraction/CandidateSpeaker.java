package org.quotedesk.extraction;

/**
 * The speaker of a candidate: the canonical name it resolves to (null when the extractor could
 * not tell), where the article names it ("he", "the Kremlin spokesman"; null offsets when the
 * article does not name it in that sentence), and the speaker's id when already in the database.
 */
public record CandidateSpeaker(String name, Integer start, Integer end, String written, Long id) {
}
