package io.okrscorecard.core.port;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.CheckIn;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The append-only check-in history of key results. */
public interface CheckInRepository {

    void append(KeyResultId keyResult, CheckIn checkIn);

    /** Oldest first. */
    List<CheckIn> history(KeyResultId keyResult);

    /** Histories of many key results in O(1) statements; key results without check-ins map to an empty list. */
    Map<KeyResultId, List<CheckIn>> histories(Collection<KeyResultId> keyResults);
}
