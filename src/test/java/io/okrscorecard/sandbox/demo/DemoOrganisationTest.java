package io.okrscorecard.sandbox.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.sandbox.ImportedJira;
import io.okrscorecard.sandbox.JiraExport;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

public class DemoOrganisationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private final DemoOrganisation demo = DemoOrganisation.standard(TODAY, ZoneOffset.UTC);

    private static ImportedJira imported(DemoOrganisation organisation, LocalDate day) {
        return JiraExport.read("mapping.json", organisation.mapping(), organisation.exportOn(day));
    }

    @Test
    public void sameDayGivesTheSameExportAndCheckIns() {
        DemoOrganisation again = DemoOrganisation.standard(TODAY, ZoneOffset.UTC);

        assertEquals(demo.exportOn(TODAY), again.exportOn(TODAY));
        assertEquals(demo.checkIns(), again.checkIns());
    }

    @Test
    public void runningAndPreviousQuartersAreTheCyclesOfToday() {
        List<Cycle> cycles = demo.cycles();

        assertEquals("2026-Q3", cycles.get(0).id().value());
        assertEquals(LocalDate.of(2026, 9, 30), cycles.get(0).end());
        assertEquals("2026-Q4", cycles.get(1).id().value());
        assertEquals(LocalDate.of(2026, 10, 1), cycles.get(1).start());
    }

    @Test
    public void exportImportsCompletelyWithTheStandardObjectivesInTheRunningCycle() {
        ImportedJira jira = imported(demo, TODAY);

        assertEquals(List.of(), jira.notes());
        List<Objective> running = jira.objectivesIn(demo.runningCycle().id());
        assertEquals(DemoOrganisation.STANDARD_OBJECTIVES, running.size());
        assertEquals(DemoOrganisation.STANDARD_OBJECTIVES, demo.runningObjectives());
        assertEquals(1, running.stream().filter(o -> o.perspective() == null).count());
        assertTrue(jira.setupReport().complete());
    }

    @Test
    public void workIsInEveryStatusCategoryWithBothExcludedResolutions() {
        Set<String> categories = new TreeSet<>();
        Set<String> resolutions = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (JsonNode issue : issues(demo.exportOn(TODAY))) {
            JsonNode fields = issue.get("fields");
            categories.add(fields.get("status").get("statusCategory").get("key").asText());
            if (!fields.get("resolution").isNull()) {
                resolutions.add(fields.get("resolution").get("name").asText());
            }
            types.add(fields.get("issuetype").get("name").asText());
        }

        assertEquals(Set.of("new", "indeterminate", "done"), categories);
        assertTrue(resolutions.toString(), resolutions.containsAll(Set.of("Done", "Won't Do", "Duplicate")));
        assertTrue(
                types.toString(),
                types.containsAll(Set.of("Objective", "Key Result", "Epic", "Story", "Task", "Bug", "Sub-task")));
    }

    @Test
    public void anIssueHasTheStatusOfTheDayTheExportIsFor() {
        assertEquals("done", category(demo.exportOn(TODAY), "Deployment dashboard"));
        assertEquals("indeterminate", category(demo.exportOn(TODAY.minusDays(7)), "Deployment dashboard"));
        assertEquals("new", category(demo.exportOn(TODAY.minusDays(11)), "Deployment dashboard"));
    }

    @Test
    public void metricCheckInsAreWeeklyInsideTheirCycleUpToTwoDaysAgoOrLastNightWhenMeasured() {
        List<DemoOrganisation.PlannedCheckIn> checkIns = demo.checkIns();

        assertTrue(checkIns.size() > 40);
        for (DemoOrganisation.PlannedCheckIn planned : checkIns) {
            LocalDate day = LocalDate.ofInstant(planned.checkIn().at(), ZoneOffset.UTC);
            // a person checks in up to two days ago; a measured value is the nightly job's of last night
            LocalDate latest = planned.checkIn().measured() ? TODAY.minusDays(1) : TODAY.minusDays(2);
            assertTrue(planned.toString(), !day.isAfter(latest));
            assertTrue(planned.toString(), !day.isBefore(demo.cycles().get(0).start()));
        }
    }

    @Test
    public void generatedObjectivesFillTheRunningCycleWithFiveKeyResultsEach() {
        DemoOrganisation large = DemoOrganisation.withObjectives(TODAY, ZoneOffset.UTC, 40);

        List<Objective> running =
                imported(large, TODAY).objectivesIn(large.runningCycle().id());

        assertEquals(40, running.size());
        assertEquals(40, large.runningObjectives());
        running.stream()
                .filter(o -> o.summary().contains("(G"))
                .forEach(o -> assertEquals(o.summary(), 5, o.keyResults().size()));
    }

    private static List<JsonNode> issues(Map<String, JsonNode> pages) {
        return pages.values().stream()
                .flatMap(page -> {
                    List<JsonNode> all = new java.util.ArrayList<>();
                    page.get("issues").forEach(all::add);
                    return all.stream();
                })
                .toList();
    }

    private static String category(Map<String, JsonNode> pages, String summary) {
        return issues(pages).stream()
                .filter(issue -> issue.get("fields").get("summary").asText().equals(summary))
                .findFirst()
                .orElseThrow()
                .get("fields")
                .get("status")
                .get("statusCategory")
                .get("key")
                .asText();
    }
}
