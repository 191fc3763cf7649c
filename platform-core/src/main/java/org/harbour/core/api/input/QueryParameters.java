package org.harbour.core.api.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/**
 * Refuses any API query parameter holding the NUL character with a 400 naming it: text parameters go
 * into database queries, and PostgreSQL fails on NUL in text far from here.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class QueryParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, List<String>> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters();
        } catch (RuntimeException e) {
            request.abortWith(InputProblems.invalid("", "The query string of the address cannot be read.").getResponse());
            return;
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    request.abortWith(InputProblems.invalid(parameter.getKey(), BodyFields.NUL).getResponse());
                    return;
                }
            }
        }
    }
}
