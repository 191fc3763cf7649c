package org.harbour.core.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.spi.error.RuleRefusedException;

/** A module's rule refused the request: 409, with each gap or absence as an error of the field concerned. */
@Provider
public class RuleRefusedMapper implements ExceptionMapper<RuleRefusedException> {

    @Override
    public Response toResponse(RuleRefusedException e) {
        Problem problem = Problem.typed(Response.Status.CONFLICT, "rule-refused", "Refused by the rules",
                e.getMessage());
        for (String reason : e.getReasons()) {
            problem = problem.withError(e.getField(), reason);
        }
        return problem.toResponse();
    }
}
