package org.harbour.core.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: looks through the container's wrappers (transactions, EJBs) for a known cause; otherwise a
 * 500 problem whose detail is only a reference the log also holds, never a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return new ConstraintViolationMapper().toResponse(violation);
            }
            if (cause instanceof OptimisticLockException conflict) {
                return new OptimisticLockMapper().toResponse(conflict);
            }
            if (cause instanceof RecordNotFoundException missing) {
                return new RecordNotFoundMapper().toResponse(missing);
            }
            if (cause instanceof jakarta.ws.rs.ProcessingException || cause instanceof jakarta.json.bind.JsonbException) {
                // A body the JSON binding could not read is the client's input, never a server fault.
                return Problem.of(Response.Status.BAD_REQUEST,
                        "The request body could not be read as JSON of the expected shape.").toResponse();
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error answered with reference " + reference, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; nothing was saved. Reference: " + reference).toResponse();
    }
}
