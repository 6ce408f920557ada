package io.okrscorecard.jira.jql;

import io.okrscorecard.app.FindingKeyResultWork;
import io.okrscorecard.app.FindingKeyResultWork.Answer;
import io.okrscorecard.app.FindingKeyResultWork.Problem;
import io.okrscorecard.app.FindingKeyResultWork.Searcher;
import java.util.List;
import java.util.Optional;

/** {@code issue in keyResults("O-3")}: the key results of the objective that the searcher may browse. */
public final class KeyResultsFunction extends OkrJqlFunction {

    private final FindingKeyResultWork finding;

    public KeyResultsFunction(FindingKeyResultWork finding) {
        this.finding = finding;
    }

    @Override
    Answer answer(Searcher searcher, List<String> args) {
        return finding.keyResults(searcher, args.get(0));
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
