package org.quotedesk.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.catalogue.source.SourceSummary;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.SourceInput;
import org.quotedesk.curation.Sources;

@Path("/api/sources")
@Tag(name = "Sources", description = "The publications that reported the quotes, newest first (lists leave out"
        + " their text). With its full text, a source's quotes point into it by offsets; without it (a broadcast, a"
        + " book, a paywalled article) it is a citation, and its locator (a page, a timestamp) says where. A new text"
        + " must still hold its quotes (409 otherwise); a text given to a citation anchors its quotes where it"
        + " contains them.")
public class SourceResource extends RecordResource<SourceInput, SourceDto, SourceSummary> {

    @Inject
    Sources sources;

    @Override
    protected RecordCurator<?, SourceInput, SourceDto, SourceSummary> records() {
        return sources;
    }
}
