package org.harbour.continuingcare.common.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.continuingcare.common.application.RuleRefusedException;
import org.harbour.core.api.problem.Problem;

/** A pathway rule refused the request: 409, with each gap or absence as an error of the field concerned. */
@Provider
public class RuleRefusedMapper implements ExceptionMapper<RuleRefusedException> {

    @Override
    public Response toResponse(RuleRefusedException e) {
        Problem problem = Problem.typed(Response.Status.CONFLICT, "continuing-care-rule", "Refused by the pathway's rules",
                e.getMessage());
        for (String reason : e.getReasons()) {
            problem = problem.withError(e.getField(), reason);
        }
        return problem.toResponse();
    }
}
