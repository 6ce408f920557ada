package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.db.OracleDatabaseProvider;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.Unique;
import org.junit.Test;

/**
 * The identifiers Jira generates from the entities, with the {@code AO_E9FC31_} prefix, fit Oracle: at most 30
 * characters and none of the words AO's Oracle provider knows as reserved. Read from the entity classes alone, with the
 * name converters Jira uses.
 */
public class SchemaNamesTest {

    private static final int ORACLE_MAX = 30;

    private final TableNameConverter tables = new JiraTableNames();
    private final FieldNameConverter columns = new AtlassianFieldNameConverter();

    @Test
    public void theNamespaceGivesTheTablePrefixJiraUses() {
        assertEquals("AO_E9FC31", JiraTableNames.PREFIX);
    }

    @Test
    public void tableNamesAreAtMostTwentyCharactersBeforeThePrefix() {
        for (Class<? extends RawEntity<?>> entity : Entities.ALL) {
            String name = entity.getAnnotation(Table.class).value();
            assertTrue(name, name.length() <= 20);
        }
    }

    @Test
    public void everyGeneratedIdentifierFitsOracle() {
        List<String> problems = new ArrayList<>();
        for (String identifier : identifiers()) {
            if (identifier.length() > ORACLE_MAX) {
                problems.add(identifier + " is longer than " + ORACLE_MAX);
            }
            if (OracleDatabaseProvider.RESERVED_WORDS.contains(identifier.toUpperCase(Locale.ROOT))) {
                problems.add(identifier + " is an Oracle reserved word");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void columnNamesAreTheDeclaredConstants() {
        Set<String> names = new TreeSet<>();
        for (Method getter : ProgressEntity.class.getDeclaredMethods()) {
            names.add(columns.getName(getter));
        }
        assertTrue(names.toString(), names.contains(ProgressEntity.VERSION_KEY));
        assertTrue(names.toString(), names.contains(ProgressEntity.IN_PROGRESS_COUNT));
    }

    /** Tables, columns, and the index, unique-constraint and sequence names derived from them. */
    private List<String> identifiers() {
        AtlassianIndexNameConverter indexes = new AtlassianIndexNameConverter();
        AtlassianUniqueNameConverter uniques = new AtlassianUniqueNameConverter();
        AtlassianSequenceNameConverter sequences = new AtlassianSequenceNameConverter();
        List<String> identifiers = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : Entities.ALL) {
            String table = tables.getName(entity);
            identifiers.add(table);
            identifiers.add(sequences.getName(table, "ID"));
            identifiers.add("ID");
            for (Method getter : entity.getDeclaredMethods()) {
                String column = columns.getName(getter);
                identifiers.add(column);
                if (getter.isAnnotationPresent(Indexed.class)) {
                    identifiers.add(indexes.getName(table, column));
                }
                if (getter.isAnnotationPresent(Unique.class)) {
                    identifiers.add(uniques.getName(table, column));
                }
            }
        }
        return identifiers;
    }
}
