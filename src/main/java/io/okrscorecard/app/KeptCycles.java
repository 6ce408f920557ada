package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.SnapshotRepository.Point;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.scoring.Cascading;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.StatusRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What every viewer's scorecard of a cycle is read from: the cycle's objectives (with their key results and check-in
 * histories) by key, their stored rows, the cycle's trends and its status rule, and the answers rendered from it. This
 * node keeps it per cycle and serves it while the settings revision and the change mark of the progress table are the
 * ones read before it, on the day it was read, and for at most {@link #maxAge}. Every write of progress on any node
 * (check-ins recompute their key result) moves the mark, so the next read after a write brings the kept cycle up to
 * the rows written since ({@link KeptCycleRefresh}: those rows and their objectives, not the whole cycle), or reads it
 * afresh when only that can tell. The age bound, counted from the last time the cycle was read whole, covers what the
 * mark does not see: a change in Jira that wrote no row yet, the day's snapshots recorded after the day's rows, two
 * writers committing out of id order at the moment of the read, and the pace of the cycle (taken when it was read).
 * See docs/adr/0009-scorecard-reads-from-a-kept-cycle.md and docs/adr/0010-kept-cycle-refreshed-by-changed-rows.md.
 */
final class KeptCycles {

    /** JVM property: the longest time in seconds a kept cycle is served, 0 to read afresh every time. */
    static final String MAX_AGE_PROPERTY = "okr.scorecard.keptCycle.seconds";

    static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(10);

    /** Cycles kept at most; a dashboard shows few, so the least recently read beyond these are dropped. */
    private static final int MAX_CYCLES = 16;

    /**
     * Bytes of rendered answers kept on this node at most by default (a 200-objective scorecard's JSON is 350 KB);
     * beyond, every kept answer is dropped and rendered again on demand. Answers that are not bytes count as {@link
     * #OTHER_ANSWER}.
     */
    static final long RENDERED_BUDGET = 32L << 20;

    private static final long OTHER_ANSWER = 1024;

    /**
     * Quarters of the age bound after which one reader reads the cycle whole again while the others are still served
     * the kept one, so that readers do not all wait for that read when the bound is reached.
     */
    private static final int READ_AHEAD_SHARE = 3;

    /** What a kept cycle was read under, read before the data it guards. */
    record Stamp(String settingsRevision, ChangeMark progress, LocalDate day) {}

    /**
     * One cycle as read for every viewer. Trends are read, and answers rendered, on first use. {@code seen} is the
     * newest progress row id its stored rows reflect; {@code readAt} when it was last read whole.
     */
    final class Kept {
        private final Stamp stamp;
        /** The number of the observation its stamp comes from ({@link StoreObservations.Observed#sequence()}). */
        private final long observation;

        private final Instant readAt;
        private final CycleId cycle;
        private final Perspectives perspectives;
        private final List<Objective> objectives;
        private final Map<ProgressSubject, StoredProgress> stored;
        private final long seen;
        /** Whether the rows read since its stamp were only new versions of rows it held (false after a whole read). */
        private final boolean rewritesOnly;
        /** The snapshot of a closed cycle it was read from; null for a cycle whose numbers follow Jira. */
        private final FrozenCycle frozenFrom;

        private final StatusRule rule;
        private final Map<Integer, Map<Subject, List<Point>>> trendsByDays;
        private final Map<Object, Object> rendered = new ConcurrentHashMap<>();
        /** Held while an answer is rendered, so that readers who ask for it together render it once. */
        private final Object rendering = new Object();

        private final AtomicLong renderedBytes = new AtomicLong();
        private volatile Instant lastUsed;
        /** Each objective's progress with its supporting objectives mixed in, computed on first use. */
        private volatile Map<ObjectiveId, ObjectiveScore.Cascaded> cascaded;

        private Kept(
                Stamp stamp,
                long observation,
                Instant readAt,
                CycleId cycle,
                Perspectives perspectives,
                StatusRule rule,
                List<Objective> objectives,
                Map<ProgressSubject, StoredProgress> stored,
                long seen,
                boolean rewritesOnly,
                Map<Integer, Map<Subject, List<Point>>> trendsByDays,
                FrozenCycle frozenFrom) {
            this.stamp = stamp;
            this.frozenFrom = frozenFrom;
            this.observation = observation;
            this.readAt = readAt;
            this.lastUsed = readAt;
            this.cycle = cycle;
            this.perspectives = perspectives;
            this.rule = rule;
            this.objectives = objectives;
            this.stored = stored;
            this.seen = seen;
            this.rewritesOnly = rewritesOnly;
            this.trendsByDays = trendsByDays;
        }

        /**
         * This cycle brought up to the rows written since, under {@code now}'s stamp, read whole at the same time as
         * this one (so within the same age bound); empty when it must be read afresh.
         */
        private Optional<Kept> refreshed(Stamp now, long nowObserved) {
            KeptCycleRefresh.Since since = new KeptCycleRefresh.Since(
                    seen, rewritesOnly, stamp.progress().rows(), now.progress());
            return refresh.refresh(cycle, objectives, stored, since)
                    .map(fresh -> new Kept(
                            now,
                            nowObserved,
                            readAt,
                            cycle,
                            perspectives,
                            rule,
                            fresh.objectives(),
                            fresh.stored(),
                            fresh.seen(),
                            fresh.rewritesOnly(),
                            new ConcurrentHashMap<>(trendsByDays),
                            null));
        }

        /** The snapshot of the closed cycle it was read from; empty for a cycle whose numbers follow Jira. */
        Optional<FrozenCycle> frozenFrom() {
            return Optional.ofNullable(frozenFrom);
        }

        /** The day it was read on: the day of every answer served from it. */
        LocalDate day() {
            return stamp.day();
        }

        /** The cycle's objectives by key. */
        List<Objective> objectives() {
            return objectives;
        }

        /** The status rule of the settings read, at the share of the cycle elapsed when it was read. */
        StatusRule rule() {
            return rule;
        }

        /**
         * The answer rendered for {@code key}, rendered now if this cycle has none yet. The key names everything the
         * answer depends on besides this cycle.
         */
        @SuppressWarnings("unchecked")
        <T> T rendered(Object key, Supplier<T> render) {
            Object known = rendered.get(key);
            if (known != null) {
                return (T) known;
            }
            synchronized (rendering) {
                known = rendered.get(key);
                if (known == null) {
                    known = render.get();
                    long size = known instanceof byte[] bytes ? bytes.length : OTHER_ANSWER;
                    if (renderedBytesOfAll() + size > renderedBudget) {
                        kept.values().forEach(Kept::dropRendered);
                        frozen.values().forEach(Kept::dropRendered);
                    }
                    renderedBytes.addAndGet(size);
                    rendered.put(key, known);
                }
                return (T) known;
            }
        }

        private void dropRendered() {
            rendered.clear();
            renderedBytes.set(0);
        }

        /**
         * The parts of each objective's progress under this cascade from the stored rows (docs/rollup-rules.md,
         * "Cascade of aligned objectives"). A kept cycle is kept under one settings revision, so one cascade.
         */
        Map<ObjectiveId, ObjectiveScore.Cascaded> cascaded(Cascade cascade) {
            Map<ObjectiveId, ObjectiveScore.Cascaded> known = cascaded;
            if (known == null) {
                known = Cascading.over(
                        objectives, id -> ScorecardComposition.progressOf(stored.get(ProgressSubject.of(id))), cascade);
                cascaded = known;
            }
            return known;
        }

        /** The stored rows of the cycle's objectives and key results; subjects never computed are absent. */
        Map<ProgressSubject, StoredProgress> stored() {
            return stored;
        }

        /**
         * The points of the scorecard and of every perspective over the {@code days} days up to the day the cycle was
         * read, oldest first.
         */
        Map<Subject, List<Point>> trends(int days) {
            return trendsByDays.computeIfAbsent(days, this::readTrends);
        }

        private Map<Subject, List<Point>> readTrends(int days) {
            List<Subject> subjects = new ArrayList<>();
            subjects.add(new Subject(cycle, Subject.Kind.SCORECARD, cycle.value()));
            for (Perspective perspective : perspectives.all()) {
                subjects.add(new Subject(
                        cycle, Subject.Kind.PERSPECTIVE, perspective.key().value()));
            }
            return Map.copyOf(snapshots.trends(subjects, stamp.day().minusDays(days - 1L), stamp.day()));
        }

        private boolean servable(Stamp now, Instant at) {
            return stamp.equals(now) && young(at);
        }

        /** Whether only progress rows moved since this was kept: the same settings, the same day, within the age. */
        private boolean refreshable(Stamp now, Instant at) {
            return stamp.settingsRevision().equals(now.settingsRevision())
                    && stamp.day().equals(now.day())
                    && young(at);
        }

        /**
         * Whether this was brought up to an observation read after {@code observed}, under the same settings and on
         * the same day: it then holds every write the reader's observation saw, and the reader takes it as it is. A
         * reader whose observation was read before another's may reach the kept cycle after it; bringing the cycle
         * back to the older observation would undo the order the refresh relies on (ADR 0010).
         */
        private boolean newerThan(long observed, Stamp now, Instant at) {
            return observation > observed && refreshable(now, at);
        }

        private boolean young(Instant at) {
            return !at.isBefore(readAt) && Duration.between(readAt, at).compareTo(maxAge) < 0;
        }

        /** Whether this was read whole {@link #READ_AHEAD_SHARE} quarters of the age bound ago or longer. */
        private boolean aging(Instant at) {
            return Duration.between(readAt, at)
                            .compareTo(maxAge.multipliedBy(READ_AHEAD_SHARE).dividedBy(4))
                    >= 0;
        }
    }

    private final ObjectiveSource objectiveSource;
    private final MaterialisedProgressRepository progress;
    private final SnapshotRepository snapshots;
    private final Clock clock;
    private final Duration maxAge;
    private final long renderedBudget;
    private final Map<CycleId, Kept> kept = new ConcurrentHashMap<>();
    /** Closed cycles as read from their snapshots, served while the settings revision is the one they were read under. */
    private final Map<CycleId, Kept> frozen = new ConcurrentHashMap<>();

    private final KeptCycleRefresh refresh;
    /** Whether a reader is reading a cycle whole ahead of its age bound; one at a time on this node. */
    private final AtomicBoolean readingAhead = new AtomicBoolean();

    KeptCycles(
            ObjectiveSource objectiveSource,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            Clock clock,
            Duration maxAge) {
        this(objectiveSource, progress, snapshots, clock, maxAge, RENDERED_BUDGET);
    }

    /** @param renderedBudget bytes of rendered answers kept at most, over all kept cycles */
    KeptCycles(
            ObjectiveSource objectiveSource,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            Clock clock,
            Duration maxAge,
            long renderedBudget) {
        this.objectiveSource = objectiveSource;
        this.progress = progress;
        this.snapshots = snapshots;
        this.clock = clock;
        this.maxAge = maxAge;
        this.renderedBudget = renderedBudget;
        this.refresh = new KeptCycleRefresh(objectiveSource, progress);
    }

    /** The configured age bound: {@link #MAX_AGE_PROPERTY}, else {@link #DEFAULT_MAX_AGE}. */
    static Duration configuredMaxAge() {
        Long seconds = Long.getLong(MAX_AGE_PROPERTY);
        return seconds == null || seconds < 0 ? DEFAULT_MAX_AGE : Duration.ofSeconds(seconds);
    }

    /**
     * The cycle under these settings as of an observation of the store: the kept one when nothing moved, the kept one
     * brought up to the rows written since when only progress rows moved, else read afresh (and kept when the settings
     * have a revision). Readers that find the kept cycle outdated at the same time refresh or read it once: the others
     * wait and take it if their observation equals the one it was brought up to.
     */
    Kept of(Cycle cycle, KeptSettings.Snapshot settings, ChangeMark progressMark, long observation) {
        frozen.remove(cycle.id());
        Stamp stamp = new Stamp(settings.revision(), progressMark, LocalDate.now(clock));
        Instant now = clock.instant();
        Kept known = kept.get(cycle.id());
        if (known != null && (known.servable(stamp, now) || known.newerThan(observation, stamp, now))) {
            known.lastUsed = now;
            return known.aging(now) ? readAhead(known, cycle, settings, stamp, observation, now) : known;
        }
        if (settings.revision() == null || maxAge.isZero()) {
            return read(cycle, settings, stamp, observation, now);
        }
        synchronized (this) {
            known = kept.get(cycle.id());
            if (known != null && (known.servable(stamp, now) || known.newerThan(observation, stamp, now))) {
                return known;
            }
            Optional<Kept> refreshed = known != null && known.refreshable(stamp, now)
                    ? known.refreshed(stamp, observation)
                    : Optional.empty();
            Kept read = refreshed.orElseGet(() -> read(cycle, settings, stamp, observation, now));
            read.lastUsed = now;
            kept.put(cycle.id(), read);
            dropLeastRecentlyUsed();
            return read;
        }
    }

    /**
     * The cycle read whole now by this reader, unless another reader is doing so: then the kept one, which is still
     * within its age bound. The others are served the kept one meanwhile; the new one replaces it (readers whose
     * observation is newer bring it up to the rows written since, as any kept cycle).
     */
    private Kept readAhead(
            Kept known, Cycle cycle, KeptSettings.Snapshot settings, Stamp stamp, long observation, Instant now) {
        if (!readingAhead.compareAndSet(false, true)) {
            return known;
        }
        try {
            Kept read = read(cycle, settings, stamp, observation, now);
            synchronized (this) {
                Kept current = kept.get(cycle.id());
                if (current == null || !current.readAt.isAfter(read.readAt)) {
                    kept.put(cycle.id(), read);
                    dropLeastRecentlyUsed();
                }
            }
            return read;
        } finally {
            readingAhead.set(false);
        }
    }

    /**
     * A closed cycle as its snapshot holds it (docs/adr/0018-closing-a-cycle-freezes-it.md): nothing writes its rows, so
     * it is never brought up to date; closing and re-opening move the settings revision, so it is served while the
     * revision is the one it was read under. Its answers are of the day it was closed: trends end on that day. Empty
     * when the store holds no snapshot (re-opened since the revision was read).
     */
    Optional<Kept> frozen(CycleId cycle, String revision, Supplier<Optional<FrozenCycle>> snapshot) {
        kept.remove(cycle);
        Kept known = frozen.get(cycle);
        if (known != null && revision != null && revision.equals(known.stamp.settingsRevision())) {
            known.lastUsed = clock.instant();
            return Optional.of(known);
        }
        Optional<FrozenCycle> stored = snapshot.get();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        FrozenCycle read = stored.get();
        List<Objective> objectives = new ArrayList<>(read.objectives());
        objectives.sort(Comparator.comparing(Objective::key));
        Kept closed = new Kept(
                new Stamp(revision, ChangeMark.EMPTY, read.day()),
                0,
                clock.instant(),
                cycle,
                read.perspectives(),
                read.rule(),
                List.copyOf(objectives),
                read.rows(),
                0,
                false,
                new ConcurrentHashMap<>(),
                read);
        if (revision != null) {
            frozen.put(cycle, closed);
            while (frozen.size() > MAX_CYCLES) {
                frozen.values().stream()
                        .min(Comparator.comparing((Kept k) -> k.lastUsed))
                        .ifPresent(oldest -> frozen.remove(oldest.cycle, oldest));
            }
        }
        return Optional.of(closed);
    }

    private Kept read(Cycle cycle, KeptSettings.Snapshot settings, Stamp stamp, long observation, Instant now) {
        StatusRule rule = new StatusRule(settings.app().statusMode(), cycle.elapsedShare(clock));
        List<Objective> objectives = new ArrayList<>(objectiveSource.objectivesIn(cycle.id()));
        objectives.sort(Comparator.comparing(Objective::key));
        List<ProgressSubject> subjects = ProgressSubject.ofObjectivesAndKeyResults(objectives);
        Map<ProgressSubject, StoredProgress> stored =
                subjects.isEmpty() ? Map.of() : Map.copyOf(progress.load(subjects));
        return new Kept(
                stamp,
                observation,
                now,
                cycle.id(),
                settings.perspectives(),
                rule,
                List.copyOf(objectives),
                stored,
                stamp.progress().newestRow(),
                false,
                new ConcurrentHashMap<>(),
                null);
    }

    private long renderedBytesOfAll() {
        return Stream.concat(kept.values().stream(), frozen.values().stream())
                .mapToLong(k -> k.renderedBytes.get())
                .sum();
    }

    private void dropLeastRecentlyUsed() {
        while (kept.size() > MAX_CYCLES) {
            kept.values().stream()
                    .min(Comparator.comparing((Kept k) -> k.lastUsed))
                    .ifPresent(oldest -> kept.remove(oldest.cycle, oldest));
        }
    }
}
