package io.okrscorecard.jira.jql;

import io.okrscorecard.app.FindingKeyResultWork;
import io.okrscorecard.app.FindingKeyResultWork.Answer;
import io.okrscorecard.app.FindingKeyResultWork.Problem;
import io.okrscorecard.app.FindingKeyResultWork.Searcher;
import java.util.List;
import java.util.Optional;

/**
 * {@code issue in objectiveWork("O-3")}: the issues counted by the objective's key results (the union of their work
 * sets, excluded resolutions left out), over the key results the searcher may browse.
 */
public final class ObjectiveWorkFunction extends OkrJqlFunction {

    private final FindingKeyResultWork finding;

    public ObjectiveWorkFunction(FindingKeyResultWork finding) {
        this.finding = finding;
    }

    @Override
    Answer answer(Searcher searcher, List<String> args) {
        return finding.objectiveWork(searcher, args.get(0));
    }

    @Override
    Optional<Problem> problem(Searcher searcher, List<String> args) {
        return finding.objectiveProblem(searcher, args.get(0));
    }

    @Override
    int maximumArguments() {
        return 1;
    }
}
