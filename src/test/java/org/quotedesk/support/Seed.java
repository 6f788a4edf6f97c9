package org.quotedesk.support;

/** What import.sql holds: the article of 2022-02-22 and every quoted statement in it. */
public final class Seed {

    public static final int QUOTES = 43;
    public static final int QUOTED = 25;
    public static final int SPEAKERS = 19;
    public static final int VENUES = 11;

    private Seed() {
    }
}
