package org.quotedesk.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ResultPage;
import org.quotedesk.quote.QuoteService;
import org.quotedesk.quote.QuoteService.Attribution;

@ApplicationScoped
public class SourceService {

    @Inject
    QuoteService quotes;

    /** Newest publications first. */
    @Transactional
    public ResultPage<SourceSummary> list(PageRequest page) {
        List<Source> sources = Source.<Source>find("order by publishedOn desc, id desc")
                .page(page.page(), page.size())
                .list();
        Map<Long, Long> counts = quotes.countBy(Attribution.SOURCE, sources.stream().map(s -> s.id).toList());
        return ResultPage.of(sources, Source.count(), page,
                s -> SourceSummary.from(s, counts.getOrDefault(s.id, 0L)));
    }

    @Transactional
    public SourceDto get(long id) {
        Source source = Source.<Source>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("source", id));
        return SourceDto.from(source, quotes.countBy(Attribution.SOURCE, List.of(id)).getOrDefault(id, 0L));
    }
}
