package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.rest.RestServer.Answer;
import java.util.List;
import java.util.function.Function;

/** Runs a bad-input corpus: each {input, expected field} pair must be answered 400 naming that field. */
final class BadInput {
    private BadInput() {}

    static void assertEachRejected(List<String[]> corpus, Function<String, Answer> send) {
        for (String[] bad : corpus) {
            Answer answer = send.apply(bad[0]);

            String input = bad[0].length() > 200 ? bad[0].substring(0, 200) + "…" : bad[0];
            assertEquals(input + " -> " + answer.body(), 400, answer.status());
            assertEquals(
                    input + " -> " + answer.body(),
                    bad[1],
                    answer.json().get("field").asText());
        }
    }
}
