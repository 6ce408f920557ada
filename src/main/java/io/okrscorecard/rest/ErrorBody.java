package io.okrscorecard.rest;

/**
 * The JSON body of every error answer.
 *
 * @param field the request field at fault (e.g. {@code perspectives[1].weight}), or {@code null}
 */
public record ErrorBody(int status, String field, String message) {}
