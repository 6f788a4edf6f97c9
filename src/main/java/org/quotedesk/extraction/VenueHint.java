package org.quotedesk.extraction;

import org.quotedesk.catalogue.venue.VenueKind;

/** Where something was said, as the article hints it ("told Reuters"), and what kind of venue that is. */
public record VenueHint(String text, VenueKind kind, int start, int end) {
}
