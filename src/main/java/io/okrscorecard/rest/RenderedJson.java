package io.okrscorecard.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.okrscorecard.app.ReadingScorecard;

/**
 * Answers written to JSON by the resource itself, so that the bytes can be kept with the cycle they were read from
 * ({@link ReadingScorecard.Rendering}) and sent again without being composed or written again. The mapper has Jackson's
 * defaults, as the host's JSON provider has for the other answers.
 */
final class RenderedJson {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * The scorecard answer of {@code GET /scorecard}, spliced from the objectives' JSON kept on this node while they
     * are unchanged ({@link SplicedScorecardJson}).
     */
    static final ReadingScorecard.Rendering<byte[]> SCORECARD =
            new SplicedScorecardJson(JSON, SplicedScorecardJson.FRAGMENT_BUDGET);

    private RenderedJson() {}
}
