package org.quotedesk.web.signin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.quotedesk.catalogue.account.UserAccount;

/**
 * Every identity is checked against its account as stored now: a disabled account is refused
 * however it signed in, and a browser's session only while its account's session epoch is the one
 * it was opened in. A sign-in through the form opens that session.
 */
@ApplicationScoped
public class OpenSessionsOnly implements SecurityIdentityAugmentor {

    /** Where the sign-in form posts (Quarkus's default). */
    private static final String SIGN_IN = "/j_security_check";

    @Inject
    SessionCookies sessions;

    private record Account(boolean enabled, int epoch) {
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        boolean byPassword = Boolean.TRUE.equals(identity.getAttribute(ThrottledPasswordLogin.BY_PASSWORD));
        return context.runBlocking(() -> {
            Account account = QuarkusTransaction.requiringNew().call(() -> {
                UserAccount stored = UserAccount.findByUsername(username);
                return stored == null ? null : new Account(stored.enabled, stored.sessionEpoch);
            });
            if (account == null || !account.enabled()) {
                throw new AuthenticationFailedException("account disabled");
            }
            if (!byPassword && (request == null || !sessions.valid(request, username, account.epoch()))) {
                throw new AuthenticationFailedException("session ended");
            }
            if (byPassword && request != null && SIGN_IN.equals(request.normalizedPath())) {
                sessions.issue(request, username, account.epoch());
            }
            return identity;
        });
    }
}
