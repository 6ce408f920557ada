package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.sandbox.ImportedJira;
import io.okrscorecard.sandbox.JiraExport;
import io.okrscorecard.sandbox.demo.DemoOrganisation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The daily snapshots the demo would have if the sandbox had run the nightly recalculation every day before its first
 * start: for each past day, the demo's export as it was that day (each issue in its status of that day) is imported as
 * any export is, its metrics carry the check-ins made by the end of that day, and every cycle that had started is
 * scored by the core and recorded as the day's snapshot. Trends and sparklines then have data from the first start.
 */
final class DemoHistory {
    /** Days of history before the first start. */
    static final int DAYS = 35;

    private DemoHistory() {}

    /** Records the snapshots of the {@value #DAYS} days before the demo's day, in one transaction. */
    static void record(
            DemoOrganisation demo,
            Map<KeyResultId, List<CheckIn>> checkIns,
            ScorecardSettingsRepository settings,
            SnapshotRepository snapshots,
            Transactions transactions,
            ZoneId zone) {
        Perspectives perspectives = settings.perspectives();
        AppSettings app = settings.appSettings();
        List<Cycle> cycles = settings.cycles();
        PerspectiveMapping mapping = settings.perspectiveMapping();
        transactions.inTransaction(() -> {
            for (LocalDate day = demo.today().minusDays(DAYS); day.isBefore(demo.today()); day = day.plusDays(1)) {
                ImportedJira jiraThen = JiraExport.read("mapping.json", demo.mapping(), demo.exportOn(day));
                Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
                SandboxJira asOfThen = new SandboxJira(
                        jiraThen,
                        keyResults -> madeBefore(checkIns, endOfDay),
                        () -> mapping,
                        SandboxIssueEdits.none(jiraThen),
                        new SandboxContributionLinks(jiraThen, SandboxIssueEdits.NOBODY_EDITS));
                Clock evening = Clock.fixed(endOfDay.minusSeconds(3600), zone);
                for (Cycle cycle : cycles) {
                    if (cycle.start().isAfter(day)) {
                        continue;
                    }
                    List<Objective> objectives = asOfThen.objectivesIn(cycle.id());
                    Set<KeyResultId> work = new TreeSet<>();
                    for (Objective objective : objectives) {
                        for (KeyResult kr : objective.keyResults()) {
                            if (kr.kind() == KeyResultKind.WORK) {
                                work.add(kr.id());
                            }
                        }
                    }
                    ScorecardDefinition definition =
                            new ScorecardDefinition(cycle, perspectives, app.rollup(), app.statusMode(), objectives);
                    snapshots.record(day, ScorecardCalculator.compute(definition, asOfThen.workFor(work), evening));
                }
            }
            return null;
        });
    }

    private static Map<KeyResultId, List<CheckIn>> madeBefore(Map<KeyResultId, List<CheckIn>> all, Instant end) {
        Map<KeyResultId, List<CheckIn>> result = new HashMap<>();
        all.forEach((kr, history) -> {
            List<CheckIn> before = new ArrayList<>();
            for (CheckIn checkIn : history) {
                if (checkIn.at().isBefore(end)) {
                    before.add(checkIn);
                }
            }
            result.put(kr, before);
        });
        return result;
    }

    /** The demo's check-ins by key result id. */
    static Map<KeyResultId, List<CheckIn>> byKeyResult(DemoOrganisation demo, ImportedJira jira) {
        Map<KeyResultId, List<CheckIn>> checkIns = new LinkedHashMap<>();
        for (DemoOrganisation.PlannedCheckIn planned : demo.checkIns()) {
            KeyResultId id = KeyResultId.of(jira.idOf(planned.keyResult())
                    .orElseThrow(() -> new IllegalStateException(planned.keyResult() + " is not in the demo export"))
                    .value());
            checkIns.computeIfAbsent(id, k -> new ArrayList<>()).add(planned.checkIn());
        }
        return checkIns;
    }
}
