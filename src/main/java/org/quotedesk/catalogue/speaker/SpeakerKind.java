package org.quotedesk.catalogue.speaker;

/** Who speaks: a person, an organisation (a ministry, a broadcaster) or a group (separatist leaders). */
public enum SpeakerKind {
    PERSON,
    ORGANIZATION,
    GROUP
}
