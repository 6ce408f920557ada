package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.settings.HostObject;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class HostObjectRegistryTest {

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    @Test
    @NonTransactional
    public void nothingIsKnownBeforeBootstrap() {
        assertEquals(Optional.empty(), store.hostObjects.idOf(HostObject.OBJECTIVE_ISSUE_TYPE));
        assertEquals(Map.of(), store.hostObjects.all());
    }

    @Test
    @NonTransactional
    public void recordedIdsAreFoundByRole() {
        store.hostObjects.record(HostObject.OBJECTIVE_ISSUE_TYPE, "10100");
        store.hostObjects.record(HostObject.CONTRIBUTION_LINK, "10301");

        assertEquals(Optional.of("10100"), store.hostObjects.idOf(HostObject.OBJECTIVE_ISSUE_TYPE));
        assertEquals(
                Map.of(HostObject.OBJECTIVE_ISSUE_TYPE, "10100", HostObject.CONTRIBUTION_LINK, "10301"),
                store.hostObjects.all());
    }

    @Test
    @NonTransactional
    public void recordingARoleAgainReplacesItsId() {
        store.hostObjects.record(HostObject.WEIGHT_FIELD, "customfield_10001");
        store.hostObjects.record(HostObject.WEIGHT_FIELD, "customfield_10002");

        assertEquals(Optional.of("customfield_10002"), store.hostObjects.idOf(HostObject.WEIGHT_FIELD));
        assertEquals(1, store.countOf(HostObjectEntity.class));
    }
}
