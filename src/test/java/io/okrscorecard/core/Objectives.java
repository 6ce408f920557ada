package io.okrscorecard.core;

import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test-data builder: {@code Objectives.objective("O-1").in("customer").with(kr1, kr2)}. */
public final class Objectives {

    public static final CycleId CYCLE = CycleId.of("2026-Q4");
    /** The owner objectives get unless a test names one: a Jira 8+ user key and a display name. */
    public static final Person OWNER = new Person("JIRAUSER10100", "Olivia Owner");

    private final String key;
    private String summary;
    private PerspectiveKey perspective;
    private double weight = 1.0;
    private Person owner = OWNER;
    private final Set<ObjectiveId> supports = new HashSet<>();
    private final Set<ObjectiveId> drives = new HashSet<>();
    private final List<KeyResult> keyResults = new ArrayList<>();

    private Objectives(String key) {
        this.key = key;
        this.summary = key;
    }

    public static Objectives objective(String key) {
        return new Objectives(key);
    }

    public Objectives summary(String text) {
        summary = text;
        return this;
    }

    /** The owner, {@code null} for none. */
    public Objectives ownedBy(Person person) {
        owner = person;
        return this;
    }

    public Objectives in(String perspectiveKey) {
        perspective = PerspectiveKey.of(perspectiveKey);
        return this;
    }

    public Objectives weight(double value) {
        weight = value;
        return this;
    }

    public Objectives drives(String... objectiveKeys) {
        for (String other : objectiveKeys) {
            drives.add(Ids.objective(other));
        }
        return this;
    }

    public Objectives supports(String... objectiveKeys) {
        for (String other : objectiveKeys) {
            supports.add(Ids.objective(other));
        }
        return this;
    }

    public Objectives with(KeyResults... krs) {
        for (KeyResults kr : krs) {
            keyResults.add(kr.build());
        }
        return this;
    }

    public Objectives with(KeyResult kr) {
        keyResults.add(kr);
        return this;
    }

    public Objective build() {
        return new Objective(
                Ids.objective(key),
                IssueKey.of(key),
                summary,
                perspective,
                CYCLE,
                Weight.of(weight),
                owner,
                supports,
                drives,
                keyResults);
    }
}
