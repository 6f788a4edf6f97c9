package org.quotedesk.speaker;

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
public class SpeakerService {

    @Inject
    QuoteService quotes;

    @Transactional
    public ResultPage<SpeakerDto> list(PageRequest page) {
        List<Speaker> speakers = Speaker.<Speaker>find("order by name, id").page(page.page(), page.size()).list();
        Map<Long, Long> counts = quotes.countBy(Attribution.SPEAKER, speakers.stream().map(s -> s.id).toList());
        return ResultPage.of(speakers, Speaker.count(), page, s -> SpeakerDto.from(s, counts.getOrDefault(s.id, 0L)));
    }

    @Transactional
    public SpeakerDto get(long id) {
        Speaker speaker = Speaker.<Speaker>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("speaker", id));
        return SpeakerDto.from(speaker, quotes.countBy(Attribution.SPEAKER, List.of(id)).getOrDefault(id, 0L));
    }
}
