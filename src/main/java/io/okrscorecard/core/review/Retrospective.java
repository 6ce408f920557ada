package io.okrscorecard.core.review;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import java.time.Instant;

/**
 * An objective's retrospective note in a cycle's review: what the team learned and what it will change, plain text
 * (escaped wherever it is shown), with who wrote it last and when.
 */
public record Retrospective(
        CycleId cycle, ObjectiveId objective, String learned, String change, String authorKey, Instant at) {

    public static final int MAX_TEXT = 4000;

    public Retrospective {
        ValidationException.requireValue(cycle, "cycle");
        ValidationException.requireValue(objective, "objective");
        learned = text(learned, "learned");
        change = text(change, "change");
        ValidationException.requireText(authorKey, "author");
        ValidationException.requireValue(at, "at");
    }

    private static String text(String text, String field) {
        String kept = text == null ? "" : text;
        if (kept.length() > MAX_TEXT) {
            throw new ValidationException(field, "must be at most " + MAX_TEXT + " characters, was " + kept.length());
        }
        return kept;
    }
}
