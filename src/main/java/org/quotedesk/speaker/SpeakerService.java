package org.quotedesk.speaker;

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
public class SpeakerService {

    @Inject
    QuoteService quotes;

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Transactional
    public ResultPage<SpeakerDto> list(PageRequest page) {
        List<Speaker> speakers = Speaker.<Speaker>find("order by name, id").page(page.page(), page.size()).list();
        Map<Long, Long> counts = quotes.countBy(QuoteReference.SPEAKER, speakers.stream().map(s -> s.id).toList());
        return ResultPage.of(speakers, Speaker.count(), page, s -> SpeakerDto.from(s, counts.getOrDefault(s.id, 0L)));
    }

    /** Every speaker, with their quote count, for an A–Z index. */
    @Transactional
    public List<SpeakerDto> directory() {
        List<Speaker> all = Speaker.listAll();
        Map<Long, Long> counts = quotes.countBy(QuoteReference.SPEAKER, all.stream().map(s -> s.id).toList());
        return all.stream().map(s -> SpeakerDto.from(s, counts.getOrDefault(s.id, 0L))).toList();
    }

    @Transactional
    public SpeakerDto get(long id) {
        Speaker speaker = find(id);
        return SpeakerDto.from(speaker, quotes.countBy(QuoteReference.SPEAKER, List.of(id)).getOrDefault(id, 0L));
    }

    /** The ids of the speakers an API parameter names: a numeric id, or a name or alias (any case). */
    @Transactional
    public Set<Long> idsFor(String idOrName) {
        if (idOrName.matches("\\d{1,18}")) {
            return Set.of(Long.parseLong(idOrName));
        }
        return Set.copyOf(idsByName(idOrName));
    }

    /** Speakers with exactly this name, else with it in another case, else with it as an alias. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> idsByName(String name) {
        String stripped = name.strip();
        List<Long> exact = Speaker.<Speaker>list("name", stripped).stream().map(s -> s.id).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        List<Long> anyCase = Speaker.<Speaker>list("lower(name) = ?1", lower).stream().map(s -> s.id).toList();
        return !anyCase.isEmpty() ? anyCase : Speaker.getEntityManager()
                .createQuery("select distinct s.id from Speaker s join s.aliases a where lower(a) = :name", Long.class)
                .setParameter("name", lower)
                .getResultList();
    }

    /** Every name, in order: what a form offers to pick from. */
    @Transactional
    public List<String> allNames() {
        return Speaker.getEntityManager().createQuery("select e.name from Speaker e order by e.name", String.class)
                .getResultList();
    }

    @Transactional
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : Speaker.<Speaker>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.name));
    }

    public SpeakerDto create(SpeakerInput input) {
        return writes.commit(() -> SpeakerDto.from(insert(input), 0));
    }

    /** Stores a new speaker in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Speaker insert(SpeakerInput input) {
        Speaker speaker = new Speaker();
        copy(FieldErrors.valid(validator, input), speaker);
        speaker.persist();
        audit.created(RecordType.SPEAKER, speaker.id, speaker.name, SpeakerDto.from(speaker, 0).auditFields());
        return speaker;
    }

    /** Saves the speaker and re-indexes their quotes, which carry the name, aliases and role. */
    public SpeakerDto update(long id, SpeakerInput input) {
        SpeakerDto updated = writes.commit(() -> {
            Speaker speaker = find(id);
            ConflictException.checkVersion("speaker", id, input.version(), speaker.version);
            Map<String, String> before = SpeakerDto.from(speaker, 0).auditFields();
            copy(FieldErrors.valid(validator, input), speaker);
            Speaker.getEntityManager().flush();
            IndexOutbox.quotesOf(QuoteReference.SPEAKER, id);
            audit.updated(RecordType.SPEAKER, id, speaker.name, before, SpeakerDto.from(speaker, 0).auditFields());
            return SpeakerDto.from(speaker, quotes.countBy(QuoteReference.SPEAKER, List.of(id)).getOrDefault(id, 0L));
        });
        return updated;
    }

    /** Only a speaker nobody is quoted as: quotes are never left without their speaker. */
    public void delete(long id) {
        writes.commit(() -> {
            Speaker speaker = find(id);
            quotes.refuseIfQuoted(QuoteReference.SPEAKER, id, "Speaker " + id + " (" + speaker.name + ")");
            audit.deleted(RecordType.SPEAKER, id, speaker.name, SpeakerDto.from(speaker, 0).auditFields(), null);
            speaker.delete();
        });
    }

    /** The speaker with this id, for a write; a 404 when there is none. */
    public static Speaker find(long id) {
        return Speaker.<Speaker>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("speaker", id));
    }

    private static void copy(SpeakerInput input, Speaker speaker) {
        speaker.name = input.name().strip();
        speaker.aliases.clear();
        if (input.aliases() != null) {
            input.aliases().stream().map(String::strip).distinct().forEach(speaker.aliases::add);
        }
        speaker.kind = input.kind();
        speaker.role = blankToNull(input.role());
        speaker.affiliation = blankToNull(input.affiliation());
        speaker.wikidataId = blankToNull(input.wikidataId());
    }
}
