package org.quotedesk.extraction;

import java.util.List;

/**
 * The speaker of a candidate: the canonical name it resolves to (null when the extractor could
 * not tell), where the article names it ("he", "the Kremlin spokesman"; null offsets when the
 * article does not name it in that sentence), the speaker's id when already in the database, and
 * whether it is a person rather than a body (null when unknown), and the other speakers the words
 * could also refer to ("he" after two men were named), empty when the extractor saw no other.
 */
public record CandidateSpeaker(String name, Integer start, Integer end, String written, Long id, Boolean person,
        List<String> alternatives) {

    public CandidateSpeaker {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
