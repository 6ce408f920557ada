/**
 * Upgrade tasks of the store's Active Objects model; none exist yet, because the model is at its first version.
 *
 * <p>When a release changes the data in a way that a plain schema migration cannot (a column split, a value
 * re-encoded, rows moved to another table), it adds the model's next version here:
 *
 * <ul>
 *   <li>a sub-package {@code v2} holding a <em>frozen copy</em> of each entity as version 1 defined it (same
 *       {@code @Table} and column names, never edited afterwards), so the task can still read the old shape after the
 *       live entities have changed;
 *   <li>a class {@code v2.UpgradeTo2} implementing {@code ActiveObjectsUpgradeTask}, whose {@code getModelVersion()}
 *       returns {@code ModelVersion.valueOf("2")} and whose {@code upgrade(current, ao)} first calls
 *       {@code ao.migrate(...)} with the frozen entities, reads and rewrites the rows in batches, and finally calls
 *       {@code ao.migrate(...)} with the live entities;
 *   <li>an {@code <upgradeTask>} element naming that class inside the {@code <ao key="okr-ao">} module of
 *       atlassian-plugin.xml, and a store test that runs it over rows written with the frozen entities.
 * </ul>
 *
 * <p>Additions that read as a default when absent (a new nullable column, a new setting row) need no upgrade task.
 */
package io.okrscorecard.store.upgrade;
