package io.okrscorecard.rest;

import io.okrscorecard.app.AccessDeniedException;
import io.okrscorecard.app.NotFoundException;
import io.okrscorecard.app.StateConflictException;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.ConcurrentUpdateException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: bad input 400 with the field, anonymous 401, forbidden 403,
 * missing or invisible 404, lost write races 409. Anything else is a bug: 500 with a reference, details only in the
 * log.
 */
@Provider
public final class RestErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(RestErrors.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return answer(original.getStatus(), null, original.getStatusInfo().getReasonPhrase());
        }
        if (failure instanceof ValidationException invalid) {
            return answer(400, invalid.field(), invalid.field() + " " + invalid.reason());
        }
        if (failure instanceof AccessDeniedException denied) {
            return answer(denied.anonymous() ? 401 : 403, null, denied.getMessage());
        }
        if (failure instanceof NotFoundException missing) {
            return answer(404, null, missing.getMessage());
        }
        if (failure instanceof ConcurrentUpdateException conflict) {
            return answer(409, null, conflict.getMessage());
        }
        if (failure instanceof StateConflictException conflict) {
            return answer(409, null, conflict.getMessage());
        }
        String reference = Long.toHexString(System.nanoTime());
        LOG.error("OKR Scorecard REST failure {}", reference, failure);
        return answer(500, null, "unexpected failure, reference " + reference + " in the Jira log");
    }

    static Response answer(int status, String field, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, field, message))
                .build();
    }
}
