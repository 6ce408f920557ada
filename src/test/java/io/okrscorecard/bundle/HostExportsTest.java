package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class HostExportsTest {
    private final HostExports jira10 = HostExports.jira10();

    @Test
    public void everyJira10HostExportCarriesItsSourceOrSaysUnverified() {
        assertEquals(List.of(), jira10.malformed());
        assertFalse(jira10.all().isEmpty());
    }

    private final HostExports jira11 = HostExports.jira11();

    @Test
    public void everyJira11HostExportCarriesItsSourceOrSaysUnverified() {
        assertEquals(List.of(), jira11.malformed());
        assertFalse(jira11.all().isEmpty());
    }

    @Test
    public void jira11ExportsTheJakartaSuccessorsOfEveryJavaEePackageJira10Exports() {
        List<String> javaEe = jira10.versions().keySet().stream()
                .filter(name -> name.startsWith("javax."))
                .collect(Collectors.toList());

        assertFalse(javaEe.isEmpty());
        assertTrue(jira11.versions().keySet().stream().noneMatch(name -> name.startsWith("javax.")));
        javaEe.forEach(name -> assertTrue(name, jira11.versions().containsKey("jakarta." + name.substring(6))));
    }

    @Test
    public void jira11ExportsTheOtherPackagesOfJira10AndJiraItselfAtItsOwnVersion() {
        jira10.versions().keySet().stream()
                .filter(name -> !name.startsWith("javax."))
                .forEach(name -> assertTrue(name, jira11.versions().containsKey(name)));
        assertTrue(jira11.versions().get("com.atlassian.jira.issue").startsWith("11.3."));
        assertTrue(jira11.versions().get("com.atlassian.query").startsWith("11.3."));
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
