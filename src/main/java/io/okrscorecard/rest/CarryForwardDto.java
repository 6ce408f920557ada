package io.okrscorecard.rest;

import io.okrscorecard.app.CarryingForward;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** What a review page sends to carry work forward, and the result per issue. */
public final class CarryForwardDto {
    private CarryForwardDto() {}

    /**
     * A key result and the objective of the next cycle it is to measure, each by issue id (a number) or issue key (a
     * string).
     */
    public record KeyResultMove(Object id, Object into) {}

    /** Whole objectives by issue id or key, and single key results; either list may be left out. */
    public record Request(List<Object> objectives, List<KeyResultMove> keyResults) {

        CarryingForward.Request toCommand() {
            List<CarryingForward.IssueRef> objectiveRefs = new ArrayList<>();
            List<Object> given = objectives == null ? List.of() : objectives;
            for (int i = 0; i < given.size(); i++) {
                objectiveRefs.add(ref(given.get(i), "objectives[" + i + "]"));
            }
            List<CarryingForward.KeyResultMove> moves = new ArrayList<>();
            List<KeyResultMove> krs = keyResults == null ? List.of() : keyResults;
            for (int i = 0; i < krs.size(); i++) {
                KeyResultMove move = ValidationException.requireValue(krs.get(i), "keyResults[" + i + "]");
                moves.add(new CarryingForward.KeyResultMove(
                        ref(move.id(), "keyResults[" + i + "].id"), ref(move.into(), "keyResults[" + i + "].into")));
            }
            return new CarryingForward.Request(objectiveRefs, moves);
        }

        /** An issue id (a positive whole number) or an issue key (a string like OKR-12). */
        private static CarryingForward.IssueRef ref(Object value, String field) {
            ValidationException.requireValue(value, field);
            if (value instanceof Integer || value instanceof Long) {
                long id = ((Number) value).longValue();
                if (id <= 0) {
                    throw new ValidationException(field, "must be the id of an issue, was " + id);
                }
                return CarryingForward.IssueRef.of(id);
            }
            if (value instanceof String key) {
                try {
                    return CarryingForward.IssueRef.of(IssueKey.of(key));
                } catch (ValidationException invalid) {
                    throw new ValidationException(field, invalid.reason());
                }
            }
            throw new ValidationException(field, "must be an issue id or an issue key");
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
