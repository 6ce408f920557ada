package io.okrscorecard.sandbox;

/** The app's issue link types, read in their outward direction: the key in the mapping file and the default name. */
enum LinkRole {
    /** Key result <em>measures</em> objective. */
    KEY_RESULT("keyResult", "OKR Key Result"),
    /** Work item <em>contributes to</em> key result. */
    CONTRIBUTION("contribution", "OKR Contribution"),
    /** Objective <em>supports</em> parent objective. */
    ALIGNMENT("alignment", "OKR Alignment"),
    /** Objective <em>drives</em> objective (cause to effect). */
    CAUSE("cause", "OKR Cause");

    private final String mappingKey;
    private final String defaultName;

    LinkRole(String mappingKey, String defaultName) {
        this.mappingKey = mappingKey;
        this.defaultName = defaultName;
    }

    String mappingKey() {
        return mappingKey;
    }

    String defaultName() {
        return defaultName;
    }
}
