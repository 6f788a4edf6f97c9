package org.quotedesk.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.quotedesk.catalogue.venue.VenueKind;

/** A venue as a client writes it. */
public record VenueInput(
        @NotBlank @Size(max = 300) String name,
        @NotNull VenueKind kind,
        @Size(max = 300) String location,
        Long version) implements RecordInput {
}
