package org.quotedesk.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.catalogue.source.SourceSummary;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.SourceInput;
import org.quotedesk.curation.Sources;
import org.quotedesk.web.view.Formats;
import org.quotedesk.web.view.Links;

/** Curating sources: with their text, or citations without it. Newest first. */
@Path("/admin/sources")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminSources extends RecordPages<SourceInput, SourceDto, SourceSummary, SourceForm> {

    @Inject
    Sources sources;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@BeanParam SourceForm form) {
        return createFrom(form);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @BeanParam SourceForm form) {
        return saveFrom(id, form);
    }

    @Override
    protected RecordCurator<?, SourceInput, SourceDto, SourceSummary> records() {
        return sources;
    }

    @Override
    protected String plural() {
        return "sources";
    }

    @Override
    protected SourceForm blankForm() {
        return SourceForm.blank();
    }

    @Override
    protected SourceForm formOf(SourceDto source) {
        return SourceForm.of(source);
    }

    @Override
    protected List<Column<SourceSummary>> columns() {
        return List.of(new Column<>("Title", SourceSummary::title), new Column<>("Publisher", SourceSummary::publisher),
                new Column<>("Published", s -> Formats.day(s.publishedOn())),
                new Column<>("Where", SourceSummary::locator));
    }

    @Override
    protected String title(SourceDto source) {
        return source.title();
    }

    @Override
    protected List<Link> links(SourceDto source) {
        return List.of(new Link("Add a quote from this source", Links.newQuoteFrom(source.id())));
    }

    @Override
    protected String created(long id) {
        return "Source " + id + " created: now add its quotes.";
    }
}
