package org.quotedesk.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks a user name and password (for the sign-in form and for HTTP Basic) through
 * quarkus-security-jpa, after asking {@link LoginThrottle} whether the name is locked, and telling it
 * how the attempt went.
 */
@ApplicationScoped
public class ThrottledPasswordLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    JpaIdentityProvider passwords;

    @Inject
    LoginThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before quarkus-security-jpa's own provider (priority 1001), which this one calls itself. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        if (throttle.isLocked(username)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("locked"));
        }
        return passwords.authenticate(request, context)
                .onItem().ifNull().failWith(() -> new AuthenticationFailedException("unknown"))
                .onItem().invoke(identity -> throttle.succeeded(username))
                .onFailure().call(failure -> Uni.createFrom().voidItem().onItem()
                        .delayIt().by(throttle.failed(username)));
    }
}
