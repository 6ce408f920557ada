package io.okrscorecard.core.port;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureRun;
import java.util.List;
import java.util.Optional;

/** The Jira measures of key results, their evaluations, and the technical user they run as. */
public interface KeyResultMeasures {

    Optional<MeasureDefinition> definition(KeyResultId keyResult);

    /** Every defined measure. */
    List<MeasureDefinition> all();

    /** Sets or replaces the key result's measure. */
    void save(MeasureDefinition definition);

    /** Removes the measure; its runs stay for the history, check-ins are never removed. */
    void remove(KeyResultId keyResult);

    /** The latest run of the key result's measure, and the number of runs so far (0: never run). */
    Optional<Numbered> lastRun(KeyResultId keyResult);

    /**
     * Stores run number {@code number} of the key result and, for a MEASURED run, its system check-in, in one
     * transaction. Of two evaluations that read the same last run and so claim the same number, only one is stored.
     *
     * @param checkIn the system check-in of a MEASURED run, {@code null} otherwise
     * @return false when another evaluation already stored this number (nothing was written)
     */
    boolean record(KeyResultId keyResult, long number, MeasureRun run, CheckIn checkIn);

    /** The user key of the technical user measures run as; empty when the admin chose none. */
    Optional<String> technicalUser();

    /** Sets the technical user ({@code null}: none). */
    void saveTechnicalUser(String userKey);

    /** A stored run and its number (1 for the first). */
    record Numbered(long number, MeasureRun run) {}
}
