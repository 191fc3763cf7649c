package org.harbour.core.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.spi.error.InvalidInputException;

/** Input a service refused: 400 naming every refused field, like a Bean Validation failure. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        Problem problem = Problem.typed(Response.Status.BAD_REQUEST, "validation", "Invalid input",
                "Some fields are missing or not valid; nothing was saved.");
        e.getProblems().forEach(p -> problem.withError(p.field(), p.message()));
        return problem.toResponse();
    }
}
