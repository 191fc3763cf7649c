package org.harbour.core.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.spi.error.AccessRefusedException;

/** A service refused the user's roles or areas (already audited): 403 with the reason. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefusedException> {

    @Override
    public Response toResponse(AccessRefusedException e) {
        return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }
}
