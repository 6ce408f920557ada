package io.okrscorecard.jira.objectives;

import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.jira.ConfigurationProblem;
import java.util.List;

/** Objectives read from Jira, and the configuration problems met while reading them (for the admin page). */
public record ObjectiveReading(List<Objective> objectives, List<ConfigurationProblem> problems) {

    public ObjectiveReading {
        objectives = List.copyOf(objectives);
        problems = List.copyOf(problems);
    }
}
