package org.harbour.core.person.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.person.application.DuplicatesFound;

/** A person who may already be in the index: 409 listing the candidates. */
@Provider
public class DuplicatesFoundMapper implements ExceptionMapper<DuplicatesFound> {

    @Override
    public Response toResponse(DuplicatesFound e) {
        return PersonProblems.duplicates(e.candidates());
    }
}
