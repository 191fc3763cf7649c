package org.harbour.core.returns.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.returns.application.UnknownReturnException;

/** A return id no deployed module contributes: 404 with the reason. */
@Provider
public class UnknownReturnMapper implements ExceptionMapper<UnknownReturnException> {

    @Override
    public Response toResponse(UnknownReturnException e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }
}
