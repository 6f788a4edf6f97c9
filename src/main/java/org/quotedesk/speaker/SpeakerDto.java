package org.quotedesk.speaker;

import java.util.List;

/** A speaker with aliases and the number of quotes attributed to them. */
public record SpeakerDto(
        Long id,
        String name,
        List<String> aliases,
        SpeakerKind kind,
        String role,
        String affiliation,
        String wikidataId,
        long quoteCount,
        long version) {

    public static SpeakerDto from(Speaker speaker, long quoteCount) {
        return new SpeakerDto(speaker.id, speaker.name, List.copyOf(speaker.aliases), speaker.kind, speaker.role,
                speaker.affiliation, speaker.wikidataId, quoteCount, speaker.version);
    }
}
