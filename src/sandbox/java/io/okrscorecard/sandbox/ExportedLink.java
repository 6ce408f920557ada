package io.okrscorecard.sandbox;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;

/**
 * An issue link as the export shows it, turned to its outward direction: {@code source} <em>type.outward</em>
 * {@code target}, e.g. a key result <em>measures</em> an objective.
 *
 * @param linkId Jira's link id, 0 when the export does not give it; earlier links have lower ids
 * @param order where the link first appeared in the export, the tie-breaker without link ids
 */
record ExportedLink(
        String type, IssueId source, IssueKey sourceKey, IssueId target, IssueKey targetKey, long linkId, int order) {

    /** Identity of a link seen from both of its issues. */
    String identity() {
        return type + "|" + source + "|" + target;
    }
}
