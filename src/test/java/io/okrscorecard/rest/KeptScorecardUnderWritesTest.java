package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.metric;
import static io.okrscorecard.core.KeyResults.work;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.okrscorecard.app.ApplyingIssueChanges;
import io.okrscorecard.app.BrowsingViewer;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.app.RecordingCheckIn;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.app.ScorecardQuery;
import io.okrscorecard.app.ScoringAfresh;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.Objectives;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.store.H2Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/**
 * Property: under seeded random writes through the app's write paths (recalculation, the incremental apply's
 * conditional write, check-ins, rows deleted without a successor, objectives renamed, added, moved between cycles and
 * between perspectives, work linked and unlinked) and objectives and key results hidden from the viewer and shown
 * again, interleaved with reads, every {@code GET /scorecard} answer of a node that keeps the cycle, brings it up to
 * the rows written since (ADR 0010) and splices the answer from the objectives' kept JSON (ADR 0013) is byte for byte
 * the answer of a reading that keeps nothing, reads the store and Jira afresh and has Jackson write it whole. Every Jira change here writes a row, as the event worker does for changes the
 * scorecard shows; changes that write none are bounded by the kept cycle's maximum age instead (ADR 0009), which the
 * test stays within. The store is the real one on H2; the "other node" that writes is a second use case on it. The
 * check-in cadence changes among the writes too, and a check-in or a new day moves a key result's "check-in due" mark.
 */
