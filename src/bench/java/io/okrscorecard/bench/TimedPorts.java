package io.okrscorecard.bench;

import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Decorators of the ports that add up the time spent in them during one run (single-threaded). */
final class TimedPorts {
    long jiraNanos;
    long settingsNanos;
    long readNanos;
    long writeNanos;

    void reset() {
        jiraNanos = 0;
        settingsNanos = 0;
        readNanos = 0;
        writeNanos = 0;
    }

    private <T> T timedInto(Supplier<T> work, boolean write) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            if (write) {
                writeNanos += System.nanoTime() - start;
            } else {
                readNanos += System.nanoTime() - start;
            }
        }
    }

    /** The progress store, timing its reads of versions and its row writes (each with its commit). */
    MaterialisedProgressRepository progress(MaterialisedProgressRepository delegate) {
        return new MaterialisedProgressRepository() {
            @Override
            public Map<ProgressSubject, StoredProgress> save(Collection<StoredProgress> rows) {
                return timedInto(() -> delegate.save(rows), true);
            }

            @Override
            public Map<ProgressSubject, StoredProgress> saveIfUnchanged(
                    Collection<StoredProgress> rows, Map<ProgressSubject, Long> expected) {
                return timedInto(() -> delegate.saveIfUnchanged(rows, expected), true);
            }

            @Override
            public Map<ProgressSubject, StoredProgress> load(Collection<ProgressSubject> subjects) {
                return timedInto(() -> delegate.load(subjects), false);
            }

            @Override
            public void delete(Collection<ProgressSubject> subjects) {
                delegate.delete(subjects);
            }

            @Override
            public ChangeMark changeMark() {
                return delegate.changeMark();
            }

            @Override
            public RowsAfter rowsAfter(long row, int limit) {
                return delegate.rowsAfter(row, limit);
            }

            @Override
            public long countStored(Collection<ProgressSubject> subjects) {
                return delegate.countStored(subjects);
            }
        };
    }

    private <T> T jira(Supplier<T> read) {
        long start = System.nanoTime();
        try {
            return read.get();
        } finally {
            jiraNanos += System.nanoTime() - start;
        }
    }

    private <T> T settings(Supplier<T> read) {
        long start = System.nanoTime();
        try {
            return read.get();
        } finally {
            settingsNanos += System.nanoTime() - start;
        }
    }

    Source source(InMemoryOkr.FakeJira jira) {
        return new Source(jira);
    }

    Transactions transactions(Transactions delegate) {
        return delegate::inTransaction;
    }

    final class Source implements ObjectiveSource, WorkItemSource {
        private final InMemoryOkr.FakeJira delegate;

        Source(InMemoryOkr.FakeJira delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Objective> objective(ObjectiveId id) {
            return jira(() -> delegate.objective(id));
        }

        @Override
        public List<Objective> objectivesIn(CycleId cycle) {
            return jira(() -> delegate.objectivesIn(cycle));
        }

        @Override
        public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> krs) {
            return jira(() -> delegate.objectivesMeasuredBy(krs));
        }

        @Override
        public WorkGraph workFor(Collection<KeyResultId> krs) {
            return jira(() -> delegate.workFor(krs));
        }

        @Override
        public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
            return jira(() -> delegate.items(issues));
        }
    }

    ScorecardSettingsRepository settings(ScorecardSettingsRepository delegate) {
        return new ScorecardSettingsRepository() {
            @Override
            public String revision() {
                return settings(delegate::revision);
            }

            @Override
            public Perspectives perspectives() {
                return settings(delegate::perspectives);
            }

            @Override
            public void savePerspectives(Perspectives perspectives) {
                delegate.savePerspectives(perspectives);
            }

            @Override
            public PerspectiveMapping perspectiveMapping() {
                return settings(delegate::perspectiveMapping);
            }

            @Override
            public void savePerspectiveMapping(PerspectiveMapping mapping) {
                delegate.savePerspectiveMapping(mapping);
            }

            @Override
            public AppSettings appSettings() {
                return settings(delegate::appSettings);
            }

            @Override
            public void saveAppSettings(AppSettings settings) {
                delegate.saveAppSettings(settings);
            }

            @Override
            public List<Cycle> cycles() {
                return settings(delegate::cycles);
            }

            @Override
            public Optional<Cycle> cycle(CycleId id) {
                return settings(() -> delegate.cycle(id));
            }

            @Override
            public void saveCycle(Cycle cycle) {
                delegate.saveCycle(cycle);
            }

            @Override
            public boolean deleteCycle(CycleId id) {
                return delegate.deleteCycle(id);
            }

            @Override
            public Set<CycleId> closedCycles() {
                return delegate.closedCycles();
            }
        };
    }
}
