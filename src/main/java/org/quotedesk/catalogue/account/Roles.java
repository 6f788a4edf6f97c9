package org.quotedesk.catalogue.account;

/** The roles an account can have. */
public final class Roles {

    /** Curates quotes, speakers, venues and sources. */
    public static final String EDITOR = "editor";
    /** An editor who also manages accounts. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
