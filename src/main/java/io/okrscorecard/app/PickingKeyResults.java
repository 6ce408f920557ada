package io.okrscorecard.app;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleState;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The issue panel's "Link to a key result" picker: key results of the running cycles ({@link CycleStates}) that the
 * viewer may browse, matched by key or summary ignoring case, at most {@value #MAX_CHOICES}: an exact key first, then
 * keys that start with the text, then summaries that contain it, each group by key. Read from the kept cycles as the
 * gadget reads them ({@link ReadingScorecard}), so typing asks Jira nothing but permissions.
 */
public final class PickingKeyResults {
    /** How many key results the picker lists at most. */
    public static final int MAX_CHOICES = 20;
    /** The longest search text. */
    public static final int MAX_QUERY = 200;

    private final ReadingScorecard scorecards;

    public PickingKeyResults(ReadingScorecard scorecards) {
        this.scorecards = scorecards;
    }

    /** A key result the viewer may pick, with its objective (visible, since the key result is listed under it). */
    public record Choice(KeyResult keyResult, Objective objective, Cycle cycle) {}

    /** The key results matching {@code query} (blank: all, by key). */
    public List<Choice> pick(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_QUERY) {
            throw new ValidationException("q", "must be at most " + MAX_QUERY + " characters, was " + text.length());
        }
        List<Ranked> found = new ArrayList<>();
        for (CycleStates.Stated stated : scorecards.cycles()) {
            if (stated.state() != CycleState.RUNNING) {
                continue;
            }
            ScorecardReading reading =
                    scorecards.read(ScorecardQuery.of(stated.cycle().id().value(), null, null, 0));
            for (Objective objective : reading.objectives()) {
                for (ScorecardReading.KeyResultReading shown :
                        reading.keyResults().getOrDefault(objective.id(), List.of())) {
                    KeyResult keyResult = shown.keyResult();
                    int rank = rank(keyResult, text);
                    if (rank >= 0) {
                        found.add(new Ranked(rank, new Choice(keyResult, objective, reading.cycle())));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparing(
                        ranked -> ranked.choice().keyResult().key().value().length())
                .thenComparing(ranked -> ranked.choice().keyResult().key()));
        return found.stream().limit(MAX_CHOICES).map(Ranked::choice).toList();
    }

    /** 0: the key itself, 1: a key starting with the text, 2: a summary containing it; -1: no match. */
    private static int rank(KeyResult keyResult, String text) {
        String key = keyResult.key().value().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return 1;
        }
        if (key.equals(text)) {
            return 0;
        }
        if (key.startsWith(text)) {
            return 1;
        }
        if (key.contains(text) || keyResult.summary().toLowerCase(Locale.ROOT).contains(text)) {
            return 2;
        }
        return -1;
    }

    private record Ranked(int rank, Choice choice) {}
}
