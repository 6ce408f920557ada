package io.okrscorecard.core.settings;

/**
 * The Jira objects the app creates or finds when it starts, by the role they play. Their ids are recorded so that a
 * renamed object is still found, and nothing is created twice.
 */
public enum HostObject {
    OBJECTIVE_ISSUE_TYPE(Kind.ISSUE_TYPE, "Objective"),
    KEY_RESULT_ISSUE_TYPE(Kind.ISSUE_TYPE, "Key Result"),
    PERSPECTIVE_FIELD(Kind.CUSTOM_FIELD, "BSC Perspective"),
    CYCLE_FIELD(Kind.CUSTOM_FIELD, "OKR Cycle"),
    KR_KIND_FIELD(Kind.CUSTOM_FIELD, "KR Kind"),
    KR_START_FIELD(Kind.CUSTOM_FIELD, "KR Start"),
    KR_TARGET_FIELD(Kind.CUSTOM_FIELD, "KR Target"),
    KR_UNIT_FIELD(Kind.CUSTOM_FIELD, "KR Unit"),
    WEIGHT_FIELD(Kind.CUSTOM_FIELD, "OKR Weight"),
    KEY_RESULT_LINK(Kind.LINK_TYPE, "OKR Key Result"),
    CONTRIBUTION_LINK(Kind.LINK_TYPE, "OKR Contribution"),
    ALIGNMENT_LINK(Kind.LINK_TYPE, "OKR Alignment"),
    CAUSE_LINK(Kind.LINK_TYPE, "OKR Cause");

    /** What kind of Jira object plays the role. */
    public enum Kind {
        ISSUE_TYPE,
        CUSTOM_FIELD,
        LINK_TYPE
    }

    private final Kind kind;
    private final String defaultName;

    HostObject(Kind kind, String defaultName) {
        this.kind = kind;
        this.defaultName = defaultName;
    }

    public Kind kind() {
        return kind;
    }

    /** The name the app gives the object when it creates it; admins may rename it later. */
    public String defaultName() {
        return defaultName;
    }
}
