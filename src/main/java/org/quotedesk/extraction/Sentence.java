package org.quotedesk.extraction;

/** A sentence of an article: its paragraph (counted from 0) and its character range. */
record Sentence(int index, int paragraph, int start, int end) {
}
