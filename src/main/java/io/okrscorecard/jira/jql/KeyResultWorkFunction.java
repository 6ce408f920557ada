package io.okrscorecard.jira.jql;

import io.okrscorecard.app.FindingKeyResultWork;
import io.okrscorecard.app.FindingKeyResultWork.Answer;
import io.okrscorecard.app.FindingKeyResultWork.Problem;
import io.okrscorecard.app.FindingKeyResultWork.Searcher;
import io.okrscorecard.core.rollup.WorkSearch;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code issue in keyResultWork("KR-5")}: the issues the key result's rollup counts (its work set as
 * docs/rollup-rules.md expands it, excluded resolutions left out); {@code keyResultWork("KR-5", "withExcluded")} keeps
 * the excluded issues too. Created by Jira through the plugin's Spring context (the {@code <jql-function>} module).
 */
public final class KeyResultWorkFunction extends OkrJqlFunction {

    private final FindingKeyResultWork finding;

    public KeyResultWorkFunction(FindingKeyResultWork finding) {
        this.finding = finding;
    }

    @Override
    Answer answer(Searcher searcher, List<String> args) {
        return finding.keyResultWork(searcher, args.get(0), args.size() == 2);
    }

    @Override
    Optional<Problem> problem(Searcher searcher, List<String> args) {
        return finding.keyResultProblem(searcher, args.get(0));
    }

    @Override
    int maximumArguments() {
        return 2;
    }

    @Override
    String argumentsProblem(List<String> args) {
        boolean known = args.size() < 2
                || WorkSearch.WITH_EXCLUDED
                        .toLowerCase(Locale.ROOT)
                        .equals(args.get(1) == null ? null : args.get(1).trim().toLowerCase(Locale.ROOT));
        return known ? null : "okr.jql.error.option";
    }
}
