package org.quotedesk.catalogue.speaker;

/** A speaker as embedded in a quote. */
public record SpeakerRef(Long id, String name, SpeakerKind kind, String role) {

    public static SpeakerRef from(Speaker speaker) {
        return new SpeakerRef(speaker.id, speaker.name, speaker.kind, speaker.role);
    }
}
