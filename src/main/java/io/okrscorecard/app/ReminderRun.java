package io.okrscorecard.app;

/**
 * What one run of the check-in reminders did.
 *
 * @param mailAvailable false when Jira's outgoing mail could not take mail: nothing was claimed or lost, a later run
 *     sends
 * @param sent reminders handed to the outgoing mail by this run
 * @param alreadySent people whose reminder of the day an earlier run or another node had claimed
 * @param turnedOff people with due key results who turned their reminders off
 * @param unreachable people with due key results whom Jira cannot mail (unknown, inactive or without an address)
 * @param complete false when the run stopped early (the mail became unavailable or the run was interrupted); the rest
 *     is sent by a later run
 */
public record ReminderRun(
        boolean mailAvailable, int sent, int alreadySent, int turnedOff, int unreachable, boolean complete) {

    static ReminderRun mailUnavailable() {
        return new ReminderRun(false, 0, 0, 0, 0, false);
    }
}
