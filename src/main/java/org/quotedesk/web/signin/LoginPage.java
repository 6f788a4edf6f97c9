package org.quotedesk.web.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.accounts.UserService;

/**
 * The sign-in page. Its form posts to Quarkus's {@code /j_security_check}; a failure comes back
 * here with {@code ?error}. Signing out is a POST (with the CSRF token), never a GET.
 */
@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, String username);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("signedOut") String signedOut) {
        return Templates.login(error != null, signedOut != null,
                identity.isAnonymous() ? null : identity.getPrincipal().getName());
    }

    /** Ends every session of the account, not only this browser's: a copied cookie is worth nothing after. */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Void> logout(@Context RoutingContext request) {
        if (!identity.isAnonymous()) {
            users.endSessions(identity.getPrincipal().getName());
            FormAuthenticationMechanism.logout(identity);
        }
        SessionCookies.clear(request);
        return RestResponse.seeOther(URI.create("/login?signedOut=true"));
    }
}
