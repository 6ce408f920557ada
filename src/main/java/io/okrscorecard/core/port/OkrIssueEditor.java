package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import java.util.List;

/**
 * Changes to OKR issues in Jira made as a user, with that user's permissions, so that Jira checks them and keeps the
 * history: moving an objective to another cycle, and re-linking a key result to another objective. A change Jira
 * refuses for one issue is an answer, never an exception, so that the other issues of a request still go ahead.
 */
public interface OkrIssueEditor {

    /** Why Jira refused a change. */
    enum Refusal {
        /** The user lacks a Jira permission the change needs (Edit Issues, Link Issues). */
        NO_PERMISSION,
        /** Jira's validation rejected the change; {@link Edit#messages()} holds what Jira said. */
        REJECTED,
        /** The issue, its field or link, or the link type is not in Jira (any more). */
        MISSING,
        /**
         * The change failed after part of it was made, and taking that part back failed too: the issue is left
         * half-changed, as {@link Edit#messages()} says.
         */
        LEFT_HALF_DONE
    }

    /**
     * What became of one change: done, or refused with Jira's messages.
     *
     * @param refusal {@code null} when the change was made
     * @param messages what Jira said, in the user's language, empty when it said nothing
     */
    record Edit(Refusal refusal, List<String> messages) {
        public static final Edit DONE = new Edit(null, List.of());

        public Edit {
            messages = List.copyOf(messages);
        }

        public static Edit refused(Refusal refusal, List<String> messages) {
            if (refusal == null) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
            return new Edit(refusal, messages);
        }

        public boolean done() {
            return refusal == null;
        }
    }

    /** Sets the objective's OKR Cycle field to {@code cycle}; its key results come along through their links. */
    Edit moveToCycle(Viewer viewer, ObjectiveId objective, CycleId cycle);

    /**
     * Moves the key result's "measures" link from objective {@code from} to objective {@code to}. Nothing is left
     * half-moved: when the new link is made and the old one cannot be removed, the new one is removed again.
     */
    Edit relinkKeyResult(Viewer viewer, KeyResultId keyResult, ObjectiveId from, ObjectiveId to);
}
