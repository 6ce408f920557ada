package io.okrscorecard.sandbox;

/** The Jira fields the import reads beyond the system fields: the key in the mapping file and Jira's usual name. */
enum FieldRole {
    EPIC_LINK("epicLink", "Epic Link"),
    PARENT_LINK("parentLink", "Parent Link"),
    STORY_POINTS("storyPoints", "Story Points"),
    PERSPECTIVE("perspective", "BSC Perspective"),
    CYCLE("cycle", "OKR Cycle"),
    KR_KIND("krKind", "KR Kind"),
    KR_START("krStart", "KR Start"),
    KR_TARGET("krTarget", "KR Target"),
    KR_UNIT("krUnit", "KR Unit"),
    WEIGHT("weight", "OKR Weight");

    private final String mappingKey;
    private final String defaultName;

    FieldRole(String mappingKey, String defaultName) {
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
