package org.quotedesk.source;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotedesk.audit.AuditTrail;
import org.quotedesk.audit.RecordType;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ResultPage;
import org.quotedesk.common.Writes;
import org.quotedesk.quote.Quote;
import org.quotedesk.quote.QuoteReference;
import org.quotedesk.quote.QuoteService;
import org.quotedesk.search.IndexOutbox;

@ApplicationScoped
public class SourceService {

    @Inject
    QuoteService quotes;

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    /** Newest publications first. */
    @Transactional
    public ResultPage<SourceSummary> list(PageRequest page) {
        List<Source> sources = Source.<Source>find("order by publishedOn desc, id desc")
                .page(page.page(), page.size())
                .list();
        Map<Long, Long> counts = quotes.countBy(QuoteReference.SOURCE, sources.stream().map(s -> s.id).toList());
        return ResultPage.of(sources, Source.count(), page,
                s -> SourceSummary.from(s, counts.getOrDefault(s.id, 0L)));
    }

    @Transactional
    public SourceDto get(long id) {
        Source source = find(id);
        return SourceDto.from(source, quotes.countBy(QuoteReference.SOURCE, List.of(id)).getOrDefault(id, 0L));
    }

    public SourceDto create(SourceInput input) {
        return writes.commit(() -> SourceDto.from(insert(input), 0));
    }

    /** Stores a new source in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Source insert(SourceInput input) {
        Source source = new Source();
        copy(FieldErrors.valid(validator, input), source);
        source.persist();
        audit.created(RecordType.SOURCE, source.id, source.title, SourceDto.from(source, 0).auditFields());
        return source;
    }

    /**
     * Saves the source and re-indexes its quotes (they carry its title and publisher). Its quotes must
     * still be its text at their offsets, and not said after its publication.
     */
    public SourceDto update(long id, SourceInput input) {
        SourceDto updated = writes.commit(() -> {
            Source source = find(id);
            ConflictException.checkVersion("source", id, input.version(), source.version);
            Map<String, String> before = SourceDto.from(source, 0).auditFields();
            checkQuotesStillHold(source, FieldErrors.valid(validator, input));
            copy(input, source);
            Source.getEntityManager().flush();
            IndexOutbox.quotesOf(QuoteReference.SOURCE, id);
            audit.updated(RecordType.SOURCE, id, source.title, before, SourceDto.from(source, 0).auditFields());
            return SourceDto.from(source, quotes.countBy(QuoteReference.SOURCE, List.of(id)).getOrDefault(id, 0L));
        });
        return updated;
    }

    public void delete(long id) {
        writes.commit(() -> {
            Source source = find(id);
            quotes.refuseIfQuoted(QuoteReference.SOURCE, id, "Source " + id + " (" + source.title + ")");
            audit.deleted(RecordType.SOURCE, id, source.title, SourceDto.from(source, 0).auditFields(), null);
            source.delete();
        });
    }

    /** Sources with exactly this title, and this publication date when given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Source> findByTitle(String title, LocalDate publishedOn) {
        return publishedOn == null
                ? Source.list("title = ?1 order by id", title.strip())
                : Source.list("title = ?1 and publishedOn = ?2 order by id", title.strip(), publishedOn);
    }

    public static Source find(long id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("source", id));
    }

    private static void checkQuotesStillHold(Source source, SourceInput input) {
        List<Long> broken = new ArrayList<>();
        for (Quote quote : Quote.<Quote>list("source.id = ?1 order by id", source.id)) {
            boolean textHolds = quote.endOffset <= input.text().length()
                    && input.text().substring(quote.startOffset, quote.endOffset).equals(quote.text);
            boolean dateHolds = quote.spokenOn == null || !quote.spokenOn.isAfter(input.publishedOn());
            if (!textHolds || !dateHolds) {
                broken.add(quote.id);
            }
        }
        if (!broken.isEmpty()) {
            throw new ConflictException("The new text or publication date no longer fits " + broken.size()
                    + " quote(s) of this source " + broken.subList(0, Math.min(10, broken.size()))
                    + ": their offsets must still point at their text, and they cannot be said after publication."
                    + " Correct those quotes first.");
        }
    }

    private static void copy(SourceInput input, Source source) {
        source.title = input.title().strip();
        source.publisher = blankToNull(input.publisher());
        source.url = blankToNull(input.url());
        source.publishedOn = input.publishedOn();
        source.language = input.language();
        source.text = input.text();
        source.notes = blankToNull(input.notes());
    }
}
