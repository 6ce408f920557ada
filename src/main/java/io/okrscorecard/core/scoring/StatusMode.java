package io.okrscorecard.core.scoring;

/** How progress is turned into a {@link Status}. */
public enum StatusMode {
    /** Progress against the perspective's thresholds: >= green is GREEN, >= amber is AMBER, else RED. */
    ABSOLUTE("Absolute thresholds"),
    /**
     * Progress against the elapsed share of the cycle: progress / elapsed >= 0.95 is ON_TRACK,
     * >= 0.75 AT_RISK, else OFF_TRACK. Before the cycle starts (elapsed share 0) nothing is due
     * yet, so any defined progress is ON_TRACK.
     */
    PACE("Pace against the cycle");

    /** Minimum progress / elapsed ratio for ON_TRACK. */
    public static final double PACE_ON_TRACK = 0.95;
    /** Minimum progress / elapsed ratio for AT_RISK. */
    public static final double PACE_AT_RISK = 0.75;

    private final String label;

    StatusMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
