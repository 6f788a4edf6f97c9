package org.quotedesk.catalogue.venue;

/** The kind of occasion on which something was said. */
public enum VenueKind {
    PRESS_STATEMENT,
    PRESS_CONFERENCE,
    PHONE_CALL_READOUT,
    TV_INTERVIEW,
    RADIO_INTERVIEW,
    NEWS_AGENCY_INTERVIEW,
    PRINT_INTERVIEW,
    SPEECH,
    CONFERENCE,
    PARLIAMENTARY_DEBATE,
    SOCIAL_MEDIA_POST,
    BROADCAST,
    BROADCAST_HEADLINE,
    VIDEO,
    OFFICIAL_REPORT,
    OTHER
}
