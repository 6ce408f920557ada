package io.okrscorecard.core.rollup;

/** How much each work item weighs in a WORK key result's progress. Listed on the admin page. */
public enum RollupPolicy {
    COUNT("Count of issues", "Every issue weighs 1."),
    STORY_POINTS(
            "Story points",
            "Issues weigh their story points; unestimated issues weigh the mean of the"
                    + " estimated ones; with no estimate at all the key result is counted by issues instead."),
    TIME(
            "Original estimate",
            "Issues weigh their original time estimate; unestimated issues weigh the mean of"
                    + " the estimated ones; with no estimate at all the key result is counted by issues instead.");

    private final String label;
    private final String description;

    RollupPolicy(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether the policy reads an estimate and may therefore fall back to COUNT. */
    public boolean usesEstimates() {
        return this != COUNT;
    }
}
