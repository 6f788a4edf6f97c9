package org.quotedesk.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.CuratedRecord;
import org.quotedesk.common.FieldErrors;

/**
 * The one resolver of the speaker, venue and source a quote to write names: a stored record by id,
 * the one record with a name, or a new record with the details given. Problems come back as field
 * errors ("speaker.name: 2 speakers have this name or alias: give the id"); new records are created
 * only once the whole quote has been checked.
 */
@ApplicationScoped
public class References {

    @Inject
    Validator validator;

    /**
     * The ids a run of writes (an import) has already found or created by name, so that each name is
     * looked up once, and a record created by one line is the record of the lines after it.
     */
    public static final class Memory {

        private final Map<String, Map<String, Long>> idsByKind = new HashMap<>();

        Map<String, Long> of(RecordCurator<?, ?, ?, ?> kind) {
            return idsByKind.computeIfAbsent(kind.kind(), k -> new HashMap<>());
        }

        /** After a failed transaction: the records it created are gone. */
        public void forget() {
            idsByKind.clear();
        }
    }

    /** A reference resolved: the stored record, or the valid details of the record to create. */
    record Resolved<E, I>(E stored, I toCreate) {
    }

    /** The record a reference means; null, with errors under {@code field}, when it means none. */
    <E extends CuratedRecord, I extends RecordInput> Resolved<E, I> resolve(RecordCurator<E, I, ?, ?> kind,
            Reference<I> reference, String field, Memory memory, FieldErrors errors) {
        if (reference instanceof Reference.ById<I> byId) {
            E stored = kind.findOrNull(byId.id());
            errors.check(stored != null, field + ".id", "no " + kind.kind() + " has the id " + byId.id());
            return stored == null ? null : new Resolved<>(stored, null);
        }
        Reference.ByName<I> byName = (Reference.ByName<I>) reference;
        String name = byName.name();
        if (name == null || name.isBlank()) {
            errors.add(field, "give its id or its " + kind.nameField());
            return null;
        }
        Map<String, Long> known = memory.of(kind);
        String key = kind.nameKey(name, byName.ifNew());
        Long id = known.get(key);
        boolean remembered = id != null;
        if (id == null) {
            List<Long> ids = kind.idsNamed(name, byName.ifNew());
            if (ids.size() > 1) {
                errors.add(field + "." + kind.nameField(), ids.size() + " " + kind.kind() + "s have this "
                        + kind.namedBy() + ": give the id");
                return null;
            }
            id = ids.isEmpty() ? null : ids.get(0);
        }
        if (id != null) {
            known.put(key, id);
            // A name this run found or created already: its record is not read again, only pointed at.
            return new Resolved<>(remembered ? kind.reference(id) : kind.find(id), null);
        }
        if (byName.ifNew() == null) {
            errors.add(field + "." + kind.nameField(), "no " + kind.kind() + " has this " + kind.namedBy());
            return null;
        }
        int before = errors.size();
        errors.addAll(field + ".", validator.validate(byName.ifNew()));
        return errors.size() > before ? null : new Resolved<>(null, byName.ifNew());
    }

    /** The stored record, creating it first when it is new; a run of writes remembers it by its names. */
    <E extends CuratedRecord, I extends RecordInput> E store(RecordCurator<E, I, ?, ?> kind, Resolved<E, I> resolved,
            Memory memory) {
        return store(kind, resolved, memory, null);
    }

    /** As {@link #store(RecordCurator, Resolved, Memory)}; a record created points at the import's entry, if any. */
    <E extends CuratedRecord, I extends RecordInput> E store(RecordCurator<E, I, ?, ?> kind, Resolved<E, I> resolved,
            Memory memory, Long importEntry) {
        if (resolved == null) {
            return null;
        }
        if (resolved.stored() != null) {
            return resolved.stored();
        }
        E created = kind.insertValid(resolved.toCreate(), importEntry);
        Map<String, Long> known = memory.of(kind);
        for (String name : kind.namesOf(resolved.toCreate())) {
            known.putIfAbsent(kind.nameKey(name, resolved.toCreate()), created.id);
        }
        return created;
    }
}
