package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.store.ActiveObjectsTransactions;
import io.okrscorecard.store.AoScorecardSettingsRepository;
import io.okrscorecard.store.AoWorkSetIndex;
import io.okrscorecard.store.EmbeddedH2;
import io.okrscorecard.store.TestActiveObjects;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The demo organisation as the sandbox starts it (its start recalculates everything): for every key result of the
 * running cycle, the stored work-set index holds exactly the counted and the excluded issues of {@link WorkSet#expand}
 * over the demo's work, which is what {@code keyResultWork} answers from.
 */
public class SandboxWorkSetIndexTest {
    private static final Clock MID_Q4 = Clock.fixed(Instant.parse("2026-11-16T10:00:00Z"), ZoneOffset.UTC);
    private static final CycleId RUNNING = CycleId.of("2026-Q4");

    @ClassRule
    public static final TemporaryFolder FOLDERS = new TemporaryFolder();

    /** A key result's expected members: counted, then counted and excluded. */
    private record Expected(Set<IssueId> counted, Set<IssueId> all) {}

    @Test
    public void everyKeyResultOfTheRunningCycleHasItsExpandedWorkSetInTheIndex() throws Exception {
        Path data = FOLDERS.newFolder("demo").toPath();
        List<Objective> objectives;
        WorkGraph graph;
        try (Sandbox demo = Sandbox.start(
                SandboxOptions.defaults().withPort(0).withData(data).withClock(MID_Q4))) {
            objectives = demo.jira().objectivesIn(RUNNING);
            List<KeyResultId> keyResults = new ArrayList<>();
            objectives.forEach(objective -> objective.keyResults().forEach(kr -> keyResults.add(kr.id())));
            graph = demo.jira().workFor(keyResults);
        }
        try (EmbeddedH2 database = EmbeddedH2.inFolder(data.resolve("h2"))) {
            TestActiveObjects ao = new TestActiveObjects(database.entityManager());
            ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
            RollupSettings rollup = new AoScorecardSettingsRepository(ao, transactions)
                    .appSettings()
                    .rollup();
            Map<KeyResultId, Expected> expected = new LinkedHashMap<>();
            for (Objective objective : objectives) {
                for (KeyResult kr : objective.keyResults()) {
                    Set<IssueId> counted = new TreeSet<>();
                    Set<IssueId> all = new TreeSet<>();
                    if (kr.kind() == KeyResultKind.WORK) {
                        WorkSet workSet = WorkSet.expand(kr.id(), graph, rollup);
                        workSet.items().forEach(item -> counted.add(item.id()));
                        all.addAll(counted);
                        workSet.excluded().stream().map(WorkItem::id).forEach(all::add);
                    }
                    expected.put(kr.id(), new Expected(counted, all));
                }
            }
            AoWorkSetIndex index = new AoWorkSetIndex(ao, transactions);
            int issues = 0;
            for (Map.Entry<KeyResultId, Expected> kr : expected.entrySet()) {
                assertEquals(
                        kr.getKey() + " counted", kr.getValue().counted(), index.workOf(List.of(kr.getKey()), false));
                assertEquals(
                        kr.getKey() + " with excluded", kr.getValue().all(), index.workOf(List.of(kr.getKey()), true));
                issues += kr.getValue().all().size();
            }
            assertTrue("key results: " + expected.size(), expected.size() >= 20);
            assertTrue("issues: " + issues, issues >= 50);
        }
    }
}
