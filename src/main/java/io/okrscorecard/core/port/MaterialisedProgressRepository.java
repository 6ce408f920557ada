package io.okrscorecard.core.port;

import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.Collection;
import java.util.Map;

/**
 * Materialised progress of key results and objectives, so that dashboards read stored numbers instead of
 * recomputing. Writes are batched in one transaction; reads take O(1) statements per 1,000 subjects.
 */
public interface MaterialisedProgressRepository {

    /**
     * Stores the rows in one transaction. Per subject the newer {@code computedAt} wins: a row computed before the
     * stored one is skipped. Two writers of the same subject never lose an update: the loser of a race re-reads and
     * applies the newer-wins rule again, and after a few attempts fails with {@link ConcurrentUpdateException} having
     * written nothing.
     *
     * @return the rows as stored (with their new versions); skipped rows are absent
     */
    Map<ProgressSubject, StoredProgress> save(Collection<StoredProgress> rows);

    /**
     * Stores the rows in one transaction only if every subject in {@code expected} is still stored at exactly its
     * expected version ({@code 0}: no row), and otherwise writes nothing. The rows get the next version of their
     * subject whatever their {@code computedAt}. Subjects in {@code expected} without a row to write are only checked:
     * rows the written ones were computed from. This is how a writer that observed the versions before it read its
     * data makes sure that nobody wrote in between; see docs/adr/0007-incremental-apply-with-versioned-work-cache.md.
     *
     * @param expected the version of every subject of {@code rows}, plus any subjects only to check
     * @return the rows as stored, with their new versions
     * @throws VersionConflictException naming the subjects whose version moved; nothing was written
     */
    Map<ProgressSubject, StoredProgress> saveIfUnchanged(
            Collection<StoredProgress> rows, Map<ProgressSubject, Long> expected);

    /** The stored rows of these subjects; subjects never computed are absent. */
    Map<ProgressSubject, StoredProgress> load(Collection<ProgressSubject> subjects);

    /** Removes the rows of subjects that no longer exist (deleted issues). */
    void delete(Collection<ProgressSubject> subjects);

    /** Where the stored rows stand: moves with every committed {@code save}, {@code saveIfUnchanged} and {@code delete}. */
    ChangeMark changeMark();

    /**
     * The rows stored with an id above {@code row}: every write committed since a {@link ChangeMark} whose newest row
     * was {@code row} (a write inserts its rows with new, higher ids), read with one statement over the primary key.
     * At most {@code limit} rows: when more were written, {@link RowsAfter#complete()} is false and the rows are some
     * of them.
     */
    RowsAfter rowsAfter(long row, int limit);

    /**
     * How many of these subjects have a stored row: with {@link #rowsAfter} it proves that none of the rows a reader
     * kept was deleted without a successor (a rewritten row still counts, a deleted one no longer). One statement per
     * kind and 1,000 subjects.
     */
    long countStored(Collection<ProgressSubject> subjects);

    /**
     * Rows stored after a row id, the newest id among them ({@code after} itself when there are none), and whether
     * these are all of them.
     */
    record RowsAfter(long after, long newestRow, Map<ProgressSubject, StoredProgress> rows, boolean complete) {
        public RowsAfter {
            rows = Map.copyOf(rows);
        }
    }
}
