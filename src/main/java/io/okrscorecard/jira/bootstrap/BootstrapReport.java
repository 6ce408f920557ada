package io.okrscorecard.jira.bootstrap;

import io.okrscorecard.core.port.HostSetup;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport;
import io.okrscorecard.core.settings.SetupReport.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one bootstrap run did with each Jira object the app needs: created it, found it by its recorded id or by
 * name, or failed (the next start retries), in the core's {@link Outcome}s. The admin page shows it; messages are
 * i18n keys under {@code okr.bootstrap.*}.
 */
public record BootstrapReport(Run run, Map<HostObject, Entry> entries) {

    /** Whether the run happened at all. */
    public enum Run {
        COMPLETED,
        /** The cluster lock service was not available; nothing was touched. */
        SKIPPED_NO_LOCK_SERVICE,
        /** Another node held the bootstrap lock for longer than the wait; nothing was touched. */
        SKIPPED_LOCK_BUSY;

        public String messageKey() {
            return "okr.bootstrap.run." + key(name());
        }
    }

    /**
     * @param id the Jira id, {@code null} when failed or missing
     * @param name the object's current name in Jira (it may have been renamed), or the name it would get
     * @param message why it failed, as Jira reported it; {@code null} otherwise
     */
    public record Entry(HostObject object, Outcome outcome, String id, String name, String message) {

        static Entry of(HostObject object, Outcome outcome, String id, String name) {
            return new Entry(object, outcome, id, name, null);
        }

        static Entry failed(HostObject object, String message) {
            return new Entry(object, Outcome.FAILED, null, object.defaultName(), message);
        }
    }

    public BootstrapReport {
        if (run == null) {
            throw new IllegalArgumentException("run is required");
        }
        Map<HostObject, Entry> copy = new EnumMap<>(HostObject.class);
        copy.putAll(entries);
        entries = Collections.unmodifiableMap(copy);
    }

    static BootstrapReport skipped(Run run) {
        return new BootstrapReport(run, Map.of());
    }

    /** True when every object exists and is recorded. */
    public boolean complete() {
        return run == Run.COMPLETED
                && entries.size() == HostObject.values().length
                && entries.values().stream()
                        .noneMatch(e -> e.outcome() == Outcome.FAILED || e.outcome() == Outcome.MISSING);
    }

    /** The entries with this outcome, in {@link HostObject} order. */
    public List<Entry> with(Outcome outcome) {
        List<Entry> matching = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.outcome() == outcome) {
                matching.add(entry);
            }
        }
        return matching;
    }

    /** The core's view of these entries, for the {@link HostSetup} port; outcomes map by name. */
    SetupReport toSetupReport(SetupReport.Run setupRun, boolean checkedNow) {
        List<SetupReport.Entry> setup = new ArrayList<>();
        for (Entry entry : entries.values()) {
            setup.add(
                    new SetupReport.Entry(entry.object(), entry.outcome(), entry.id(), entry.name(), entry.message()));
        }
        return new SetupReport(setupRun, checkedNow, setup);
    }

    private static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
