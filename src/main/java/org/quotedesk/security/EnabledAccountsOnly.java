package org.quotedesk.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses the identity of a disabled account, however it signed in: with a password, or with the
 * session cookie of a sign-in from before it was disabled.
 */
@ApplicationScoped
public class EnabledAccountsOnly implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            Boolean enabled = QuarkusTransaction.requiringNew().call(() -> {
                UserAccount account = UserAccount.findByUsername(username);
                return account != null && account.enabled;
            });
            if (!enabled) {
                throw new AuthenticationFailedException("account disabled");
            }
            return identity;
        });
    }
}
