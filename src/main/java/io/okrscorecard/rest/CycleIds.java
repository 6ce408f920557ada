package io.okrscorecard.rest;

import io.okrscorecard.app.NotFoundException;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;

/** A cycle id from a request path: a malformed id names no cycle (404), it is not bad input. */
final class CycleIds {
    private CycleIds() {}

    static CycleId fromPath(String id) {
        try {
            return CycleId.of(id);
        } catch (ValidationException invalid) {
            throw new NotFoundException("no cycle '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
        }
    }
}
