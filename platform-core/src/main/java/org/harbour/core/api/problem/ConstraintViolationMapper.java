package org.harbour.core.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;

/** Bean Validation failures (request bodies, parameters, entities) as a 400 listing each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Problem problem = Problem.typed(Response.Status.BAD_REQUEST, "validation", "Invalid input",
                "Some fields are missing or not valid; nothing was saved.");
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> field(v)))
                .forEach(v -> problem.withError(field(v), v.getMessage()));
        return problem.toResponse();
    }

    /** The last node of the property path: the field name a client knows, not the method chain. */
    static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "" : name;
    }
}
