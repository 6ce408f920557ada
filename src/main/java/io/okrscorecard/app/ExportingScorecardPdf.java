package io.okrscorecard.app;

import io.okrscorecard.core.PerspectiveKey;
import java.util.Locale;
import java.util.Set;

/**
 * A viewer exports the scorecard they read as a PDF report: the same reading as the REST answer of the same query
 * (only what they may browse; hidden objectives counted), with its strategy map, rendered by the {@link ScorecardPdf}
 * port in their language. The permission check is the reading's ({@link Viewers#require}).
 */
public final class ExportingScorecardPdf {
    private final ReadingScorecard reading;
    private final ScorecardPdf pdf;

    public ExportingScorecardPdf(ReadingScorecard reading, ScorecardPdf pdf) {
        this.reading = reading;
        this.pdf = pdf;
    }

    /**
     * The report, with the cycle it shows (for the file name).
     *
     * @param shown the perspectives whose sections the report lists, as the dashboard item shows them; empty: all
     */
    public Exported export(ScorecardQuery query, Set<PerspectiveKey> shown, Locale locale) {
        ReadingScorecard.StrategyMapReading read = reading.strategyMap(query);
        ScorecardReading listed = read.reading().showingOnly(shown);
        return new Exported(
                listed.cycle().id().value(), pdf.render(listed, read.map().showingOnly(shown), query, locale));
    }

    /** A rendered report and the id of the cycle it shows. */
    public record Exported(String cycle, byte[] pdf) {}
}
