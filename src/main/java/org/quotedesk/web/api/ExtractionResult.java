package org.quotedesk.web.api;

import java.util.List;
import org.quotedesk.extraction.Candidate;

/** The candidates found in an article, in text order; nothing is stored. */
public record ExtractionResult(List<Candidate> candidates) {
}
