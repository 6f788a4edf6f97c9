package org.quotedesk.catalogue.speaker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.RecordSummary;

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
        long version) implements RecordSummary {

    /** How the audit trail records the speaker. */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("aliases", aliases.isEmpty() ? null : String.join("; ", aliases));
        fields.put("kind", kind.name());
        fields.put("role", role);
        fields.put("affiliation", affiliation);
        fields.put("wikidataId", wikidataId);
        return fields;
    }

    public static SpeakerDto from(Speaker speaker, long quoteCount) {
        return new SpeakerDto(speaker.id, speaker.name, List.copyOf(speaker.aliases), speaker.kind, speaker.role,
                speaker.affiliation, speaker.wikidataId, quoteCount, speaker.version);
    }
}
