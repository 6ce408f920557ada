package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.VersionConflictException;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.java.ao.Query;

/**
 * Materialised progress in the PROGRESS table, written with optimistic concurrency that needs no conditional UPDATE
 * (which the AO API lacks): a write inserts the subject's next version and deletes the version it read. The unique
 * {@code VERSION_KEY} lets only one of two writers that read the same version insert its successor; a re-read before
 * commit catches a writer whose read was overtaken by more than one version. The loser rolls back and retries from its
 * reads, applying "newer computedAt wins" again. See docs/adr/0003-optimistic-progress-writes.md.
 */
public final class AoMaterialisedProgressRepository implements MaterialisedProgressRepository {

    static final int ATTEMPTS = 4;

    /** Subjects are written in one order by every writer, so two batches never wait on each other in a cycle. */
    private static final Comparator<ProgressSubject> WRITE_ORDER =
            Comparator.comparing(ProgressSubject::kind).thenComparingLong(ProgressSubject::issueId);

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;
    private final ChangeMarks<ProgressEntity> marks;
    private final AoInserts inserts;

    /** Inserts batched when the facade has the multi-row create, row by row otherwise ({@link AoInserts#detect}). */
    public AoMaterialisedProgressRepository(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this(ao, transactions, AoInserts.detect(ao));
    }

    AoMaterialisedProgressRepository(ActiveObjects ao, ActiveObjectsTransactions transactions, AoInserts inserts) {
        this.ao = ao;
        this.transactions = transactions;
        this.marks = new ChangeMarks<>(ao, ProgressEntity.class);
        this.inserts = inserts;
    }

    @Override
    public Map<ProgressSubject, StoredProgress> save(Collection<StoredProgress> rows) {
        Map<ProgressSubject, StoredProgress> newest = new TreeMap<>(WRITE_ORDER);
        for (StoredProgress row : ValidationException.requireValue(rows, "progress")) {
            ValidationException.requireValue(row, "progress");
            ProgressMapper.columns(row, 1);
            newest.merge(row.subject(), row, (a, b) -> b.computedAt().isAfter(a.computedAt()) ? b : a);
        }
        if (newest.isEmpty()) {
            return Map.of();
        }
        String subject =
                newest.size() == 1 ? describe(newest.keySet().iterator().next()) : newest.size() + " progress rows";
        return Retrying.write(transactions, ATTEMPTS, subject, () -> writeOnce(newest));
    }

    private Map<ProgressSubject, StoredProgress> writeOnce(Map<ProgressSubject, StoredProgress> newest) {
        Map<ProgressSubject, ProgressEntity> current = single(rowsOf(newest.keySet()));
        Map<ProgressSubject, StoredProgress> written = new LinkedHashMap<>();
        List<Map<String, Object>> columns = new ArrayList<>();
        List<ProgressEntity> replaced = new ArrayList<>();
        newest.forEach((subject, row) -> {
            ProgressEntity stored = current.get(subject);
            if (stored != null && Columns.millis(row.computedAt()) < stored.getComputedAt()) {
                return;
            }
            long version = stored == null ? 1 : stored.getRowVersion() + 1;
            columns.add(ProgressMapper.columns(row, version));
            if (stored != null) {
                replaced.add(stored);
            }
            written.put(subject, ProgressMapper.asStored(row, version));
        });
        if (!columns.isEmpty()) {
            inserts.insert(ProgressEntity.class, columns);
        }
        for (List<ProgressEntity> chunk : Chunks.of(replaced)) {
            ao.delete(chunk.toArray(new ProgressEntity[0]));
        }
        if (!written.isEmpty()) {
            requireOnlyOurs(written);
        }
        return written;
    }

