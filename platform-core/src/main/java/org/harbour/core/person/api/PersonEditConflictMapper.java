package org.harbour.core.person.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.person.application.PersonEditConflict;

/** A change based on an old version: 409 saying who changed the record and when. */
@Provider
public class PersonEditConflictMapper implements ExceptionMapper<PersonEditConflict> {

    @Override
    public Response toResponse(PersonEditConflict e) {
        return PersonProblems.conflict(e);
    }
}
