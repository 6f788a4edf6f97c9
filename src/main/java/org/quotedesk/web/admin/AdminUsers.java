package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.accounts.UserService;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.account.UserDto;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.web.view.Links;

/** Accounts, for admins only: create, change role, disable, reset the password. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminUsers {

    /** An account's page, or the new-account form ({@code user} null). */
    public record FormView(UserDto user, String username, boolean admin, Map<String, String> errors, String problem,
            List<AuditView> history) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UserDto> users);

        static native TemplateInstance form(FormView view);
    }

    @Inject
    UserService users;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(users.list());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance create() {
        return Templates.form(new FormView(null, "", false, Map.of(), null, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@RestForm String username, @RestForm String password, @RestForm String admin) {
        boolean isAdmin = "on".equals(admin);
        return RecordForms.save(() -> {
            UserDto created = users.create(username, password, isAdmin);
            return new RecordForms.Saved(Links.record("users", created.id()), "Account " + created.username() + " created.");
        }, (errors, problem) -> Templates.form(new FormView(null, username, isAdmin, errors, problem, List.of())));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance edit(@RestPath long id) {
        return page(id, Map.of(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @RestForm String admin, @RestForm String enabled,
            @RestForm String version) {
        return RecordForms.save(() -> {
            users.update(id, "on".equals(admin), "on".equals(enabled), Forms.version(version),
                    identity.getPrincipal().getName());
            return new RecordForms.Saved(Links.record("users", id), "Saved.");
        }, (errors, problem) -> page(id, errors, problem));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> resetPassword(@RestPath long id, @RestForm String password) {
        return RecordForms.save(() -> {
            users.resetPassword(id, password);
            return new RecordForms.Saved(Links.record("users", id), "Password reset: tell its owner the new one.");
        }, (errors, problem) -> page(id, errors, problem));
    }

    private TemplateInstance page(long id, Map<String, String> errors, String problem) {
        UserDto user = users.get(id);
        return Templates.form(new FormView(user, user.username(), user.admin(), errors, problem,
                audit.history(RecordType.USER, id)));
    }
}
