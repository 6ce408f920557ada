package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Jira issue search (JQL) that finds the work of a WORK key result as {@link WorkSet#expand} builds it: the issues
 * linked to the key result by "contributes to", each linked epic that has children replaced by the issues whose Epic
 * Link names it, sub-tasks left out. Issues with an excluded resolution stay in: the search finds every item the
 * explanation counts or lists as excluded, e.g.
 *
 * <pre>
 * ((issue in linkedIssues("KR-1", "has contribution from") AND issue not in ("E-1")) OR "Epic Link" in ("E-1"))
 *     AND issuetype not in subTaskIssueTypes() ORDER BY key
 * </pre>
 *
 * <p>Jira's {@code linkedIssues(issueKey, linkDescription)} takes a link <em>description</em> as the named issue reads
 * it, not the link type's name ("linkedIssues ( issuekey [, linkDescription ]* )",
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/LinkedIssuesFunction.html; the
 * example {@code issue in linkedIssues(ABC-123, "is duplicated by")} of Jira's JQL functions reference). A key result
 * is the destination of "contributes to", so it reads the link type's <em>inward</em> description.
 *
 * @param keyResult the key result whose work is searched
 * @param inwardDescription the current inward description of the "OKR Contribution" link type (admins may rename it)
 * @param expandedEpics the linked epics replaced by their children ({@link WorkSet#expandedEpics()})
 */
public record WorkSearch(IssueKey keyResult, String inwardDescription, List<IssueKey> expandedEpics) {

    public WorkSearch {
        ValidationException.requireValue(keyResult, "keyResult");
        if (inwardDescription == null || inwardDescription.isBlank()) {
            throw new ValidationException("inwardDescription", "must not be blank");
        }
        expandedEpics = List.copyOf(new TreeSet<>(ValidationException.requireValue(expandedEpics, "expandedEpics")));
    }

    /** The JQL of the search, ordered by issue key. */
    public String jql() {
        String linked = "issue in linkedIssues(" + quoted(keyResult.value()) + ", " + quoted(inwardDescription) + ")";
        String work;
        if (expandedEpics.isEmpty()) {
            work = linked;
        } else {
            String epics = expandedEpics.stream()
                    .map(epic -> quoted(epic.value()))
                    .collect(Collectors.joining(", ", "(", ")"));
            work = "((" + linked + " AND issue not in " + epics + ") OR \"Epic Link\" in " + epics + ")";
        }
        return work + " AND issuetype not in subTaskIssueTypes() ORDER BY key";
    }

    /**
     * A JQL string literal: in double quotes, with a backslash before a double quote or a backslash, and control
     * characters escaped (JQL's escapes, see {@code JqlStringSupport}:
     * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/jql/util/JqlStringSupport.html).
     */
    static String quoted(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
