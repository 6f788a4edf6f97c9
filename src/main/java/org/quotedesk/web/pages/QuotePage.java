package org.quotedesk.web.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.curation.Quotes;
import org.quotedesk.curation.Sources;
import org.quotedesk.curation.Statements;

/** One quote, in context. */
@Path("/quotes")
@Produces(MediaType.TEXT_HTML)
public class QuotePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quote(QuoteView view);
    }

    @Inject
    Quotes quotes;

    @Inject
    Sources sources;

    @Inject
    Statements statements;

    @Inject
    ObjectMapper json;

    @Inject
    QuoteDeskConfig config;

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance quote(@RestPath long id) {
        QuoteDto quote = quotes.get(id);
        // From the configured address, never from the request's Host, which the client chooses.
        String pageUrl = config.publicUrl().resolve("/quotes/" + id).toString();
        return Templates.quote(QuoteView.of(quote, sources.get(quote.source().id()), pageUrl, LocalDate.now(), json,
                statements.alsoAttributedTo(quote.speaker().id(), List.of(id))));
    }
}
