package org.quotedesk.web.signin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.security.jpa.runtime.JpaTrustedIdentityProvider;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.quotedesk.catalogue.account.UserAccount;

/**
 * Checks a user name and password (for the sign-in form and for HTTP Basic) through
 * quarkus-security-jpa, when {@link SignInThrottle} lets the attempt through; credentials checked
 * lately against the password stored now are not checked again ({@link VerifiedPasswords}). The
 * identity it makes is marked as signed in by password, not by a session.
 */
@ApplicationScoped
public class ThrottledPasswordLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Set on identities whose password was given with this request. */
    static final String BY_PASSWORD = "quotedesk.signed-in-by-password";

    @Inject
    JpaIdentityProvider passwords;

    @Inject
    JpaTrustedIdentityProvider accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    VerifiedPasswords verified;

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
        if (username == null || username.length() > SignInThrottle.MAX_USERNAME) {
            return Uni.createFrom().failure(new AuthenticationFailedException("refused"));
        }
        String fingerprint = verified.fingerprint(username, request.getPassword().getPassword());
        String matched = verified.matched(fingerprint);
        if (matched == null) {
            return checked(request, context, fingerprint);
        }
        return blocking(() -> storedHash(username)).flatMap(stored -> {
            if (!matched.equals(stored)) {
                verified.forget(fingerprint);
                return checked(request, context, fingerprint);
            }
            return accounts.authenticate(new TrustedAuthenticationRequest(username), context)
                    .onItem().ifNull().failWith(() -> new AuthenticationFailedException("unknown"))
                    .map(ThrottledPasswordLogin::byPassword);
        });
    }

    /** The password checked with bcrypt, when the throttle lets it be. */
    private Uni<SecurityIdentity> checked(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context, String fingerprint) {
        return throttle.attempt(request.getUsername(), clientAddress(request)).flatMap(attempt -> {
            if (attempt == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("refused"));
            }
            return passwords.authenticate(request, context)
                    .onItem().ifNull().failWith(() -> new AuthenticationFailedException("unknown"))
                    .call(identity -> blocking(() -> {
                        verified.remember(fingerprint, storedHash(request.getUsername()));
                        return true;
                    }))
                    .onItemOrFailure().invoke((identity, failure) -> {
                        if (failure == null) {
                            attempt.succeeded();
                        } else {
                            attempt.failed();
                        }
                    })
                    .onCancellation().invoke(attempt::failed)
                    .map(ThrottledPasswordLogin::byPassword)
                    .onFailure().call(failure -> Uni.createFrom().voidItem().onItem()
                            .delayIt().by(throttle.failureDelay()));
        });
    }

    private static SecurityIdentity byPassword(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(BY_PASSWORD, true).build();
    }

    /** Database work, on a worker thread: authentication may run on the event loop. */
    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String storedHash(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UserAccount account = UserAccount.findByUsername(username);
            return account == null ? null : account.password;
        });
    }

    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
        SocketAddress address = ctx == null ? null : ctx.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "(unknown)" : address.hostAddress();
    }
}
