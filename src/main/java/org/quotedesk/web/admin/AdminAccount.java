package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.accounts.PasswordPolicy;
import org.quotedesk.accounts.UserService;
import org.quotedesk.web.signin.SessionCookies;
import org.quotedesk.web.view.Links;

/** One's own account, for every signed-in user: change one's password. */
@Path("/admin/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminAccount {

    /** The page, with the errors of a refused change by field. */
    public record View(String username, int minLength, Map<String, String> errors, String problem) {
        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(View view);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    @Inject
    SessionCookies sessions;

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        return Templates.account(view(Map.of(), null));
    }

    /** Every session of the account ends, other browsers' too; this browser gets a new one. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> changePassword(@RestForm String current, @RestForm String password,
            @RestForm String repeated, @Context RoutingContext request) {
        String username = identity.getPrincipal().getName();
        return RecordForms.save(() -> {
            int epoch = users.changeOwnPassword(username, current, password, repeated);
            sessions.issue(request, username, epoch);
            return new RecordForms.Saved(Links.records("account"), "Password changed. Other browsers signed in to your"
                    + " account have been signed out.");
        }, (errors, problem) -> Templates.account(view(errors, problem)));
    }

    private View view(Map<String, String> errors, String problem) {
        return new View(identity.getPrincipal().getName(), PasswordPolicy.MIN_LENGTH, errors, problem);
    }
}
