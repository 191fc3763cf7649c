package org.harbour.core.person.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.person.application.InvalidPersonDetails;

/** Person details that break the index's rules: 400 with one error per field. */
@Provider
public class InvalidPersonDetailsMapper implements ExceptionMapper<InvalidPersonDetails> {

    @Override
    public Response toResponse(InvalidPersonDetails e) {
        return PersonProblems.invalid(e.errors());
    }
}
