package io.okrscorecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Every malformed input is refused as a whole, with the file, the issue key and the field named. */
public class JiraExportErrorsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ExportFiles files;

    @Before
    public void copyExport() throws IOException {
        files = ExportFiles.standard(folder.newFolder().toPath());
    }

    @Test
    public void aPageThatIsNoJsonNamesTheFile() {
        ImportException e = refused(files.write(ExportFiles.PAGE_2, "{\"issues\": [ oops"));

        assertEquals("export-2.json", e.file());
        assertNull(e.issueKey());
        assertTrue(e.getMessage(), e.getMessage().startsWith("export-2.json: is not valid JSON: "));
        assertTrue(e.getMessage(), e.getMessage().contains("line 1"));
    }

    @Test
    public void aPageWithoutIssuesIsNoSearchResult() {
        ImportException e = refused(files.editPage(ExportFiles.PAGE_1, page -> page.remove("issues")));

        assertProblem(e, "export-1.json", null, "issues");
        assertEquals("export-1.json: issues is missing: is this the answer of /rest/api/2/search?", e.getMessage());
    }

    @Test
    public void aPageExportedWithoutNamesIsRefused() {
        ImportException e = refused(files.editPage(ExportFiles.PAGE_2, page -> page.remove("names")));

        assertProblem(e, "export-2.json", null, "names");
    }

    @Test
    public void storyPointsThatAreNoNumberNameFileKeyAndField() {
        ImportException e = refused(
                files.editIssue(ExportFiles.PAGE_2, "DEV-2", fields -> fields.put("customfield_10106", "lots")));

        assertProblem(e, "export-2.json", "DEV-2", "customfield_10106 (Story Points)");
        assertEquals(
                "export-2.json: DEV-2: customfield_10106 (Story Points) must be a number, was \"lots\"",
                e.getMessage());
    }

    @Test
    public void anUnknownStatusCategoryNamesFileKeyAndField() {
        ImportException e = refused(files.editIssue(
                ExportFiles.PAGE_1, "OKR-5", fields -> ExportFiles.statusCategory(fields, "undefined")));

        assertProblem(e, "export-1.json", "OKR-5", "status.statusCategory.key");
        assertTrue(
                e.getMessage(), e.getMessage().endsWith("must be one of new, indeterminate, done, was \"undefined\""));
    }

    @Test
    public void anAssigneeWithNeitherKeyNorNameNamesFileKeyAndField() {
        ImportException e = refused(files.editIssue(ExportFiles.PAGE_1, "OKR-1", fields -> fields.putObject("assignee")
                .put("displayName", "Jane Doe")));

        assertProblem(e, "export-1.json", "OKR-1", "assignee.key");
    }

    @Test
    public void anEpicLinkThatIsNoIssueKeyIsRefused() {
        ImportException e = refused(files.editIssue(
                ExportFiles.PAGE_2, "DEV-3", fields -> fields.put("customfield_10100", "the portal epic")));

        assertProblem(e, "export-2.json", "DEV-3", "customfield_10100 (Epic Link)");
    }

    @Test
    public void anUnknownKeyResultKindIsRefused() {
        ImportException e = refused(
                files.editIssue(ExportFiles.PAGE_1, "OKR-3", fields -> ((ObjectNode) fields.get("customfield_10202"))
                        .put("value", "Vibes")));

        assertProblem(e, "export-1.json", "OKR-3", "customfield_10202 (KR Kind)");
        assertTrue(e.getMessage(), e.getMessage().endsWith("must be Work, Metric or Milestone, was \"Vibes\""));
    }

    @Test
    public void aCycleValueThatIsNoCycleIdIsRefused() {
        ImportException e = refused(
                files.editIssue(ExportFiles.PAGE_1, "OKR-2", fields -> fields.put("customfield_10201", "Q1 / 2026")));

        assertProblem(e, "export-1.json", "OKR-2", "customfield_10201 (OKR Cycle)");
    }

    @Test
    public void anIssueTypeIdThatNoIssueOfTheExportGivesIsRefusedNamingFileIssueAndField() {
        ImportException e = refused(files.editIssue(ExportFiles.PAGE_2, "DEV-5", ExportFiles::withoutTypeId));

        assertProblem(e, "export-2.json", "DEV-5", "issuetype.id");
        assertEquals(
                "export-2.json: DEV-5: issuetype.id is missing, and no other issue of type \"Task\" in the export"
                        + " has it: export with fields=*all, which gives every issue its type's id",
                e.getMessage());
    }

    @Test
    public void anIssueTypeIdIsNotGuessedWhenTheExportGivesItsTypeSeveralIds() {
        ImportException e = refused(files.editIssue(ExportFiles.PAGE_2, "DEV-2", ExportFiles::withoutTypeId)
                .editIssue(ExportFiles.PAGE_2, "DEV-3", fields -> ((ObjectNode) fields.get("issuetype"))
                        .put("id", "10999")));

        assertProblem(e, "export-2.json", "DEV-2", "issuetype.id");
        assertTrue(e.getMessage(), e.getMessage().contains("several ids [10001, 10999]"));
    }

    @Test
    public void anIssueTypeIdThatIsNoIdIsRefused() {
        ImportException e = refused(files.editIssue(
                ExportFiles.PAGE_1, "OKR-3", fields -> ((ObjectNode) fields.get("issuetype")).putObject("id")));

        assertProblem(e, "export-1.json", "OKR-3", "issuetype.id");
        assertEquals("export-1.json: OKR-3: issuetype.id must be the issue type's id, was {}", e.getMessage());
    }

    @Test
    public void aMappingNamingAnUnknownFieldIsRefused() {
        ImportException e = refused(files.editMapping(
                mapping -> ((ObjectNode) mapping.get("fields")).put("storyPoints", "customfield_99999")));

        assertProblem(e, "mapping.json", null, "fields.storyPoints");
        assertEquals(
                "mapping.json: fields.storyPoints names \"customfield_99999\", which is no field id or name in the export",
                e.getMessage());
    }

    @Test
    public void aMappingWithAnUnknownRoleIsRefused() {
        ImportException e =
                refused(files.editMapping(mapping -> ((ObjectNode) mapping.get("fields")).put("sprint", "Sprint")));

        assertProblem(e, "mapping.json", null, "fields.sprint");
    }

    @Test
    public void aMissingPageIsRefusedRatherThanImportedInPart() {
        ImportException e = refused(files.onlyPage(ExportFiles.PAGE_1));

        assertProblem(e, "export-1.json", null, "total");
        assertTrue(e.getMessage(), e.getMessage().contains("13 issues but the pages hold 7"));
    }

    @Test
    public void problemsOfSeveralIssuesAndPagesAreReportedTogether() {
        ImportException e =
                refused(files.editIssue(ExportFiles.PAGE_2, "DEV-2", fields -> fields.put("customfield_10106", "lots"))
                        .editIssue(ExportFiles.PAGE_2, "DEV-3", fields -> fields.put("timeoriginalestimate", "2h"))
                        .editIssue(ExportFiles.PAGE_1, "OKR-1", fields -> ExportFiles.statusCategory(fields, "open")));

        assertEquals(3, e.total());
        assertEquals(
                List.of("OKR-1", "DEV-2", "DEV-3"),
                e.problems().stream().map(ImportException.Problem::issueKey).toList());
        assertTrue(e.getMessage(), e.getMessage().startsWith("3 problems in the Jira export, nothing was imported:"));
    }

    @Test
    public void beyondTwentyProblemsTheRestAreCounted() {
        ImportException e = refused(files.editEveryIssue(ExportFiles.PAGE_1, ExportFiles::breakTwice)
                .editEveryIssue(ExportFiles.PAGE_2, ExportFiles::breakTwice));

        assertEquals(26, e.total());
        assertEquals(ImportException.LIMIT, e.problems().size());
        assertTrue(e.getMessage(), e.getMessage().endsWith("... and 6 more"));
    }

    private ImportException refused(ExportFiles export) {
        return assertThrows(ImportException.class, export::importAll);
    }

    private static void assertProblem(ImportException e, String file, String issueKey, String field) {
        assertEquals(e.getMessage(), file, e.file());
        assertEquals(e.getMessage(), issueKey, e.issueKey());
        assertEquals(e.getMessage(), field, e.field());
    }
}
