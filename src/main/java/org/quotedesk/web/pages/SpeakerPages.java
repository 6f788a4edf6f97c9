package org.quotedesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.PageRequest;
import org.quotedesk.curation.Speakers;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.web.api.SearchParams;

/** Speakers from A to Z, and each speaker's quotes on a timeline. */
@Path("/speakers")
@Produces(MediaType.TEXT_HTML)
public class SpeakerPages {

    /** A timeline page holds this many quotes. */
    static final int TIMELINE_PAGE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(SpeakerDirectory directory);

        static native TemplateInstance speaker(SpeakerView view);
    }

    @Inject
    Speakers speakers;

    @Inject
    QuoteSearchService search;

    @GET
    @Operation(hidden = true)
    public TemplateInstance directory() {
        return Templates.directory(SpeakerDirectory.of(speakers.all()));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance speaker(@RestPath long id, @QueryParam("page") String page) {
        PageRequest request = PageRequest.parse(page, Integer.toString(TIMELINE_PAGE));
        int maxPage = SearchParams.MAX_RESULT_WINDOW / TIMELINE_PAGE - 1;
        if (request.page() > maxPage) {
            throw new InvalidParameterException("page", "must be at most " + maxPage);
        }
        return Templates.speaker(SpeakerView.of(speakers.get(id),
                search.bySpeaker(id, SearchCriteria.all(request)), maxPage));
    }
}
