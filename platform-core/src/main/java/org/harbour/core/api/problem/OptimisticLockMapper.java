package org.harbour.core.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A save based on an out-of-date version: 409, and the client must reload before trying again. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException e) {
        return Problem.typed(Response.Status.CONFLICT, "edit-conflict", "Edit conflict",
                "Someone else changed this record after you loaded it; nothing was saved. "
                        + "Load the record again, then reapply your change.").toResponse();
    }
}
