package org.harbour.core.api.problem;

import jakarta.ws.rs.WebApplicationException;

/** Thrown by resources and services to answer with a given problem detail. */
public class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.toResponse());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