    /**
     * The conditional write of ADR 0007, a compare-and-swap per subject in three statements when every subject had a
     * row: one {@code DELETE ... WHERE VERSION_KEY IN (...)} of the expected versions, whose count proves that none of
     * them was replaced meanwhile (a concurrent deleter of the same row waits for us and then deletes nothing), one
     * batched insert of the next versions (one insert per row on a facade without the multi-row create, see {@link
     * AoInserts}), and, only for subjects that are only checked, one read before. A subject
     * expected without a row is inserted at version 1, which the unique version key lets only one writer do; a read
     * after the insert makes sure that no other writer got further in between. Inside a caller's transaction every
     * subject is checked by a read first, so that a conflict found there leaves the caller's transaction usable.
     */
    @Override
    public Map<ProgressSubject, StoredProgress> saveIfUnchanged(
            Collection<StoredProgress> rows, Map<ProgressSubject, Long> expected) {
        ValidationException.requireValue(expected, "expected");
        Map<ProgressSubject, StoredProgress> written = new TreeMap<>(WRITE_ORDER);
        for (StoredProgress row : ValidationException.requireValue(rows, "progress")) {
            ValidationException.requireValue(row, "progress");
            Long version = expected.get(row.subject());
            if (version == null || version < 0) {
                throw new IllegalArgumentException("no expected version for " + describe(row.subject()));
            }
            ProgressMapper.columns(row, version + 1);
            if (written.put(row.subject(), row) != null) {
                throw new IllegalArgumentException(describe(row.subject()) + " is written twice");
            }
        }
        if (written.isEmpty()) {
            return Map.of();
        }
        boolean nested = transactions.isActive();
        if (nested) {
            // checked before any write, outside a nested transaction call, so the caller's transaction stays usable
            Set<ProgressSubject> moved = moved(expected);
            if (!moved.isEmpty()) {
                throw conflict(moved);
            }
        }
        try {
            return transactions.inTransaction(() -> swapOnce(written, expected, !nested));
        } catch (VersionConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!WriteConflicts.isConflict(e)) {
                throw e;
            }
            Set<ProgressSubject> moved = nested ? Set.of() : moved(expected);
            throw new VersionConflictException(
                    moved.isEmpty() ? written.keySet() : moved, "a concurrent writer got there first: " + e);
        }
    }

    private Map<ProgressSubject, StoredProgress> swapOnce(
            Map<ProgressSubject, StoredProgress> written, Map<ProgressSubject, Long> expected, boolean checkOthers) {
        List<ProgressSubject> checked = new ArrayList<>();
        List<String> replacedKeys = new ArrayList<>();
        Set<ProgressSubject> inserted = new HashSet<>();
        expected.forEach((subject, version) -> {
            if (!written.containsKey(subject)) {
                if (checkOthers) {
                    checked.add(subject);
                }
            } else if (version == 0) {
                inserted.add(subject);
            } else {
                replacedKeys.add(ProgressMapper.versionKey(subject, version));
            }
        });
        if (!checked.isEmpty()) {
            Set<ProgressSubject> moved = movedAmong(rowsOf(checked), expected);
            if (!moved.isEmpty()) {
                throw conflict(moved);
            }
        }
        for (List<String> chunk : Chunks.of(replacedKeys)) {
            int deleted = ao.deleteWithSQL(
                    ProgressEntity.class, Chunks.in(ProgressEntity.VERSION_KEY, chunk.size()), chunk.toArray());
            if (deleted != chunk.size()) {
                throw new WriteConflicts.StaleRead(
                        (chunk.size() - deleted) + " of " + chunk.size() + " expected progress rows were replaced");
            }
        }
        Map<ProgressSubject, StoredProgress> stored = new LinkedHashMap<>();
        List<Map<String, Object>> columns = new ArrayList<>(written.size());
        written.forEach((subject, row) -> {
            long version = expected.get(subject) + 1;
            columns.add(ProgressMapper.columns(row, version));
            stored.put(subject, ProgressMapper.asStored(row, version));
        });
        inserts.insert(ProgressEntity.class, columns);
        if (!inserted.isEmpty()) {
            rowsOf(inserted).forEach((subject, now) -> {
                if (now.size() != 1 || now.get(0).getRowVersion() != 1) {
                    throw new WriteConflicts.StaleRead(describe(subject) + " was first written concurrently");
                }
            });
        }
        return stored;
    }

    /** The subjects whose stored version, read now, is not the expected one (absent reads as 0). */
    private Set<ProgressSubject> moved(Map<ProgressSubject, Long> expected) {
        return movedAmong(rowsOf(expected.keySet()), expected);
    }

    private static Set<ProgressSubject> movedAmong(
            Map<ProgressSubject, List<ProgressEntity>> rows, Map<ProgressSubject, Long> expected) {
        Set<ProgressSubject> moved = new HashSet<>();
        rows.forEach((subject, list) -> {
            long version = expected.get(subject);
            boolean unchanged = version == 0
                    ? list.isEmpty()
                    : list.size() == 1 && list.get(0).getRowVersion() == version;
            if (!unchanged) {
                moved.add(subject);
            }
        });
        return moved;
    }

    private static VersionConflictException conflict(Set<ProgressSubject> moved) {
        return new VersionConflictException(moved, moved.size() + " progress rows were written by another writer");
    }

    /** After our writes each subject must hold exactly our row, or a concurrent writer committed in between. */
    private void requireOnlyOurs(Map<ProgressSubject, StoredProgress> written) {
        Map<ProgressSubject, List<ProgressEntity>> now = rowsOf(written.keySet());
        written.forEach((subject, ours) -> {
            List<ProgressEntity> rows = now.get(subject);
            if (rows.size() != 1 || rows.get(0).getRowVersion() != ours.version()) {
                throw new WriteConflicts.StaleRead(describe(subject) + " was written concurrently");
            }
        });
    }

    @Override
    public Map<ProgressSubject, StoredProgress> load(Collection<ProgressSubject> subjects) {
        Map<ProgressSubject, StoredProgress> loaded = new LinkedHashMap<>();
        rowsOf(new LinkedHashSet<>(subjects)).forEach((subject, rows) -> {
            if (!rows.isEmpty()) {
                ProgressEntity latest = rows.get(0);
                for (ProgressEntity row : rows) {
                    if (row.getRowVersion() > latest.getRowVersion()) {
                        latest = row;
                    }
                }
                loaded.put(subject, ProgressMapper.stored(latest));
            }
        });
        return loaded;
    }

    @Override
    public void delete(Collection<ProgressSubject> subjects) {
        Set<ProgressSubject> distinct = new LinkedHashSet<>(subjects);
        if (distinct.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            List<ProgressEntity> rows = new ArrayList<>();
            rowsOf(distinct).values().forEach(rows::addAll);
            for (List<ProgressEntity> chunk : Chunks.of(rows)) {
                ao.delete(chunk.toArray(new ProgressEntity[0]));
            }
            return null;
        });
    }

    @Override
    public ChangeMark changeMark() {
        return marks.read();
    }

    @Override
    public RowsAfter rowsAfter(long row, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        ProgressEntity[] found = ao.find(
                ProgressEntity.class,
                Query.select().where("ID > ?", row).order("ID").limit(limit + 1));
        Map<ProgressSubject, StoredProgress> rows = new LinkedHashMap<>();
        long newest = row;
        for (int i = 0; i < Math.min(found.length, limit); i++) {
            rows.put(ProgressMapper.subject(found[i]), ProgressMapper.stored(found[i]));
            newest = Math.max(newest, found[i].getID());
        }
        return new RowsAfter(row, newest, rows, found.length <= limit);
    }

    @Override
    public long countStored(Collection<ProgressSubject> subjects) {
        Map<ProgressSubject.Kind, Set<Long>> byKind = new TreeMap<>();
        for (ProgressSubject subject : subjects) {
            byKind.computeIfAbsent(subject.kind(), kind -> new LinkedHashSet<>())
                    .add(subject.issueId());
        }
        long count = 0;
        for (Map.Entry<ProgressSubject.Kind, Set<Long>> kind : byKind.entrySet()) {
            for (List<Long> chunk : Chunks.of(kind.getValue())) {
                List<Object> parameters = new ArrayList<>(chunk.size() + 1);
                parameters.add(kind.getKey().name());
                parameters.addAll(chunk);
                count += ao.count(
                        ProgressEntity.class,
                        Query.select()
                                .where(
                                        ProgressEntity.SUBJECT_KIND + " = ? AND "
                                                + Chunks.in(ProgressEntity.ISSUE_ID, chunk.size()),
                                        parameters.toArray()));
            }
        }
        return count;
    }

    /** The rows of each subject (empty when none), one statement per 1,000 issue ids. */
    private Map<ProgressSubject, List<ProgressEntity>> rowsOf(Collection<ProgressSubject> subjects) {
        Map<ProgressSubject, List<ProgressEntity>> rows = new LinkedHashMap<>();
        Set<Long> issueIds = new LinkedHashSet<>();
        for (ProgressSubject subject : subjects) {
            rows.put(subject, new ArrayList<>(1));
            issueIds.add(subject.issueId());
        }
        for (List<Long> chunk : Chunks.of(issueIds)) {
            ProgressEntity[] found = ao.find(
                    ProgressEntity.class,
                    Query.select().where(Chunks.in(ProgressEntity.ISSUE_ID, chunk.size()), chunk.toArray()));
            for (ProgressEntity row : found) {
                List<ProgressEntity> list = rows.get(ProgressMapper.subject(row));
                if (list != null) {
                    list.add(row);
                }
            }
        }
        return rows;
    }

    /** The one committed row of each subject; two rows mean a concurrent writer is mid-way, so this read is stale. */
    private static Map<ProgressSubject, ProgressEntity> single(Map<ProgressSubject, List<ProgressEntity>> rows) {
        Map<ProgressSubject, ProgressEntity> single = new LinkedHashMap<>();
        rows.forEach((subject, list) -> {
            if (list.size() > 1) {
                throw new WriteConflicts.StaleRead(describe(subject) + " has " + list.size() + " rows");
            }
            if (!list.isEmpty()) {
                single.put(subject, list.get(0));
            }
        });
        return single;
    }

    private static String describe(ProgressSubject subject) {
        return subject.kind() + " " + subject.issueId();
    }
}
