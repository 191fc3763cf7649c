package org.harbour.core.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.spi.error.RecordNotFoundException;

/** Unknown and refused records answer the same 404, so the API cannot be used to probe ids. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

    @Override
    public Response toResponse(RecordNotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, "No record you may see has this id.").toResponse();
    }
}
