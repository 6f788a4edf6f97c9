package org.quotedesk.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.quotedesk.catalogue.quote.QuoteDto;

/**
 * A quote in search results: the quote, plus its text HTML-escaped with the matched terms in
 * {@code <mark>…</mark>}.
 */
public record QuoteHit(@JsonUnwrapped QuoteDto quote, String highlight) {
}
