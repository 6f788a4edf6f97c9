package org.quotedesk.extraction;

import java.util.List;

/**
 * Fired once the extractor has been warmed up, on its low-priority thread, with the candidates of
 * its long readings: whoever sends candidates on can warm up that way too.
 */
public record ExtractorWarmedUp(List<Candidate> candidates) {
}
