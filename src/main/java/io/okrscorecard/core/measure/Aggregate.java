package io.okrscorecard.core.measure;

/**
 * How a Jira measure turns the issues its JQL finds into one number (docs/rollup-rules.md, "Key results measured from
 * Jira"). Listable: the panel offers these and the REST API takes their names.
 */
public enum Aggregate {
    /** The number of issues found; none found is a count of 0. */
    COUNT(false, "Count of issues", "the number of issues the JQL finds"),
    /** The sum of a number field over the issues that have a value in it; no value at all is undefined. */
    SUM(true, "Sum of a number field", "the sum of the field over the issues with a value in it"),
    /** The mean of a number field over the issues that have a value in it; no value at all is undefined. */
    AVERAGE(true, "Average of a number field", "the mean of the field over the issues with a value in it"),
    /** The mean of resolved − created in hours over the resolved issues; none resolved is undefined. */
    AVERAGE_RESOLUTION_HOURS(
            false, "Average resolution time (h)", "the mean of resolved − created in hours, resolved issues only"),
    /** The median of resolved − created in hours over the resolved issues; none resolved is undefined. */
    MEDIAN_RESOLUTION_HOURS(
            false, "Median resolution time (h)", "the median of resolved − created in hours, resolved issues only");

    private final boolean needsField;
    private final String label;
    private final String description;

    Aggregate(boolean needsField, String label, String description) {
        this.needsField = needsField;
        this.label = label;
        this.description = description;
    }

    /** SUM and AVERAGE read a number custom field; the others need none. */
    public boolean needsField() {
        return needsField;
    }

    /** Whether the aggregate reads the issues' resolution time. */
    public boolean readsResolutionTime() {
        return this == AVERAGE_RESOLUTION_HOURS || this == MEDIAN_RESOLUTION_HOURS;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
