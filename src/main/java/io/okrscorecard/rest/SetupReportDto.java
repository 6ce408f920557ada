package io.okrscorecard.rest;

import io.okrscorecard.core.settings.SetupReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the app created or found in Jira when it started on this node: one entry per role, with the object's current
 * name and id. {@code runMessageKey} and each {@code messageKey} are i18n keys; the admin page formats them with the
 * name ({0}), the id ({1}) and Jira's message ({2}).
 *
 * @param checkedNow true when the last start did not complete and the entries are a check made now
 * @param complete true when every object exists and is recorded
 */
public record SetupReportDto(
        String run, String runMessageKey, boolean checkedNow, boolean complete, List<ObjectDto> objects) {

    /** The Jira object playing one role; {@code id} is null when it failed or is missing. */
    public record ObjectDto(
            String role, String kind, String name, String id, String outcome, String messageKey, String message) {}

    static SetupReportDto of(SetupReport report) {
        return new SetupReportDto(
                report.run().name(),
                report.run().messageKey(),
                report.checkedNow(),
                report.complete(),
                report.entries().stream().map(SetupReportDto::object).collect(Collectors.toList()));
    }

    private static ObjectDto object(SetupReport.Entry entry) {
        return new ObjectDto(
                entry.role().name(),
                entry.role().kind().name(),
                entry.name(),
                entry.id(),
                entry.outcome().name(),
                entry.outcome().messageKey(),
                entry.message());
    }
}
