package org.quotedesk.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ResultPage;
import org.quotedesk.speaker.Speaker;

/** Reads quotes for the API and the pages alike: one query path. */
@ApplicationScoped
public class QuoteService {

    /** Everything a quote's DTO shows, in one query (the source's full text stays unloaded). */
    private static final String WITH_REFERENCES =
            "from Quote q join fetch q.speaker left join fetch q.venue join fetch q.source ";
    /** By date said (undated last), then by id: a stable order for paging. */
    private static final String CHRONOLOGICAL = " order by q.spokenOn asc nulls last, q.id asc";

    @Transactional
    public ResultPage<QuoteDto> list(PageRequest page) {
        List<Quote> items = Quote.<Quote>find(WITH_REFERENCES + CHRONOLOGICAL)
                .page(page.page(), page.size())
                .list();
        return ResultPage.of(items, Quote.count(), page, QuoteDto::from);
    }

    @Transactional
    public ResultPage<QuoteDto> bySpeaker(long speakerId, PageRequest page) {
        if (Speaker.findById(speakerId) == null) {
            throw new ResourceNotFoundException("speaker", speakerId);
        }
        List<Quote> items = Quote.<Quote>find(WITH_REFERENCES + "where q.speaker.id = ?1" + CHRONOLOGICAL, speakerId)
                .page(page.page(), page.size())
                .list();
        return ResultPage.of(items, Quote.count("speaker.id", speakerId), page, QuoteDto::from);
    }

    @Transactional
    public QuoteDto get(long id) {
        return Quote.<Quote>find(WITH_REFERENCES + "where q.id = ?1", id)
                .firstResultOptional()
                .map(QuoteDto::from)
                .orElseThrow(() -> new ResourceNotFoundException("quote", id));
    }

    /** Number of quotes per speaker, venue or source, for the given ids (absent: none). */
    @Transactional
    public Map<Long, Long> countBy(Attribution attribution, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        String path = "q." + attribution.association + ".id";
        Quote.getEntityManager()
                .createQuery("select " + path + ", count(q) from Quote q where " + path + " in :ids group by " + path,
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The records a quote refers to, by which quotes can be counted. */
    public enum Attribution {
        SPEAKER("speaker"),
        VENUE("venue"),
        SOURCE("source");

        private final String association;

        Attribution(String association) {
            this.association = association;
        }
    }
}
