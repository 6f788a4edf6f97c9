package org.quotedesk.extraction;

import java.util.List;

/** The candidates found in an article, in text order; nothing is stored. */
public record ExtractionResult(List<Candidate> candidates) {
}
