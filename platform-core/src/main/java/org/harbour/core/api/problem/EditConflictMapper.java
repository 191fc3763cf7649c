package org.harbour.core.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.spi.error.EditConflictException;

/** A save based on an out-of-date version: 409, saying who changed the record and when. */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflictException> {

    @Override
    public Response toResponse(EditConflictException e) {
        Problem problem = Problem.typed(Response.Status.CONFLICT, "edit-conflict", "Edit conflict", e.explanation());
        if (e.getChangedBy() != null) {
            problem.with("changedBy", e.getChangedBy());
        }
        if (e.getCurrentVersion() != null) {
            problem.with("currentVersion", e.getCurrentVersion());
        }
        return problem.toResponse();
    }
}
