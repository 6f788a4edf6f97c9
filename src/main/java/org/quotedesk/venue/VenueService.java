package org.quotedesk.venue;

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
public class VenueService {

    @Inject
    QuoteService quotes;

    @Transactional
    public ResultPage<VenueDto> list(PageRequest page) {
        List<Venue> venues = Venue.<Venue>find("order by name, id").page(page.page(), page.size()).list();
        Map<Long, Long> counts = quotes.countBy(Attribution.VENUE, venues.stream().map(v -> v.id).toList());
        return ResultPage.of(venues, Venue.count(), page, v -> VenueDto.from(v, counts.getOrDefault(v.id, 0L)));
    }

    @Transactional
    public VenueDto get(long id) {
        Venue venue = Venue.<Venue>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("venue", id));
        return VenueDto.from(venue, quotes.countBy(Attribution.VENUE, List.of(id)).getOrDefault(id, 0L));
    }
}
