package io.okrscorecard.core.port;

/**
 * Where a table of the store stands, read in two index-only statements: the id of its newest row and its number of
 * rows. The progress and snapshot tables never update a row in place: a write inserts rows (with new, higher ids) and
 * deletes the ones they replace. So the mark moves with every committed write or delete on any node, and a node that
 * keeps something it computed from the table can tell cheaply whether it is still current. Two writers whose ids
 * commit out of order can leave the mark unchanged for one read; whoever keeps data by a mark also bounds its age (see
 * docs/adr/0009-scorecard-reads-from-a-kept-cycle.md).
 *
 * @param newestRow the highest row id, 0 for an empty table
 * @param rows the number of rows
 */
public record ChangeMark(long newestRow, long rows) {
    public static final ChangeMark EMPTY = new ChangeMark(0, 0);
}
