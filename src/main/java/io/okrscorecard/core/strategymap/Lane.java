package io.okrscorecard.core.strategymap;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.perspective.Perspective;
import java.util.List;

/**
 * One row of the strategy map: the objectives of a perspective, or of no perspective
 * ({@code perspective} is {@code null}: the Unassigned lane, drawn last).
 */
public record Lane(Perspective perspective, List<IssueKey> objectives) {

    public Lane {
        objectives = List.copyOf(objectives);
    }

    public boolean isUnassigned() {
        return perspective == null;
    }
}
