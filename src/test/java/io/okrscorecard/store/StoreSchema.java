package io.okrscorecard.store;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Creates the store's tables, as Jira does when the plugin starts. */
public final class StoreSchema implements DatabaseUpdater {
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(Entities.array());
    }
}
