package org.quotedesk.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.quotedesk.catalogue.RecordChanged;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.statement.SameStatement;
import org.quotedesk.catalogue.statement.StatementStore;
import org.quotedesk.catalogue.statement.StatementStore.Report;
import org.quotedesk.catalogue.statement.Wording;
import org.quotedesk.catalogue.statement.WordingKeys;
import org.quotedesk.search.QuoteSearchService;

/**
 * Puts each quote written in the statement it reports, on every write path ({@link Quotes},
 * {@link QuoteBatches}): the reports its keys bring up are tried with {@link SameStatement}, and the
 * quote joins the statement of the closest (same words, then a variant, then a fragment; the oldest
 * statement on a tie) or starts one. It never joins two statements together: that is an editor's
 * merge. Two quotes of one statement written at the same moment in two transactions cannot see each
 * other and start two statements: an editor merges them.
 */
@ApplicationScoped
public class StatementLinker {

    /** Reports tried per quote: its statement's reports come up first, by their exact keys. */
    static final int CANDIDATES = 32;

    /** Stored candidates read from the database at a time. */
    static final int READ_AT_ONCE = 8;

    /** A statement with more reports than this is not regrouped when one leaves it: it stays whole. */
    static final int MAX_REGROUPED = 100;

    /** Where a quote belongs, decided before it is stored: its statement, its keys, its speaker-free key. */
    public record Link(long statementId, WordingKeys.Keys keys, long wordingHash) {
    }

    /**
     * The quotes of one chunk decided so far, which the database does not show yet: a chunk is stored
     * at once, after each of its quotes is linked, so its own quotes are looked up here.
     */
    public static final class Chunk {

        private record Pending(long speakerId, Wording wording, long statementId) {
        }

        private final Map<Long, List<Pending>> byKey = new HashMap<>();

        private List<Pending> sharing(List<Long> keys) {
            List<Pending> found = new ArrayList<>();
            for (long key : keys) {
                for (Pending pending : byKey.getOrDefault(key, List.of())) {
                    if (!found.contains(pending) && found.size() < CANDIDATES) {
                        found.add(pending);
                    }
                }
            }
            return found;
        }

        private void add(long speakerId, Wording wording, Link link) {
            Pending pending = new Pending(speakerId, wording, link.statementId());
            for (long key : link.keys().all()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(pending);
            }
        }
    }

    @Inject
    Event<RecordChanged> changes;

    @Inject
    QuoteSearchService index;

    /** Puts a stored quote in its statement; returns the statement's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long link(long quoteId, long speakerId, String text) {
        Link link = decide(quoteId, speakerId, Wording.of(text), null);
        StatementStore.assign(quoteId, link.statementId(), false, link.wordingHash());
        return link.statementId();
    }

    /** The statement of a quote of a chunk not stored yet, among the stored quotes and the chunk's earlier ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Link decide(long speakerId, String text, Chunk chunk) {
        Wording wording = Wording.of(text);
        Link link = decide(-1, speakerId, wording, chunk);
        chunk.add(speakerId, wording, link);
        return link;
    }

    private Link decide(long quoteId, long speakerId, Wording wording, Chunk chunk) {
        WordingKeys.Keys keys = WordingKeys.of(speakerId, wording);
        Optional<Long> statement = closest(wording, speakerId, keys.exact(), chunk,
                () -> filedUnder(keys.exact(), quoteId));
        if (statement.isEmpty()) {
            statement = closest(wording, speakerId, keys.shingles(), chunk,
                    () -> filedUnder(keys.shingles(), quoteId));
        }
        return new Link(statement.orElseGet(StatementStore::newStatementId), keys, WordingKeys.wordingHash(wording));
    }

    /**
     * The ids of the stored quotes filed under the keys, most keys shared first. The search index files
     * them (a quote's keys depend on its speaker and words alone); what it does not show yet is a
     * write of another transaction not caught up, or the current import chunk, which {@link Chunk} holds.
     */
    private List<Long> filedUnder(List<Long> keys, long exceptId) {
        List<Long> ids = new ArrayList<>(index.filedUnder(keys, CANDIDATES + 1));
        ids.remove(exceptId);
        return ids;
    }