public class KeptScorecardUnderWritesTest {
    private static final int STEPS = 120;
    private static final CycleId OTHER_CYCLE = CycleId.of("2027-Q1");
    private static final List<String> STORIES = List.of("S-1", "S-2", "S-3", "S-4", "S-5", "S-6");
    private static final List<PerspectiveKey> PERSPECTIVES =
            List.of(PerspectiveKey.of("customer"), PerspectiveKey.of("financial"), PerspectiveKey.of("none"));
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The answer written whole by Jackson, from nothing kept: what the spliced answer must equal. */
    private static final ReadingScorecard.Rendering<byte[]> WHOLE = reading -> {
        try {
            return JSON.writeValueAsBytes(ScorecardDto.of(reading));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    };

    private final InMemoryOkr okr = SampleOkrs.create();
    private final H2Store store = H2Store.fresh("kept-under-writes");
    private final SteppingClock clock = new SteppingClock(Fixture.MID_Q4.instant());
    private final BrowsingViewer access = new BrowsingViewer();
    private final CountingCycleReads keptSource = new CountingCycleReads(okr.jira);
    private final RecalculatingProgress otherNode = new RecalculatingProgress(
            okr.jira,
            okr.jira,
            store.settings,
            store.progress,
            store.snapshots,
            store.journal,
            store.transactions,
            clock);
    private final ApplyingIssueChanges otherNodeApplying = new ApplyingIssueChanges(otherNode, okr.jira, clock);
    private final ScoringAfresh scoring = new ScoringAfresh(okr.jira, okr.jira, store.settings, clock);
    private final RecordingCheckIn checkIns =
            new RecordingCheckIn(okr.jira, okr.checkIns, otherNode, store.transactions, clock);
    private final List<Objective> created = new ArrayList<>();

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void everyKeptAnswerUnderRandomWritesEqualsAFreshReadOfTheStore() {
        okr.settings.cycles().forEach(store.settings::saveCycle);
        store.settings.saveCycle(
                new Cycle(OTHER_CYCLE, "2027-Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        otherNode.recalculateAll(null);
        ReadingScorecard kept = reading(keptSource, Duration.ofSeconds(10));
        ReadingScorecard fresh = reading(okr.jira, Duration.ZERO);
        Random random = new Random(20261204L);
        int wholeReads = 0;

        for (int step = 0; step < STEPS; step++) {
            String write = write(random);
            wholeReads += write.startsWith("delete") || write.startsWith("cadence") ? 1 : 0;
            if (random.nextInt(4) == 0) {
                toggleHidden(random);
            }
            for (int read = 0; read < 1 + random.nextInt(2); read++) {
                byte[] expected = fresh.read(query(), WHOLE);
                byte[] answer = kept.read(query(), RenderedJson.SCORECARD);
                assertArrayEquals(
                        "step " + step + " after " + write + ":\nfresh " + text(expected) + "\nkept  " + text(answer),
                        expected,
                        answer);
            }
        }

        assertTrue(
                "the kept cycle was read whole " + keptSource.cycleReads.get() + " times for " + wholeReads
                        + " rows deleted without a successor and cadences saved in " + STEPS + " writes",
                keptSource.cycleReads.get() <= 1 + wholeReads);
    }

    @Test
    public void aCheckInANewDayAndTheCadenceReachTheKeptAnswer() {
        okr.settings.cycles().forEach(store.settings::saveCycle);
        otherNode.recalculateAll(null);
        ReadingScorecard kept = reading(keptSource, Duration.ofSeconds(10));
        ReadingScorecard fresh = reading(okr.jira, Duration.ZERO);

        assertEquals("never checked in: due a week after the cycle's start", "2026-10-08", dueSince(kept, fresh));

        clock.step();
        checkIns.record(new RecordingCheckIn.Command(SampleOkrs.KR_2, 12.0, Confidence.AT_RISK, "", "owner"));
        assertNull("checked in today", dueSince(kept, fresh));

        clock.set(Instant.parse("2026-11-22T23:59:56Z"));
        assertNull("six days after the check-in", dueSince(kept, fresh));
        clock.set(Instant.parse("2026-11-23T00:00:01Z"));
        assertEquals("a week after the check-in, on the kept cycle's next day", "2026-11-23", dueSince(kept, fresh));

        store.settings.saveAppSettings(store.settings
                .appSettings()
                .withCheckInCadence(new CheckInCadence(CheckInCadence.Interval.EVERY_TWO_WEEKS, DayOfWeek.MONDAY)));
        assertNull("every two weeks", dueSince(kept, fresh));
        store.settings.saveAppSettings(store.settings.appSettings().withCheckInCadence(CheckInCadence.DEFAULT));
        assertEquals("weekly again", "2026-11-23", dueSince(kept, fresh));
    }

    /** KR-2's check-in due day in the kept answer, after proving that answer equal to a fresh read's. */
    private String dueSince(ReadingScorecard kept, ReadingScorecard fresh) {
        byte[] expected = fresh.read(query(), WHOLE);
        byte[] answer = kept.read(query(), RenderedJson.SCORECARD);
        assertArrayEquals("fresh " + text(expected) + "\nkept  " + text(answer), expected, answer);
        try {
            for (JsonNode perspective : JSON.readTree(answer).get("perspectives")) {
                for (JsonNode objective : perspective.get("objectives")) {
                    for (JsonNode keyResult : objective.get("keyResults")) {
                        if (keyResult.get("key").asText().equals("KR-2")) {
                            JsonNode due = keyResult.get("checkInDue");
                            return due.isNull() ? null : due.get("since").asText();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("KR-2 is not in " + text(answer));
    }

    /** One random write through the app's write paths, as the other node does it; returns what it did. */
    private String write(Random random) {
        clock.step();
        switch (random.nextInt(10)) {
            case 0 -> {
                String story = changeAStory(random);
                otherNode.recalculate(List.of(SampleOkrs.KR_1, SampleOkrs.KR_3));
                return "recalculate after " + story;
            }
            case 1 -> {
                String story = changeAStory(random);
                otherNodeApplying.apply(
                        ApplyingIssueChanges.WorkChanges.wholly(List.of(SampleOkrs.KR_1, SampleOkrs.KR_3)));
                return "apply after " + story;
            }
            case 2 -> {
                double value = 10 + random.nextInt(15);
                checkIns.record(new RecordingCheckIn.Command(
                        SampleOkrs.KR_2, value, Confidence.values()[random.nextInt(3)], "step", "owner"));
                return "check-in " + value;
            }
            case 3 -> {
                List<Objective> all = okr.jira.objectives();
                Objective objective = all.get(random.nextInt(all.size()));
                ProgressSubject subject = random.nextBoolean()
                                || objective.keyResults().isEmpty()
                        ? ProgressSubject.of(objective.id())
                        : ProgressSubject.of(objective.keyResults().get(0).id());
                store.progress.delete(List.of(subject));
                return "delete " + subject;
            }
            case 4 -> {
                Objective objective = anObjective(random);
                okr.jira.objective(copy(objective, objective.summary() + "!", objective.cycle()));
                recalculateTheKeyResultsOf(objective);
                return "rename " + objective.key();
            }
            case 5 -> {
                Objective objective = anObjective(random);
                CycleId other = objective.cycle().equals(Fixture.Q4.id()) ? OTHER_CYCLE : Fixture.Q4.id();
                okr.jira.objective(copy(objective, objective.summary(), other));
                recalculateTheKeyResultsOf(objective);
                return "move " + objective.key() + " to " + other.value();
            }
            case 6 -> {
                int n = created.size() + 10;
                Objective objective = Objectives.objective("O-" + n)
                        .in(random.nextBoolean() ? "customer" : "financial")
                        .with(work("KR-" + n), metric("KR-" + (n + 50)).from(0).to(10))
                        .build();
                if (random.nextBoolean()) {
                    objective = copy(objective, objective.summary(), OTHER_CYCLE);
                }
                created.add(objective);
                okr.jira.objective(objective);
                okr.jira.link(Ids.keyResult("KR-" + n), Ids.issue(STORIES.get(random.nextInt(STORIES.size()))));
                recalculateTheKeyResultsOf(objective);
                return "create " + objective.key() + " in " + objective.cycle().value();
            }
            case 7 -> {
                Objective objective = anObjective(random);
                PerspectiveKey to = PERSPECTIVES.get(random.nextInt(PERSPECTIVES.size()));
                okr.jira.objective(objective.withPerspective(to));
                recalculateTheKeyResultsOf(objective);
                return "move " + objective.key() + " to perspective " + to.value();
            }
            case 8 -> {
                CheckInCadence.Interval[] intervals = CheckInCadence.Interval.values();
                CheckInCadence cadence =
                        new CheckInCadence(intervals[random.nextInt(intervals.length)], DayOfWeek.MONDAY);
                store.settings.saveAppSettings(store.settings.appSettings().withCheckInCadence(cadence));
                return "cadence " + cadence.interval();
            }
            default -> {
                IssueId story = Ids.issue(STORIES.get(random.nextInt(STORIES.size())));
                if (random.nextBoolean()) {
                    okr.jira.link(SampleOkrs.KR_3, story);
                } else {
                    okr.jira.unlink(SampleOkrs.KR_3, story);
                }
                otherNode.recalculate(List.of(SampleOkrs.KR_3));
                return "relink KR-3 and " + story;
            }
        }
    }

    private String changeAStory(Random random) {
        String story = STORIES.get(random.nextInt(STORIES.size()));
        WorkItems item = STORIES.indexOf(story) < 3 ? WorkItems.story(story).inEpic("E-1") : WorkItems.story(story);
        StatusCategory status = StatusCategory.values()[random.nextInt(StatusCategory.values().length)];
        okr.jira.put((status == StatusCategory.DONE
                        ? item.done()
                        : status == StatusCategory.INDETERMINATE ? item.inProgress() : item)
                .build());
        return story + " " + status;
    }

    private Objective anObjective(Random random) {
        List<Objective> all = okr.jira.objectives();
        return all.get(random.nextInt(all.size()));
    }

    private void recalculateTheKeyResultsOf(Objective objective) {
        otherNode.recalculate(objective.keyResults().stream().map(KeyResult::id).toList());
    }

    /** Hides an objective or one of its key results from the viewer, or shows it again. */
    private void toggleHidden(Random random) {
        List<Objective> all = okr.jira.objectives();
        Objective objective = all.get(random.nextInt(all.size()));
        IssueId issue = random.nextBoolean() || objective.keyResults().isEmpty()
                ? new IssueId(objective.id().value())
                : new IssueId(objective
                        .keyResults()
                        .get(random.nextInt(objective.keyResults().size()))
                        .id()
                        .value());
        if (!access.hidden.remove(issue)) {
            access.hidden.add(issue);
        }
    }

    private static Objective copy(Objective objective, String summary, CycleId cycle) {
        return new Objective(
                objective.id(),
                objective.key(),
                summary,
                objective.perspective(),
                cycle,
                objective.weight(),
                objective.owner(),
                objective.supports(),
                objective.drives(),
                objective.keyResults());
    }

    private ReadingScorecard reading(ObjectiveSource objectives, Duration maxAge) {
        return new ReadingScorecard(
                access,
                store.settings,
                store.cycleReviews,
                objectives,
                store.progress,
                store.snapshots,
                scoring,
                (viewer, filter, keys) -> Optional.empty(),
                clock,
                maxAge);
    }

    private static ScorecardQuery query() {
        return ScorecardQuery.of(Fixture.Q4.id().value(), null, null, 7);
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    /** A clock that moves a millisecond per write, so that every write is computed after the one before. */
    private static final class SteppingClock extends Clock {
        private volatile Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void step() {
            now = now.plusMillis(1);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Jira's objectives, counting the reads of a whole cycle. */
    private static final class CountingCycleReads implements ObjectiveSource {
        private final ObjectiveSource jira;
        final AtomicInteger cycleReads = new AtomicInteger();

        CountingCycleReads(ObjectiveSource jira) {
            this.jira = jira;
        }

        @Override
        public Optional<Objective> objective(io.okrscorecard.core.ObjectiveId id) {
            return jira.objective(id);
        }

        @Override
        public List<Objective> objectivesIn(CycleId cycle) {
            cycleReads.incrementAndGet();
            return jira.objectivesIn(cycle);
        }

        @Override
        public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
            return jira.objectivesMeasuredBy(keyResults);
        }
    }
}
