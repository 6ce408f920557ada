package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;

/**
 * The Jira issue search (JQL) that finds the work of a WORK key result as {@link WorkSet#expand} builds it, through the
 * app's own JQL function (docs/adr/0021-stored-work-set-index.md): {@code keyResultWork} answers from the stored
 * work-set index the issues the rollup counts, and with {@link #WITH_EXCLUDED} also those it leaves out for an excluded
 * resolution, e.g.
 *
 * <pre>
 * issue in keyResultWork("KR-1", "withExcluded") ORDER BY key
 * </pre>
 *
 * <p>The search finds every item the explanation counts or lists as excluded, the same issues as the key result's work
 * page, so a link to it can say how many issues it finds.
 *
 * @param keyResult the key result whose work is searched
 */
public record WorkSearch(IssueKey keyResult) {

    /** {@code issue in keyResultWork("KR-5")}: the issues a key result counts. */
    public static final String KEY_RESULT_WORK = "keyResultWork";
    /** {@code issue in objectiveWork("O-3")}: the issues an objective's key results count. */
    public static final String OBJECTIVE_WORK = "objectiveWork";
    /** {@code issue in keyResults("O-3")}: an objective's key results. */
    public static final String KEY_RESULTS = "keyResults";
    /** The second argument of {@code keyResultWork} that keeps the issues with an excluded resolution. */
    public static final String WITH_EXCLUDED = "withExcluded";

    private static final String ORDER = " ORDER BY key";

    public WorkSearch {
        ValidationException.requireValue(keyResult, "keyResult");
    }

    /** The JQL of the search, ordered by issue key. */
    public String jql() {
        return "issue in " + KEY_RESULT_WORK + "(" + quoted(keyResult.value()) + ", " + quoted(WITH_EXCLUDED) + ")"
                + ORDER;
    }

    /** The JQL of the issues an objective's key results count, ordered by issue key. */
    public static String objectiveWork(IssueKey objective) {
        ValidationException.requireValue(objective, "objective");
        return "issue in " + OBJECTIVE_WORK + "(" + quoted(objective.value()) + ")" + ORDER;
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
