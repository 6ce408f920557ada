package io.okrscorecard.rest;

import io.okrscorecard.app.ConfiguringMeasures;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureRun;

/**
 * A key result's Jira measure as the panel reads it: {@code measure} (null: none), {@code lastRun} (the latest
 * evaluation: {@code outcome} MEASURED, UNDEFINED or FAILED, with its value, issue count, JQL and reason),
 * {@code lastMeasured} (the last good value with its date: the latest system check-in), the technical user measures
 * run as ({@code technicalUser}, {@code technicalUserName}; null when none is chosen), {@code canEdit} and, after
 * "measure now", {@code stored} (false when another evaluation stored the same run first: its result is shown).
 */
public record MeasureDto(
        String key,
        Definition measure,
        Run lastRun,
        Measured lastMeasured,
        String technicalUser,
        String technicalUserName,
        boolean canEdit,
        boolean stored) {

    /** JQL text or a saved filter id, the aggregate name and the number field of SUM and AVERAGE. */
    public record Definition(String jql, Long filterId, String aggregate, String fieldId) {
        static Definition of(MeasureDefinition definition) {
            return definition == null
                    ? null
                    : new Definition(
                            definition.jql(),
                            definition.filterId(),
                            definition.aggregate().name(),
                            definition.fieldId());
        }

        /** The command; an unknown aggregate is a 400 naming {@code measure.aggregate}. */
        ConfiguringMeasures.Command command() {
            return new ConfiguringMeasures.Command(
                    jql, filterId, Enums.named(Aggregate.class, aggregate, "measure.aggregate"), fieldId);
        }
    }

    public record Run(String at, String outcome, Double value, int issueCount, String query, String message) {
        static Run of(MeasureRun run) {
            return run == null
                    ? null
                    : new Run(
                            run.at().toString(),
                            run.outcome().name(),
                            run.value(),
                            run.issueCount(),
                            run.query(),
                            run.message());
        }
    }

    public record Measured(Double value, int issueCount, String at) {}

    /** What "measure now" takes: nothing. */
    public record RunRequest() {}

    static MeasureDto of(ConfiguringMeasures.View view) {
        Measured measured = view.lastMeasured() == null
                ? null
                : new Measured(
                        view.lastMeasured().value(),
                        view.lastMeasured().measuredBy().issueCount(),
                        view.lastMeasured().at().toString());
        return new MeasureDto(
                view.key().value(),
                Definition.of(view.definition()),
                Run.of(view.lastRun()),
                measured,
                view.technicalUser() == null ? null : view.technicalUser().key(),
                view.technicalUser() == null ? null : view.technicalUser().displayName(),
                view.canEdit(),
                view.stored());
    }
}
