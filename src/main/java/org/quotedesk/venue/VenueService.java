package org.quotedesk.venue;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quotedesk.audit.AuditTrail;
import org.quotedesk.audit.RecordType;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ResultPage;
import org.quotedesk.common.Writes;
import org.quotedesk.quote.QuoteReference;
import org.quotedesk.quote.QuoteService;
import org.quotedesk.search.IndexOutbox;

@ApplicationScoped
public class VenueService {

    @Inject
    QuoteService quotes;

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Transactional
    public ResultPage<VenueDto> list(PageRequest page) {
        List<Venue> venues = Venue.<Venue>find("order by name, id").page(page.page(), page.size()).list();
        Map<Long, Long> counts = quotes.countBy(QuoteReference.VENUE, venues.stream().map(v -> v.id).toList());
        return ResultPage.of(venues, Venue.count(), page, v -> VenueDto.from(v, counts.getOrDefault(v.id, 0L)));
    }

    /** Every venue, by name, with its quote count. */
    @Transactional
    public List<VenueDto> all() {
        List<Venue> all = Venue.list("order by name, id");
        Map<Long, Long> counts = quotes.countBy(QuoteReference.VENUE, all.stream().map(v -> v.id).toList());
        return all.stream().map(v -> VenueDto.from(v, counts.getOrDefault(v.id, 0L))).toList();
    }

    @Transactional
    public VenueDto get(long id) {
        Venue venue = find(id);
        return VenueDto.from(venue, quotes.countBy(QuoteReference.VENUE, List.of(id)).getOrDefault(id, 0L));
    }

    /** The ids of the venues an API parameter names: a numeric id, or a name (any case). */
    @Transactional
    public Set<Long> idsFor(String idOrName) {
        if (idOrName.matches("\\d{1,18}")) {
            return Set.of(Long.parseLong(idOrName));
        }
        return Set.copyOf(idsByName(idOrName));
    }

    /** Venues with exactly this name, in any case. */
    @Transactional
    public List<Long> idsByName(String name) {
        return Venue.<Venue>list("lower(name) = ?1", name.strip().toLowerCase(Locale.ROOT)).stream()
                .map(v -> v.id).toList();
    }

    /** Every name, in order: what a form offers to pick from. */
    @Transactional
    public List<String> allNames() {
        return Venue.getEntityManager().createQuery("select e.name from Venue e order by e.name", String.class)
                .getResultList();
    }

    @Transactional
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : Venue.<Venue>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, v -> v.name));
    }

    public VenueDto create(VenueInput input) {
        return writes.commit(() -> VenueDto.from(insert(input), 0));
    }

    /** Stores a new venue in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Venue insert(VenueInput input) {
        Venue venue = new Venue();
        copy(FieldErrors.valid(validator, input), venue);
        venue.persist();
        audit.created(RecordType.VENUE, venue.id, venue.name, VenueDto.from(venue, 0).auditFields());
        return venue;
    }

    /** Saves the venue and re-indexes its quotes, which carry its name and location. */
    public VenueDto update(long id, VenueInput input) {
        VenueDto updated = writes.commit(() -> {
            Venue venue = find(id);
            ConflictException.checkVersion("venue", id, input.version(), venue.version);
            Map<String, String> before = VenueDto.from(venue, 0).auditFields();
            copy(FieldErrors.valid(validator, input), venue);
            Venue.getEntityManager().flush();
            IndexOutbox.quotesOf(QuoteReference.VENUE, id);
            audit.updated(RecordType.VENUE, id, venue.name, before, VenueDto.from(venue, 0).auditFields());
            return VenueDto.from(venue, quotes.countBy(QuoteReference.VENUE, List.of(id)).getOrDefault(id, 0L));
        });
        return updated;
    }

    public void delete(long id) {
        writes.commit(() -> {
            Venue venue = find(id);
            quotes.refuseIfQuoted(QuoteReference.VENUE, id, "Venue " + id + " (" + venue.name + ")");
            audit.deleted(RecordType.VENUE, id, venue.name, VenueDto.from(venue, 0).auditFields(), null);
            venue.delete();
        });
    }

    public static Venue find(long id) {
        return Venue.<Venue>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("venue", id));
    }

    private static void copy(VenueInput input, Venue venue) {
        venue.name = input.name().strip();
        venue.kind = input.kind();
        venue.location = blankToNull(input.location());
    }
}
