package io.okrscorecard.app;

import io.okrscorecard.core.strategymap.StrategyMap;
import java.util.Locale;

/**
 * The scorecard as a PDF report: what the gadget's export and the weekly digest attach. The numbers are those of the
 * reading, exactly as the REST answer shows them.
 */
public interface ScorecardPdf {

    /**
     * The report of a reading and its strategy map, with the texts in this locale; {@code scope} is the query the
     * reading answered, which the cover names (its projects, saved filter and perspective).
     */
    byte[] render(ScorecardReading reading, StrategyMap map, ScorecardQuery scope, Locale locale);
}
