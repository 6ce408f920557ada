package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class HostExportsTest {
    private final HostExports jira10 = HostExports.jira10();

    @Test
    public void everyJira10HostExportCarriesItsSourceOrSaysUnverified() {
        assertEquals(List.of(), jira10.malformed());
        assertFalse(jira10.all().isEmpty());
    }

    @Test
    public void platform7ShipsAtlassianEvent6() {
        assertTrue(jira10.versions().get("com.atlassian.event.api").startsWith("6.0."));
    }

    @Test
    public void theUnverifiedNoteNamesEveryUnverifiedPackage() {
        String note = jira10.unverifiedNote();

        assertTrue(jira10.unverified().size() > 0);
        jira10.all().stream()
                .filter(export -> !export.verified())
                .forEach(export -> assertTrue(export.packageName(), note.contains(export.packageName())));
        assertFalse(note.contains("com.atlassian.sal.api.lifecycle "));
    }

    @Test
    public void aLineWithoutEvidenceIsMalformed() {
        HostExports read = HostExports.read("/host-exports-without-evidence.txt");

        assertEquals(1, read.malformed().size());
        assertTrue(read.malformed().get(0).contains("org.example.bare"));
        assertEquals(List.of("org.example.sourced"), List.copyOf(read.versions().keySet()));
    }
}
