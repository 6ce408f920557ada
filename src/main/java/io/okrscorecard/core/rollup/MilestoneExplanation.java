package io.okrscorecard.core.rollup;

import io.okrscorecard.core.work.StatusCategory;

/** A milestone is done (100%) when its own issue's status category is done, else 0%. */
public record MilestoneExplanation(StatusCategory status) implements Explanation {

    @Override
    public String summary() {
        return (status == StatusCategory.DONE ? "100%" : "0%") + ": milestone issue is in status category "
                + status.key();
    }
}
