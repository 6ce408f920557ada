package io.okrscorecard.core.settings;

import java.util.List;
import java.util.Locale;

/**
 * What the app's setup did with each Jira object it needs, per {@link HostObject} role: created it, found it by its
 * recorded id or by name, failed, or (when checked without creating anything) found it missing. Messages are i18n
 * keys under {@code okr.bootstrap.*}.
 *
 * @param run whether the last start's setup ran
 * @param checkedNow true when the entries come from a check made now (the last start did not complete), false when
 *     they are what the last start did
 * @param entries one per role, in {@link HostObject} order
 */
public record SetupReport(Run run, boolean checkedNow, List<Entry> entries) {

    public SetupReport {
        if (run == null) {
            throw new IllegalArgumentException("run is required");
        }
        entries = List.copyOf(entries);
    }

    /** True when every role's object exists and is recorded. */
    public boolean complete() {
        return entries.size() == HostObject.values().length
                && entries.stream().noneMatch(e -> e.outcome() == Outcome.FAILED || e.outcome() == Outcome.MISSING);
    }

    /** Whether the last start's setup ran. */
    public enum Run {
        COMPLETED,
        /** The cluster lock service was not available; nothing was touched. */
        SKIPPED_NO_LOCK_SERVICE,
        /** Another node held the setup lock for longer than the wait; nothing was touched. */
        SKIPPED_LOCK_BUSY,
        /** The setup has not run on this node (it failed before reporting). */
        NOT_RUN;

        public String messageKey() {
            return "okr.bootstrap.run." + key(name());
        }
    }

    /** What happened to one object. */
    public enum Outcome {
        CREATED,
        FOUND_BY_ID,
        FOUND_BY_NAME,
        /** Creating or recording it failed; the message says why. */
        FAILED,
        /** Only when checked now: neither the recorded id nor the name finds it. */
        MISSING;

        public String messageKey() {
            return "okr.bootstrap.outcome." + key(name());
        }
    }

    /**
     * One role's object.
     *
     * @param id the Jira id, {@code null} when failed or missing
     * @param name the object's current name in Jira, or the name it would get
     * @param message why it failed, as Jira reported it; {@code null} otherwise
     */
    public record Entry(HostObject role, Outcome outcome, String id, String name, String message) {
        public Entry {
            if (role == null || outcome == null) {
                throw new IllegalArgumentException("role and outcome are required");
            }
        }
    }

    private static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
