package io.okrscorecard.core.measure;

/**
 * A measure that could not be evaluated: its JQL does not parse or validate for the technical user, its saved filter or
 * field is gone, the field holds no numbers, or the search ran past its time budget. The message is shown on the key
 * result ("measure failed: …").
 */
public final class MeasureFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MeasureFailedException(String reason) {
        super(reason, null, false, false);
    }
}
