package io.okrscorecard.core;

/** Test ids derived from issue keys, so that a fixture names each issue once: "A-1" always has the same id. */
public final class Ids {

    private Ids() {}

    /** A distinct positive id per key: the project key read in base 37, times 10^7, plus the issue number. */
    public static long of(String key) {
        int dash = key.lastIndexOf('-');
        long project = 0;
        for (char c : key.substring(0, dash).toCharArray()) {
            project = project * 37 + (Character.isDigit(c) ? c - '0' + 27 : c - 'A' + 1);
        }
        return project * 10_000_000L + Long.parseLong(key.substring(dash + 1));
    }

    public static IssueId issue(String key) {
        return new IssueId(of(key));
    }

    public static KeyResultId keyResult(String key) {
        return new KeyResultId(of(key));
    }

    public static ObjectiveId objective(String key) {
        return new ObjectiveId(of(key));
    }
}
