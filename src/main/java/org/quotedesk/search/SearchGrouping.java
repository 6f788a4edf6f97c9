package org.quotedesk.search;

/**
 * What one result stands for: a statement (its best matching report, the others folded into it), or
 * every matching quote on its own.
 */
public enum SearchGrouping {
    STATEMENT("statement"),
    NONE("none");

    public final String parameter;

    SearchGrouping(String parameter) {
        this.parameter = parameter;
    }
}
