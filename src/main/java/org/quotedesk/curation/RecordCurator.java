package org.quotedesk.curation;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotedesk.catalogue.CuratedRecord;
import org.quotedesk.catalogue.RecordChanged;
import org.quotedesk.catalogue.RecordNames;
import org.quotedesk.catalogue.history.AuditTrail;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteReference;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ResultPage;
import org.quotedesk.common.Writes;

/**
 * How a record that quotes refer to (a speaker, a venue, a source) is listed, read, created, saved
 * and deleted: the rules are the same for every kind, and a kind says only what differs (its
 * fields, its order, how it reads in lists and in the audit trail).
 *
 * @param <E> the record
 * @param <I> the record as a client writes it (JSON or a form)
 * @param <D> the record as it is read, whole
 * @param <S> the record as a list shows it
 */
public abstract class RecordCurator<E extends CuratedRecord, I extends RecordInput, D, S> {

    @Inject
    Writes writes;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RecordChanged> changes;

    @Inject
    Validator validator;

    /** Which kind of record, for the audit trail, the search index and messages. */
    public abstract RecordType type();

    /** How quotes refer to this kind. */
    protected abstract QuoteReference reference();

    /** The JPQL entity name and the order of lists ("Speaker", "name, id"). */
    protected abstract String entityName();

    protected abstract String order();

    protected abstract E newRecord();

    /** Copies a valid input onto the record. */
    protected abstract void copy(I input, E record);

    protected abstract D detail(E record, long quoteCount);

    protected abstract S row(E record, long quoteCount);

    /** The record's fields as the audit trail shows them. */
    protected abstract Map<String, String> auditFields(E record);

    /** How the record is named in lists of changes and in messages. */
    protected abstract String label(E record);

    /** More rules for a save, once the input is valid: a 409 or a 400 when it breaks one. */
    protected void checkUpdate(E record, I input) {
    }

    /**
     * The records a quote means when it names one ("Groucho Marx"; a source by its title, and by the
     * date of the one to create, when given): several is ambiguous, none means a new one.
     */
    protected abstract List<Long> idsNamed(String name, I details);

    /** The field that names a record: "name", or a source's "title". */
    protected String nameField() {
        return "name";
    }

    /** What a name is compared with, for messages: "name or alias". */
    protected String namedBy() {
        return nameField();
    }

    /** The names under which a record just created is known within a run of writes. */
    protected List<String> namesOf(I input) {
        return List.of(nameOf(input));
    }

    protected abstract String nameOf(I input);

    /** How a run of writes remembers a name it looked up: the same name, whatever its case. */
    protected String nameKey(String name, I details) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The names of the records with these ids (absent: no such record). */
    @Transactional
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return RecordNames.of(entityName(), nameField(), ids);
    }

    /** Every name, in order: what a form offers to pick from. */
    @Transactional
    public List<String> allNames() {
        return Quote.getEntityManager().createQuery("select e." + nameField() + " from " + entityName() + " e order by e."
                + nameField(), String.class).getResultList();
    }

    @Transactional
    public ResultPage<S> list(PageRequest page) {
        List<E> records = Quote.getEntityManager()
                .createQuery("from " + entityName() + " e order by " + prefixed(order()), recordClass())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> counts = Quote.countBy(reference(), records.stream().map(r -> r.id).toList());
        long total = Quote.getEntityManager().createQuery("select count(e) from " + entityName() + " e", Long.class)
                .getSingleResult();
        return ResultPage.of(records, total, page, r -> row(r, counts.getOrDefault(r.id, 0L)));
    }

    /** Every record, in list order: for an index of them all. */
    @Transactional
    public List<S> all() {
        List<E> records = Quote.getEntityManager()
                .createQuery("from " + entityName() + " e order by " + prefixed(order()), recordClass()).getResultList();
        Map<Long, Long> counts = Quote.countBy(reference(), records.stream().map(r -> r.id).toList());
        return records.stream().map(r -> row(r, counts.getOrDefault(r.id, 0L))).toList();
    }

    @Transactional
    public D get(long id) {
        E record = find(id);
        return detail(record, Quote.countBy(reference(), List.of(id)).getOrDefault(id, 0L));
    }

    public D create(I input) {
        return writes.commit(() -> detail(insert(input), 0));
    }

    /** Stores a new record in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public E insert(I input) {
        return insertValid(FieldErrors.valid(validator, input));
    }

    /** Stores a new record whose input was found valid already. */
    E insertValid(I input) {
        return insertValid(input, null);
    }

    /**
     * Stores a new record whose input was found valid already; created by a chunk of an import, it
     * points at that chunk's audit entry instead of having one of its own.
     */
    E insertValid(I input, Long importEntry) {
        E record = newRecord();
        copy(input, record);
        record.importEntry = importEntry;
        record.persist();
        if (importEntry == null) {
            audit.created(type(), record.id, label(record), auditFields(record));
        }
        return record;
    }

    /** Saves the record; its quotes' search documents, which show it, are rewritten. */
    public D update(long id, I input) {
        return writes.commit(() -> {
            E record = find(id);
            ConflictException.checkVersion(kind(), id, input.version(), record.version);
            Map<String, String> before = auditFields(record);
            FieldErrors.valid(validator, input);
            checkUpdate(record, input);
            copy(input, record);
            Quote.getEntityManager().flush();
            changes.fire(new RecordChanged(type(), id));
            audit.updated(type(), id, label(record), before, auditFields(record));
            return detail(record, Quote.countBy(reference(), List.of(id)).getOrDefault(id, 0L));
        });
    }

    /** Only a record no quote refers to: quotes are never left without their speaker or source. */
    public void delete(long id) {
        writes.commit(() -> {
            E record = find(id);
            long quoted = Quote.countBy(reference(), List.of(id)).getOrDefault(id, 0L);
            if (quoted > 0) {
                throw new ConflictException(capitalised(kind()) + " " + id + " (" + label(record) + ") is the "
                        + kind() + " of " + quoted + " quote(s): delete them, or give them another " + kind()
                        + ", first.");
            }
            audit.deleted(type(), id, label(record), auditFields(record), null);
            record.delete();
        });
    }

    /** The record's history, newest first, from the import that created it, if one did. */
    @Transactional
    public List<AuditView> history(long id) {
        E record = findOrNull(id);
        return audit.history(type(), id, record == null ? null : record.importEntry);
    }

    /** The record with this id; a 404 when there is none. */
    public E find(long id) {
        E record = findOrNull(id);
        if (record == null) {
            throw new ResourceNotFoundException(kind(), id);
        }
        return record;
    }

    /** The record with this id, known to exist, read only when a field other than its id is used. */
    E reference(long id) {
        return Quote.getEntityManager().getReference(recordClass(), id);
    }

    E findOrNull(long id) {
        return Quote.getEntityManager().find(recordClass(), id);
    }

    /** "speaker", "venue", "source". */
    public String kind() {
        return reference().association;
    }

    @SuppressWarnings("unchecked")
    private Class<E> recordClass() {
        return (Class<E>) newRecord().getClass();
    }

    private static String prefixed(String order) {
        return ("e." + order.replace(", ", ", e."));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
