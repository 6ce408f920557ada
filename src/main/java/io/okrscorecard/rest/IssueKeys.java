package io.okrscorecard.rest;

import io.okrscorecard.app.NotFoundException;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;

/** An issue key from a request path: a malformed key names no issue (404), it is not bad input. */
final class IssueKeys {
    private IssueKeys() {}

    static IssueKey fromPath(String key) {
        try {
            return IssueKey.of(key);
        } catch (ValidationException invalid) {
            throw new NotFoundException("no issue " + (key.length() > 40 ? key.substring(0, 40) + "…" : key));
        }
    }
}
