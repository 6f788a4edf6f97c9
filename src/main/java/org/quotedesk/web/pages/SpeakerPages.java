package org.quotedesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.Verification;
import org.quotedesk.common.PageRequest;
import org.quotedesk.curation.Quotes;
import org.quotedesk.curation.Speakers;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.search.SearchSort;

/** Speakers from A to Z, and each speaker's quotes grouped by status, on timelines. */
@Path("/speakers")
@Produces(MediaType.TEXT_HTML)
public class SpeakerPages {

    /** A group shows this many of its quotes, by date said; a link leads to the search for them all. */
    static final int GROUP_LIMIT = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(SpeakerDirectory directory);

        static native TemplateInstance speaker(SpeakerView view);
    }

    @Inject
    Speakers speakers;

    @Inject
    Quotes quotes;

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
    public TemplateInstance speaker(@RestPath long id) {
        var speaker = speakers.get(id);
        List<SpeakerView.StatusGroup> groups = new ArrayList<>();
        for (QuoteStatus status : QuoteStatus.values()) {
            QuoteSearchPage found = search.bySpeaker(id, new SearchCriteria(null, null, null, null, status, null, null,
                    null, SearchSort.DATE, new PageRequest(0, GROUP_LIMIT)));
            Map<Long, Verification> records = SpeakerView.SHOWS_EVIDENCE.contains(status)
                    ? quotes.verifications(found.items().stream().map(hit -> hit.quote().id()).toList())
                    : Map.of();
            groups.add(SpeakerView.group(id, status, found, records));
        }
        return Templates.speaker(SpeakerView.of(speaker, groups));
    }
}
