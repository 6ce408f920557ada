package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.rollup.WorkSetMembers;
import java.util.Collection;
import java.util.Set;

/**
 * The app's own stored index of work sets: for every key result, the issues of its expanded work set, each marked
 * counted or excluded, exactly as {@link io.okrscorecard.core.rollup.WorkSet#expand} built them when the key result's
 * progress was last stored. Written with the progress rows, in their transaction; read by the JQL functions
 * ({@code keyResultWork}, {@code objectiveWork}). See docs/adr/0021-stored-work-set-index.md.
 */
public interface WorkSetIndex {

    /**
     * Makes the stored rows of these key results equal to these members, writing only the difference: rows of issues
     * that left a work set are deleted, rows of issues that joined are inserted, an issue that moved between counted and
     * excluded is rewritten, every other row is left alone. Members with a {@link WorkSetMembers#scope()} touch only the
     * rows of their scope's issues. Runs in the caller's transaction; call it after the key results' progress rows were
     * written there, so that their optimistic write has already made this writer the only one for these key results.
     *
     * @return how many rows were inserted, deleted or rewritten
     */
    int store(Collection<WorkSetMembers> workSets);

    /**
     * The issues of these key results' stored work sets (their union), the excluded ones only when asked; empty for
     * key results never stored. O(1) statements per 1,000 key results.
     */
    Set<IssueId> workOf(Collection<KeyResultId> keyResults, boolean withExcluded);

    /** The key results whose stored work set holds this issue, counted or excluded. One statement. */
    Set<KeyResultId> keyResultsHolding(IssueId issue);
}
