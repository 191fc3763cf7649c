package org.harbour.core.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404, 403, 405, 415... raised by JAX-RS or by resources, as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ProblemException problem) {
            return problem.problem().toResponse();
        }
        Response original = e.getResponse();
        if (original != null && original.getMediaType() != null
                && Problem.MEDIA_TYPE.isCompatible(original.getMediaType())) {
            return original;
        }
        Response.Status status = Response.Status.fromStatusCode(original == null ? 500 : original.getStatus());
        if (status == null) {
            status = Response.Status.INTERNAL_SERVER_ERROR;
        }
        // JAX-RS messages name no internals for client errors; server errors say nothing more.
        String detail = status.getFamily() == Response.Status.Family.CLIENT_ERROR ? e.getMessage() : null;
        return Problem.of(status, detail).toResponse();
    }
}
