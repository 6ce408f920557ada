package io.okrscorecard.core.measure;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import java.util.regex.Pattern;

/**
 * Where a METRIC key result's current value comes from when it is measured from Jira: the issues of a JQL (its text,
 * or a saved filter by id) and the {@link Aggregate} that makes one number of them. Exactly one of {@code jql} and
 * {@code filterId} is given; {@code fieldId} (a number custom field such as {@code customfield_10200}) is given exactly
 * when the aggregate {@linkplain Aggregate#needsField needs a field}. Failures name fields under {@code measure}.
 */
public record MeasureDefinition(KeyResultId keyResult, String jql, Long filterId, Aggregate aggregate, String fieldId) {

    /** The longest JQL text a measure keeps. */
    public static final int MAX_JQL = 4000;

    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");

    public MeasureDefinition {
        ValidationException.requireValue(keyResult, "measure.keyResult");
        jql = jql == null || jql.isBlank() ? null : jql.strip();
        if (jql == null && filterId == null) {
            throw new ValidationException("measure.jql", "give a JQL or a saved filter id");
        }
        if (jql != null && filterId != null) {
            throw new ValidationException("measure.filterId", "give a JQL or a saved filter id, not both");
        }
        if (jql != null && jql.length() > MAX_JQL) {
            throw new ValidationException(
                    "measure.jql", "must be at most " + MAX_JQL + " characters, was " + jql.length());
        }
        if (filterId != null && filterId <= 0) {
            throw new ValidationException("measure.filterId", "must be a saved filter id (positive), was " + filterId);
        }
        ValidationException.requireValue(aggregate, "measure.aggregate");
        fieldId = fieldId == null || fieldId.isBlank() ? null : fieldId.strip();
        if (aggregate.needsField()) {
            if (fieldId == null) {
                throw new ValidationException("measure.fieldId", aggregate + " needs a number field");
            }
            if (!CUSTOM_FIELD_ID.matcher(fieldId).matches()) {
                throw new ValidationException(
                        "measure.fieldId", "must look like customfield_10200, was '" + fieldId + "'");
            }
        } else if (fieldId != null) {
            throw new ValidationException("measure.fieldId", aggregate + " reads no field");
        }
    }

    /** A measure over JQL text. */
    public static MeasureDefinition ofJql(KeyResultId keyResult, String jql, Aggregate aggregate, String fieldId) {
        return new MeasureDefinition(keyResult, jql, null, aggregate, fieldId);
    }

    /** The JQL as a person reads it: the text, or {@code filter = ID} for a saved filter. */
    public String describedQuery() {
        return jql != null ? jql : "filter = " + filterId;
    }
}
