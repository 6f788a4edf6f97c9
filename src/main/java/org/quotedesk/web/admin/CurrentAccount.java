package org.quotedesk.web.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.quotedesk.catalogue.account.Roles;

/** Who is signed in, for the admin pages' header ({@code inject:account.name}). */
@Named("account")
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean admin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
