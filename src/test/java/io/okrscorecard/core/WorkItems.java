package io.okrscorecard.core;

import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;

/** Test-data builder: {@code WorkItems.story("A-1").done().points(3)}. Stories start in status category new. */
public final class WorkItems {

    private final String key;
    private final IssueKind kind;
    private StatusCategory status = StatusCategory.NEW;
    private String resolution;
    private Double points;
    private Long seconds;
    private IssueId epic;
    private IssueId parent;
    private IssueId parentLink;

    private WorkItems(String key, IssueKind kind) {
        this.key = key;
        this.kind = kind;
    }

    public static WorkItems story(String key) {
        return new WorkItems(key, IssueKind.STANDARD);
    }

    public static WorkItems epic(String key) {
        return new WorkItems(key, IssueKind.EPIC);
    }

    public static WorkItems subtask(String key, String parentKey) {
        WorkItems builder = new WorkItems(key, IssueKind.SUBTASK);
        builder.parent = Ids.issue(parentKey);
        return builder;
    }

    public WorkItems done() {
        status = StatusCategory.DONE;
        return this;
    }

    public WorkItems inProgress() {
        status = StatusCategory.INDETERMINATE;
        return this;
    }

    public WorkItems todo() {
        status = StatusCategory.NEW;
        return this;
    }

    public WorkItems status(StatusCategory category) {
        status = category;
        return this;
    }

    /** Resolved with this resolution (and done, as Jira resolves issues in a done status). */
    public WorkItems resolved(String name) {
        resolution = name;
        status = StatusCategory.DONE;
        return this;
    }

    public WorkItems resolution(String name) {
        resolution = name;
        return this;
    }

    public WorkItems points(double storyPoints) {
        points = storyPoints;
        return this;
    }

    public WorkItems hours(double hours) {
        seconds = Math.round(hours * 3600);
        return this;
    }

    /** The item one level up in Advanced Roadmaps' hierarchy (Parent Link), e.g. an epic's initiative. */
    public WorkItems parentLink(String parentKey) {
        parentLink = Ids.issue(parentKey);
        return this;
    }

    public WorkItems inEpic(String epicKey) {
        epic = Ids.issue(epicKey);
        return this;
    }

    public String key() {
        return key;
    }

    public WorkItem build() {
        return new WorkItem(
                Ids.issue(key), IssueKey.of(key), kind, status, resolution, points, seconds, epic, parent, parentLink);
    }
}
