package io.okrscorecard.rest;

import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.scoring.ObjectiveScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much of an objective's progress comes from the objectives supporting it (docs/rollup-rules.md, "Cascade of
 * aligned objectives"); absent ({@code null}) when none counts for it.
 *
 * @param ownProgress the mean of its own key results (0..1), null when undefined
 * @param supportingProgress the weighted mean of its supporting objectives, null when none is measured
 * @param fromSupporting the share of its progress that comes from them, 0..1
 * @param supporting the keys of the supporting objectives the viewer sees in this answer, by key
 * @param otherSupporting supporting objectives that count but are not listed (outside the answer's scope, or not
 *     visible to the viewer)
 */
public record SupportDto(
        Double ownProgress,
        Double supportingProgress,
        double fromSupporting,
        List<String> supporting,
        int otherSupporting) {

    /** The support of a scored objective, naming only the supporting objectives in {@code listed} (by their key). */
    static SupportDto of(ObjectiveScore.Cascaded parts, Map<ObjectiveId, String> listed) {
        if (parts.supporting().isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (ObjectiveId id : parts.supporting()) {
            String key = listed.get(id);
            if (key != null) {
                keys.add(key);
            }
        }
        keys.sort(null);
        return new SupportDto(
                ScorecardDto.value(parts.own()),
                ScorecardDto.value(parts.supportingProgress()),
                parts.fromSupporting(),
                keys,
                parts.supporting().size() - keys.size());
    }
}
