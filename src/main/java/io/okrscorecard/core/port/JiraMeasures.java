package io.okrscorecard.core.port;

import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureFailedException;
import io.okrscorecard.core.measure.MeasuredIssue;
import java.time.Instant;
import java.util.List;

/** Jira's issues as a measure reads them: its JQL checked, then searched as the technical user. */
public interface JiraMeasures {

    /**
     * Checks a definition against Jira as {@code userKey} would run it: the JQL parses and validates (Jira's own
     * messages), the saved filter exists, the field exists and holds numbers.
     *
     * @throws io.okrscorecard.core.ValidationException naming the field ({@code measure.jql},
     *     {@code measure.filterId}, {@code measure.fieldId})
     */
    void validate(MeasureDefinition definition, String userKey);

    /**
     * The issues the definition's JQL finds for the technical user (what that user may browse), read in pages, with
     * the created and resolved times and the value of the definition's field.
     *
     * @param deadline the search stops when it is past this instant
     * @throws MeasureFailedException when the search cannot run or does not finish before the deadline
     */
    List<MeasuredIssue> issues(MeasureDefinition definition, String technicalUserKey, Instant deadline);

    /** Whether Jira knows an active user with this key (the admin's technical user). */
    boolean userExists(String userKey);
}
