package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.curation.Quotes;
import org.quotedesk.web.view.Links;
import org.quotedesk.web.view.PagedList;

/** Every change to every record, newest first; an admin can restore a deleted quote from here. */
@Path("/admin/changes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminChanges {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(PagedList<AuditView> changes);
    }

    @Inject
    AuditTrail audit;

    @Inject
    Quotes quotes;

    @GET
    @Operation(hidden = true)
    public TemplateInstance changes(@QueryParam("page") String page) {
        return Templates.changes(PagedList.of(Links.records("changes"), page, PAGE_SIZE, audit::recent));
    }

    @POST
    @Path("{entry}/restore")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public RestResponse<Void> restore(@RestPath long entry) {
        QuoteDto restored = quotes.restore(entry);
        return Flash.redirect(Links.record("quotes", restored.id()), "Quote restored, as quote " + restored.id() + ".");
    }
}
