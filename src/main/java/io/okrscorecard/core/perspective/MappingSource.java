package io.okrscorecard.core.perspective;

/** Where the perspective of an objective is read from in Jira. */
public enum MappingSource {
    /** The app's own "BSC Perspective" single-select field (the default). */
    PERSPECTIVE_FIELD,
    /** The options of another single-select custom field. */
    SELECT_FIELD,
    /** The objective's labels. */
    LABELS,
    /** The objective's project components. */
    COMPONENTS
}
