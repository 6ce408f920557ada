package io.okrscorecard.sandbox.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One issue of the demo organisation with the fields a Jira REST export gives it. Objectives and key results carry the
 * OKR fields; work items their epic, parent, estimates and {@link Timeline}. Links are kept on both issues, as Jira
 * lists a link under each of its issues.
 */
final class DemoIssue {

    /** Issue types with the ids a fresh Jira Software instance gives them. */
    enum Type {
        EPIC("10000", "Epic", false),
        STORY("10001", "Story", false),
        TASK("10002", "Task", false),
        SUBTASK("10003", "Sub-task", true),
        BUG("10004", "Bug", false),
        OBJECTIVE("10100", "Objective", false),
        KEY_RESULT("10101", "Key Result", false);

        final String id;
        final String typeName;
        final boolean subtask;

        Type(String id, String typeName, boolean subtask) {
            this.id = id;
            this.typeName = typeName;
            this.subtask = subtask;
        }
    }

    /** The app's four link types, with their names as the app creates them in Jira. */
    enum LinkType {
        KEY_RESULT("10300", "OKR Key Result", "measures", "is measured by"),
        CONTRIBUTION("10301", "OKR Contribution", "contributes to", "is contributed to by"),
        ALIGNMENT("10302", "OKR Alignment", "supports", "is supported by"),
        CAUSE("10303", "OKR Cause", "drives", "is driven by");

        final String id;
        final String linkName;
        final String outward;
        final String inward;

        LinkType(String id, String linkName, String outward, String inward) {
            this.id = id;
            this.linkName = linkName;
            this.outward = outward;
            this.inward = inward;
        }
    }

    /**
     * A Jira user: the key (as Jira 8 and later give new users, {@code JIRAUSER10100}), the user name and the display
     * name a page shows.
     */
    record User(String key, String name, String displayName) {

        /** The user {@code amelia.chen}, number 10100: key {@code JIRAUSER10100}, display name "Amelia Chen". */
        static User named(String userName, int number) {
            StringBuilder displayName = new StringBuilder();
            for (String part : userName.split("\\.")) {
                if (!part.isEmpty()) {
                    displayName
                            .append(displayName.length() == 0 ? "" : " ")
                            .append(part.substring(0, 1).toUpperCase(Locale.ROOT))
                            .append(part.substring(1));
                }
            }
            return new User("JIRAUSER" + number, userName, displayName.toString());
        }
    }

    /** {@code source} <em>type.outward</em> {@code target}, e.g. a key result <em>measures</em> an objective. */
    record Link(long id, LinkType type, DemoIssue source, DemoIssue target) {}

    final long id;
    final String key;
    final Type type;
    final String summary;
    final Timeline timeline;
    final List<Link> links = new ArrayList<>();

    User assignee;
    /** The BSC Perspective option, e.g. {@code Customer}. */
    String perspective;
    /** Labels and component names: other places an admin can map perspectives from. */
    final List<String> labels = new ArrayList<>();

    final List<String> components = new ArrayList<>();

    String cycle;
    /** The KR Kind option: {@code Work}, {@code Metric} or {@code Milestone}. */
    String krKind;

    Double krStart;
    Double krTarget;
    String krUnit;
    Double weight;
    DemoIssue epic;
    DemoIssue parent;
    Double storyPoints;
    Long originalEstimateSeconds;

    DemoIssue(long id, String key, Type type, String summary, Timeline timeline) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.summary = summary;
        this.timeline = timeline;
    }
}
