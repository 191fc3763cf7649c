package org.harbour.core.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.spi.error.ActionRefusedException;

/** The user may see the record but not do this to it: 403 with the reason (already audited). */
@Provider
public class ActionRefusedMapper implements ExceptionMapper<ActionRefusedException> {

    @Override
    public Response toResponse(ActionRefusedException e) {
        return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }
}
