package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;
import org.junit.Test;

/** Which way of inserting many rows the store picks from the facade's runtime class, and what each way calls. */
public class AoInsertsTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    public void theMultiRowCreateIsFoundOnTheTestFacadeAndOnAProxyOfTheFacadeInterface() {
        assertTrue(AoInserts.hasMultiRowCreate(TestActiveObjects.class));
        // an OSGi service reference hands the plugin a proxy whose class has the methods of the host's interface
        assertTrue(AoInserts.hasMultiRowCreate(recordingFacade().getClass()));
        assertTrue(AoInserts.detect(recordingFacade()).batched());
    }

    @Test
    public void aFacadeWithOnlyTheSingleRowCreatesHasNoMultiRowCreate() {
        assertFalse(AoInserts.hasMultiRowCreate(FacadeOfAoPlugin201.class));
    }

    @Test
    public void aMultiRowCreateWithAnotherReturnTypeIsNotTheOneTheStoreCalls() {
        assertFalse(AoInserts.hasMultiRowCreate(FacadeWithCountingCreate.class));
    }

    @Test
    public void rowByRowCreatesEachRowAloneAndNeverCallsTheMultiRowCreate() {
        AoInserts.rowByRow(recordingFacade()).insert(ProgressEntity.class, rows(3));

        assertEquals(List.of("create 1 row", "create 1 row", "create 1 row"), calls);
    }

    @Test
    public void batchedCreatesAThousandRowsPerCall() {
        AoInserts.detect(recordingFacade()).insert(ProgressEntity.class, rows(2500));

        assertEquals(List.of("create 1000 rows", "create 1000 rows", "create 500 rows"), calls);
    }

    /** A facade, as a proxy of the interface, that records every create with the number of rows it was given. */
    private ActiveObjects recordingFacade() {
        return (ActiveObjects) Proxy.newProxyInstance(
                ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("create")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (args[1] instanceof List<?> rows) {
                        if (rows.size() > Chunks.MAX_IN) {
                            throw new IllegalArgumentException("more than 1,000 rows in one statement");
                        }
                        calls.add("create " + rows.size() + " rows");
                        return null;
                    }
                    calls.add("create 1 row");
                    return null;
                });
    }

    private static List<Map<String, Object>> rows(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of(ProgressEntity.ISSUE_ID, (long) i));
        }
        return rows;
    }

    /** The creates of the AO plugin 2.0.1 facade (docs.atlassian.com xref of {@code ActiveObjects}): no list. */
    public static final class FacadeOfAoPlugin201 {
        public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
            throw new UnsupportedOperationException();
        }

        public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
            throw new UnsupportedOperationException();
        }
    }

    /** A facade with a multi-row create of another signature than the store is compiled against. */
    public static final class FacadeWithCountingCreate {
        public <T extends RawEntity<K>, K> int create(Class<T> type, List<Map<String, Object>> rows) {
            throw new UnsupportedOperationException();
        }
    }
}
