package org.quotedesk.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.quotedesk.catalogue.speaker.SpeakerDto;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.SpeakerInput;
import org.quotedesk.curation.Speakers;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.QuoteSearchService;

@Path("/api/speakers")
@Tag(name = "Speakers", description = "Who said things: people, organisations, groups, with the other spellings"
        + " they appear under. Listed by name; a quote names its speaker by id, or by name or alias.")
public class SpeakerResource extends RecordResource<SpeakerInput, SpeakerDto, SpeakerDto> {

    @Inject
    Speakers speakers;

    @Inject
    QuoteSearchService search;

    @Override
    protected RecordCurator<?, SpeakerInput, SpeakerDto, SpeakerDto> records() {
        return speakers;
    }

    @GET
    @Path("{id}/quotes")
    @Operation(summary = "A speaker's quotes, searchable like /api/quotes (by date said without q)")
    public QuoteSearchPage quotes(@RestPath long id, @BeanParam SearchParams params) {
        return search.bySpeaker(id, params.toCriteria());
    }
}
