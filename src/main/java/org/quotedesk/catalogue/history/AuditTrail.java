package org.quotedesk.catalogue.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResultPage;

/**
 * Records every create, update and delete of every record, in the writing transaction: who (the
 * signed-in account, or "system" at start-up), when, and each field's old and new value.
 */
@ApplicationScoped
public class AuditTrail {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };
    private static final int LABEL_LENGTH = 300;

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(RecordType type, long id, String label, Map<String, String> after) {
        record(AuditAction.CREATE, type, id, label, diff(Map.of(), after), null);
    }

    /** Only the fields that changed; nothing at all when none did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(RecordType type, long id, String label, Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = diff(before, after);
        if (!changes.isEmpty()) {
            record(AuditAction.UPDATE, type, id, label, changes, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(RecordType type, long id, String label, Map<String, String> before, Object restoreData) {
        record(AuditAction.DELETE, type, id, label, diff(before, Map.of()), restoreData == null ? null : write(restoreData));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void restored(RecordType type, long id, String label, Map<String, String> after, long fromEntry) {
        List<FieldChange> changes = new ArrayList<>(diff(Map.of(), after));
        changes.add(0, new FieldChange("restored from", null, "audit entry " + fromEntry));
        record(AuditAction.RESTORE, type, id, label, changes, null);
    }

    /**
     * A chunk of an import, which created records in bulk: one entry for them all, whose id they
     * keep. Its label and counts are set once the chunk is written ({@link #describeImport}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long imported(long firstLine) {
        return record(AuditAction.IMPORT, RecordType.IMPORT, firstLine, "Import", List.of(), null).id;
    }

    /** What the chunk of an import wrote, before its transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void describeImport(long entryId, String label, Map<String, String> counts) {
        AuditEntry entry = AuditEntry.findById(entryId);
        entry.label = label;
        entry.changes = write(diff(Map.of(), counts));
    }

    /** A record's history, newest first. */
    @Transactional
    public List<AuditView> history(RecordType type, long id) {
        return history(type, id, null);
    }

    /** A record's history, newest first; a record an import created starts with that import's entry. */
    @Transactional
    public List<AuditView> history(RecordType type, long id, Long importEntry) {
        List<AuditView> history = new ArrayList<>(AuditEntry.<AuditEntry>list(
                "recordType = ?1 and recordId = ?2 order by id desc", type, id).stream().map(this::view).toList());
        if (importEntry != null) {
            AuditEntry.<AuditEntry>findByIdOptional(importEntry).ifPresent(entry -> history.add(view(entry)));
        }
        return history;
    }

    /** Every change, newest first. */
    @Transactional
    public ResultPage<AuditView> recent(PageRequest page) {
        List<AuditEntry> entries = AuditEntry.<AuditEntry>find("order by id desc").page(page.page(), page.size()).list();
        return ResultPage.of(entries, AuditEntry.count(), page, this::view);
    }

    /** The deleted quote an entry can bring back, as the JSON {@code POST /api/quotes} takes. */
    @Transactional
    public String restoreData(long entryId) {
        AuditEntry entry = AuditEntry.findById(entryId);
        return entry == null || entry.action != AuditAction.DELETE ? null : entry.restoreData;
    }

    private AuditEntry record(AuditAction action, RecordType type, long id, String label, List<FieldChange> changes,
            String restoreData) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.username = currentUser();
        entry.action = action;
        entry.recordType = type;
        entry.recordId = id;
        entry.label = label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
        entry.changes = write(changes);
        entry.restoreData = restoreData;
        entry.persist();
        return entry;
    }

    private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private AuditView view(AuditEntry e) {
        try {
            return new AuditView(e.id, e.at, e.username, e.action, e.recordType, e.recordId, e.label,
                    json.readValue(e.changes, CHANGES),
                    e.action == AuditAction.DELETE && e.recordType == RecordType.QUOTE);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable audit entry " + e.id, ex);
        }
    }

    /** Who is signed in, or "system" outside a request (the seed, start-up work). */
    public String currentUser() {
        if (!Arc.container().requestContext().isActive() || identity.get().isAnonymous()) {
            return "system";
        }
        return identity.get().getPrincipal().getName();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
