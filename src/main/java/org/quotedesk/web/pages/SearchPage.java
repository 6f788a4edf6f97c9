package org.quotedesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.quotedesk.search.SearchGrouping;
import org.quotedesk.web.api.SearchParams;

/** The search page: a plain GET form, so that the URL carries the whole query; one card per statement unless asked. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);
    }

    @Inject
    SearchViews searches;

    @GET
    @Operation(hidden = true)
    public TemplateInstance search(@BeanParam SearchParams params) {
        return Templates.search(searches.of("/", params, SearchGrouping.STATEMENT));
    }
}
