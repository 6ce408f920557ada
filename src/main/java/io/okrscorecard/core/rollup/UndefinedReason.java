package io.okrscorecard.core.rollup;

/** Why a progress is undefined. Undefined is never shown or averaged as 0%. */
public enum UndefinedReason {
    NO_LINKED_WORK("no linked work"),
    ALL_WEIGHTS_ZERO("all linked work is estimated at 0"),
    NO_KEY_RESULTS("no key results"),
    NO_OBJECTIVES("no objectives"),
    NOTHING_MEASURED("no key result below has progress"),
    NOT_COMPUTED("not computed yet");

    private final String text;

    UndefinedReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
