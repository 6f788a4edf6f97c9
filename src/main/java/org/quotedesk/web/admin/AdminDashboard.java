package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.account.UserAccount;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.venue.Venue;
import org.quotedesk.common.PageRequest;

/** The editors' home: how much there is, and what changed last. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminDashboard {

    /** Record counts for the dashboard. */
    public record Counts(long quotes, long speakers, long venues, long sources, long accounts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Counts counts, List<AuditView> changes);
    }

    @Inject
    AuditTrail audit;

    @GET
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance dashboard() {
        Counts counts = new Counts(Quote.count(), Speaker.count(), Venue.count(), Source.count(), UserAccount.count());
        return Templates.dashboard(counts, audit.recent(new PageRequest(0, 10)).items());
    }
}
