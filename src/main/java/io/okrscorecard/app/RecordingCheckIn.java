package io.okrscorecard.app;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.CheckInRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The owner of a key result reports on it: a new current value (METRIC key results only), a confidence and a comment.
 * The check-in is appended to the key result's history, then the key result and its objective are recalculated, so
 * that the metric's current value and the objective's progress show it at once.
 */
public final class RecordingCheckIn {

    private static final int MAX_COMMENT = 4000;

    /**
     * A check-in as the owner entered it.
     *
     * @param value the metric's new current value, {@code null} for a confidence-only check-in
     * @param authorKey the Jira user key of the author
     */
    public record Command(
            KeyResultId keyResult, Double value, Confidence confidence, String comment, String authorKey) {
        public Command {
            ValidationException.requireValue(keyResult, "keyResult");
            if (value != null) {
                ValidationException.requireFinite(value, "value");
            }
            ValidationException.requireValue(confidence, "confidence");
            comment = comment == null ? "" : comment.strip();
            if (comment.length() > MAX_COMMENT) {
                throw new ValidationException("comment", "must be at most " + MAX_COMMENT + " characters");
            }
            ValidationException.requireText(authorKey, "author");
        }
    }

    private final ObjectiveSource objectives;
    private final CheckInRepository checkIns;
    private final RecalculatingProgress recalculating;
    private final Transactions transactions;
    private final Clock clock;

    public RecordingCheckIn(
            ObjectiveSource objectives,
            CheckInRepository checkIns,
            RecalculatingProgress recalculating,
            Transactions transactions,
            Clock clock) {
        this.objectives = objectives;
        this.checkIns = checkIns;
        this.recalculating = recalculating;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Appends the check-in and recalculates. A key result that measures no objective is not found; a value on a key
     * result that is not a METRIC is rejected (its progress does not come from a number).
     *
     * @return the check-in as stored
     */
    public CheckIn record(Command command) {
        ValidationException.requireValue(command, "checkIn");
        KeyResult keyResult = find(command.keyResult())
                .orElseThrow(() -> new NotFoundException(
                        "key result " + command.keyResult() + " does not exist or measures no objective"));
        return record(keyResult, command);
    }

    /**
     * {@link #record(Command)} for a key result the caller has just read from Jira (to check the viewer's permissions
     * on it), so that Jira is not asked for its objective once more: a check-in stores one row and recalculates one
     * objective, and each read of an objective is a search with its key results and their check-ins.
     */
    CheckIn record(KeyResult keyResult, Command command) {
        ValidationException.requireValue(command, "checkIn");
        if (!keyResult.id().equals(command.keyResult())) {
            throw new IllegalArgumentException(
                    "the check-in is on " + command.keyResult() + ", not on " + keyResult.key());
        }
        if (command.value() != null && keyResult.kind() != KeyResultKind.METRIC) {
            throw new ValidationException(
                    "value",
                    keyResult.key() + " is a " + keyResult.kind()
                            + " key result: only METRIC key results take a value, record a confidence instead");
        }
        CheckIn checkIn = new CheckIn(
                command.value(), command.confidence(), command.comment(), command.authorKey(), clock.instant());
        transactions.inTransaction(() -> {
            checkIns.append(command.keyResult(), checkIn);
            return checkIn;
        });
        recalculating.recalculate(List.of(command.keyResult()));
        return checkIn;
    }

    private Optional<KeyResult> find(KeyResultId id) {
        for (Objective objective : objectives.objectivesMeasuredBy(List.of(id))) {
            for (KeyResult kr : objective.keyResults()) {
                if (kr.id().equals(id)) {
                    return Optional.of(kr);
                }
            }
        }
        return Optional.empty();
    }
}
