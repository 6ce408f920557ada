package io.okrscorecard.app;

import java.util.Locale;

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

    /** The report, with the cycle it shows (for the file name). */
    public Exported export(ScorecardQuery query, Locale locale) {
        ReadingScorecard.StrategyMapReading read = reading.strategyMap(query);
        return new Exported(read.reading().cycle().id().value(), pdf.render(read.reading(), read.map(), query, locale));
    }

    /** A rendered report and the id of the cycle it shows. */
    public record Exported(String cycle, byte[] pdf) {}
}
