package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PersonTest {

    @Test
    public void aPersonIsShownByTheDisplayNameAndKeepsTheKey() {
        Person jane = new Person("JIRAUSER10204", " Jane Doe ");

        assertEquals("JIRAUSER10204", jane.key());
        assertEquals("Jane Doe", jane.displayName());
    }

    @Test
    public void aPersonWithoutDisplayNameIsShownByTheKeyNeverBlank() {
        assertEquals("JIRAUSER10204", new Person("JIRAUSER10204", null).displayName());
        assertEquals("JIRAUSER10204", new Person("JIRAUSER10204", " ").displayName());
        assertEquals("JIRAUSER10999", Person.unknown("JIRAUSER10999").displayName());
    }

    @Test
    public void aPersonNeedsAKey() {
        assertEquals(
                "person.key",
                assertThrows(ValidationException.class, () -> new Person(" ", "Jane"))
                        .field());
        assertEquals(
                "person.key",
                assertThrows(ValidationException.class, () -> new Person(null, "Jane"))
                        .field());
    }
}
