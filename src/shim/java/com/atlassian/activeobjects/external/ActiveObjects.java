// Shim of com.atlassian.activeobjects.external.ActiveObjects; source:
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html and Kast0rTr0y/ao-plugin activeobjects-plugin/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java (subset of members)
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {

    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    @SuppressWarnings("unchecked")
    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    // source: the activeobjects-plugin 5.2.1 jar (the one Confluence 8.7.2 ships), decompiled in the public repository
    // ngannk-fptu/Decompiled-Files, com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/
    // external/ActiveObjects.java declares "<T extends RawEntity<K>, K> void create(Class<T>, List<Map<String,
    // Object>>)", and its internal/EntityManagedActiveObjects.java passes it to EntityManager.create(type, rows): one
    // multi-row INSERT. Absent from the AO plugin 2.0.1 facade (docs.atlassian.com xref above). Unverified for the AO
    // 6.x that Jira 10.3 ships: no public source of that version was found, so io.okrscorecard.store.AoInserts looks
    // the method up on the facade's runtime class once and inserts row by row without it.
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    // source: same ActiveObjectsDelegate, and BabyBearActiveObjectsDelegate of the AO plugin 0.x line:
    // "public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters)"
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
