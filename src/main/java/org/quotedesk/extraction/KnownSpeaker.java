package org.quotedesk.extraction;

import java.util.List;

/** A speaker already in the database, as the extractor matches it: names, role and affiliation. */
public record KnownSpeaker(Long id, String name, boolean person, String role, String affiliation,
        List<String> aliases) {
}
