package org.quotedesk.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.quotedesk.catalogue.speaker.SpeakerKind;

/** A speaker as a client writes it. */
public record SpeakerInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @NotNull SpeakerKind kind,
        @Size(max = 300) String role,
        @Size(max = 300) String affiliation,
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q7747") String wikidataId,
        Long version) implements RecordInput {
}
