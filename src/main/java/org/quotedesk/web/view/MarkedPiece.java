package org.quotedesk.web.view;

/**
 * A piece of a text compared with another, as the pages mark it ({@code tags/markedText.html}, escaped):
 * the same words, words added (underlined), words dropped (struck out), or context outside what was
 * compared.
 */
public record MarkedPiece(String text, Kind kind) {

    public enum Kind {
        SAME, ADDED, DROPPED, CONTEXT
    }
}
