package io.okrscorecard.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * The XSRF guard: a {@code POST} or {@code PUT} whose Content-Type is not {@code application/json} answers 415 before
 * any resource runs. Jersey refuses other types on an {@code @Consumes(application/json)} method by itself, but takes a
 * request without a Content-Type (or with a wildcard) as JSON; a browser sends such a request to another site without
 * asking CORS, so it is refused here.
 */
@Provider
public final class JsonOnlyMutations implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null
                || !"application".equalsIgnoreCase(type.getType())
                || !"json".equalsIgnoreCase(type.getSubtype())) {
            Response.Status unsupported = Response.Status.UNSUPPORTED_MEDIA_TYPE;
            request.abortWith(RestErrors.answer(unsupported.getStatusCode(), null, unsupported.getReasonPhrase()));
        }
    }
}