    /**
     * The quote's words or speaker changed: it leaves its statement (whose other reports are regrouped)
     * and is linked again, unless an editor pinned it there and the speaker is the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long relink(long quoteId, long speakerId, String text, Long statementBefore, boolean speakerChanged,
            boolean pinned) {
        if (pinned && !speakerChanged && statementBefore != null) {
            StatementStore.assign(quoteId, statementBefore, true, WordingKeys.wordingHash(Wording.of(text)));
            return statementBefore;
        }
        long id = link(quoteId, speakerId, text);
        if (statementBefore != null && statementBefore != id) {
            regroup(statementBefore);
        }
        return id;
    }

    /** A quote of the statement was deleted: the reports left are regrouped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void left(Long statement) {
        if (statement != null) {
            regroup(statement);
        }
    }

    /**
     * The reports left in a statement may no longer hang together (the one that linked them left): they
     * are grouped again by the rule, the group holding the first report keeping the statement's id and
     * each other group getting its own. Reports an editor pinned stay.
     */
    void regroup(long statement) {
        List<Report> reports = StatementStore.reportsOf(statement, MAX_REGROUPED + 1);
        if (reports.size() < 2 || reports.size() > MAX_REGROUPED) {
            return;
        }
        int[] group = new int[reports.size()];
        List<Wording> wordings = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            group[i] = reports.get(i).pinned() ? 0 : i;
            wordings.add(Wording.of(reports.get(i).text()));
        }
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                if (SameStatement.match(wordings.get(i), wordings.get(j)) != null) {
                    join(group, i, j);
                }
            }
        }
        Map<Integer, Long> newIds = new HashMap<>();
        int first = root(group, 0);
        for (int i = 0; i < reports.size(); i++) {
            int root = root(group, i);
            if (root != first) {
                Report report = reports.get(i);
                long id = newIds.computeIfAbsent(root, r -> StatementStore.newStatementId());
                StatementStore.assign(report.id(), id, report.pinned(), WordingKeys.wordingHash(wordings.get(i)));
                changes.fire(new RecordChanged(RecordType.QUOTE, report.id()));
            }
        }
    }

    /**
     * The best statement among the chunk's quotes and the stored ones filed under the keys. Stored
     * candidates are read a few at a time, best filed first, until one links: a statement reported a
     * hundred times would otherwise be read a hundred times over.
     */
    private static Optional<Long> closest(Wording wording, long speakerId, List<Long> keys, Chunk chunk,
            Supplier<List<Long>> storedIds) {
        record Linked(long statement, SameStatement.Kind kind) {
        }
        List<Linked> linked = new ArrayList<>();
        if (chunk != null) {
            for (Chunk.Pending pending : chunk.sharing(keys)) {
                SameStatement.Kind kind = pending.speakerId() == speakerId
                        ? SameStatement.match(wording, pending.wording()) : null;
                if (kind != null) {
                    linked.add(new Linked(pending.statementId(), kind));
                }
            }
        }
        // A quote of the chunk that links was itself linked to the stored quotes a moment ago.
        List<Long> ids = linked.isEmpty() ? storedIds.get() : List.of();
        for (int from = 0; from < ids.size() && linked.isEmpty(); from += READ_AT_ONCE) {
            for (Report candidate : StatementStore.byIds(ids.subList(from, Math.min(ids.size(), from + READ_AT_ONCE)))) {
                if (candidate.speakerId() != speakerId || candidate.statementId() == null) {
                    continue;
                }
                SameStatement.Kind kind = SameStatement.match(wording, Wording.of(candidate.text()));
                if (kind != null) {
                    linked.add(new Linked(candidate.statementId(), kind));
                }
            }
        }
        return linked.stream().min(Comparator.comparing(Linked::kind).thenComparing(Linked::statement))
                .map(Linked::statement);
    }

    private static void join(int[] group, int a, int b) {
        int ra = root(group, a);
        int rb = root(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }
}
