package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the store inserts many rows of one entity: with the facade's multi-row {@code create(Class, List<Map>)}, one
 * statement per 1,000 rows, when the Active Objects facade the host runs has that method; otherwise with one {@code
 * create(Class, Map)} per row, which every facade has. The multi-row create is in the AO plugin 5.2.1 facade but not
 * in 2.0.1, and no public source shows it for the AO 6.x of Jira 10.3 (see the shim's {@code ActiveObjects}), so the
 * method is looked up once, on the runtime class of the facade handed to the store, instead of trusted.
 *
 * <p>Calling the multi-row create only when the lookup found it is safe: the JVM links a call site when it first runs
 * it, and reports a missing method only there (JVM specification, section 5.4, "Linking":
 * https://docs.oracle.com/javase/specs/jvms/se17/html/jvms-5.html#jvms-5.4), so a facade without the method never
 * sees the call.
 */
final class AoInserts {

    private static final Logger LOG = LoggerFactory.getLogger(AoInserts.class);

    /** The way the last detection logged, so that a host that builds several stores logs its way once. */
    private static final AtomicReference<Boolean> LOGGED = new AtomicReference<>();

    private final ActiveObjects ao;
    private final boolean batched;

    private AoInserts(ActiveObjects ao, boolean batched) {
        this.ao = ao;
        this.batched = batched;
    }

    /** Inserts batched when the facade's runtime class has the multi-row create, row by row otherwise. */
    static AoInserts detect(ActiveObjects ao) {
        boolean batched = hasMultiRowCreate(ao.getClass());
        if (!Boolean.valueOf(batched).equals(LOGGED.getAndSet(batched))) {
            if (batched) {
                LOG.info(
                        "Active Objects facade {} has create(Class, List): rows are inserted 1,000 per statement",
                        ao.getClass().getName());
            } else {
                LOG.info(
                        "Active Objects facade {} has no create(Class, List): rows are inserted one statement each",
                        ao.getClass().getName());
            }
        }
        return new AoInserts(ao, batched);
    }

    /** One {@code create(Class, Map)} per row whatever the facade has: the way of a facade without the method. */
    static AoInserts rowByRow(ActiveObjects ao) {
        return new AoInserts(ao, false);
    }

    /**
     * Whether a facade class has a public {@code void create(Class, List)}, the multi-row create with the exact
     * signature the store is compiled against.
     */
    static boolean hasMultiRowCreate(Class<?> facade) {
        try {
            Method create = facade.getMethod("create", Class.class, List.class);
            return create.getReturnType() == void.class;
        } catch (NoSuchMethodException absent) {
            return false;
        }
    }

    /** Whether rows go 1,000 per statement (true) or one per statement (false). */
    boolean batched() {
        return batched;
    }

    /** Inserts the rows, each a map of column names to values, in the caller's transaction. */
    <T extends RawEntity<K>, K> void insert(Class<T> type, List<Map<String, Object>> rows) {
        if (batched) {
            for (List<Map<String, Object>> chunk : Chunks.of(rows)) {
                ao.create(type, chunk);
            }
        } else {
            for (Map<String, Object> row : rows) {
                ao.create(type, row);
            }
        }
    }
}
