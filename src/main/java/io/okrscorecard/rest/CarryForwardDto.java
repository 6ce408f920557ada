package io.okrscorecard.rest;

import io.okrscorecard.app.CarryingForward;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** What a review page sends to carry work forward, and the result per issue. */
public final class CarryForwardDto {
    private CarryForwardDto() {}

    /** A key result by issue id and the objective of the next cycle (issue id) it is to measure. */
    public record KeyResultMove(Long id, Long into) {}

    /** Whole objectives by issue id, and single key results; either list may be left out. */
    public record Request(List<Long> objectives, List<KeyResultMove> keyResults) {

        CarryingForward.Request toCommand() {
            List<ObjectiveId> objectiveIds = new ArrayList<>();
            List<Long> given = objectives == null ? List.of() : objectives;
            for (int i = 0; i < given.size(); i++) {
                objectiveIds.add(ObjectiveId.of(positive(given.get(i), "objectives[" + i + "]")));
            }
            List<CarryingForward.KeyResultMove> moves = new ArrayList<>();
            List<KeyResultMove> krs = keyResults == null ? List.of() : keyResults;
            for (int i = 0; i < krs.size(); i++) {
                KeyResultMove move = ValidationException.requireValue(krs.get(i), "keyResults[" + i + "]");
                moves.add(new CarryingForward.KeyResultMove(
                        KeyResultId.of(positive(move.id(), "keyResults[" + i + "].id")),
                        ObjectiveId.of(positive(move.into(), "keyResults[" + i + "].into"))));
            }
            return new CarryingForward.Request(objectiveIds, moves);
        }

        private static long positive(Long id, String field) {
            ValidationException.requireValue(id, field);
            if (id <= 0) {
                throw new ValidationException(field, "must be the id of an issue, was " + id);
            }
            return id;
        }
    }

    /**
     * One item's outcome: MOVED, or FAILED with a reason key ({@link CarryingForward.Reason}) the page words in the
     * user's language, and Jira's own messages when Jira refused.
     */
    public record ResultDto(String issue, String outcome, String reason, List<String> messages) {
        static ResultDto of(CarryingForward.Result result) {
            return new ResultDto(
                    result.issue().value(),
                    result.outcome().name(),
                    result.reason() == null ? null : result.reason().name(),
                    result.messages());
        }
    }

    /** The answer: the closed cycle, the cycle the items went to, and one result per item in the order asked. */
    public record Response(String from, CycleDto into, List<ResultDto> results) {
        static Response of(CarryingForward.CarriedForward carried) {
            return new Response(
                    carried.from().value(),
                    CycleDto.of(carried.into()),
                    carried.results().stream().map(ResultDto::of).toList());
        }
    }
}
