package io.okrscorecard.sandbox;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.work.StatusCategory;

/**
 * One issue of the export, read and checked: the system fields the rollup needs and the values of the mapped fields.
 *
 * @param file the page file the issue was read from
 * @param parentId the parent of a sub-task, else {@code null}
 * @param assignee the assignee's key and display name, {@code null} when unassigned
 * @param epicLink the key the Epic Link field holds, or {@code null}
 * @param parentLink the key Advanced Roadmaps' Parent Link names (the level above), or {@code null}
 * @param perspectiveValues where a perspective mapping can look on an objective; none on other issues
 * @param krKind Work, Metric or Milestone as written in the export, or {@code null}
 */
record ExportedIssue(
        String file,
        IssueId id,
        IssueKey key,
        String summary,
        String typeName,
        boolean subtask,
        StatusCategory status,
        String resolution,
        IssueId parentId,
        Long originalEstimateSeconds,
        Person assignee,
        IssueKey epicLink,
        IssueKey parentLink,
        Double storyPoints,
        PerspectiveValues perspectiveValues,
        String cycle,
        String krKind,
        Double krStart,
        Double krTarget,
        String krUnit,
        Double weight) {}
