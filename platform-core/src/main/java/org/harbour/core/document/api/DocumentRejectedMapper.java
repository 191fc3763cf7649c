package org.harbour.core.document.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.document.application.DocumentRejectedException;

/** A refused upload: 413 when too large, 415 for a type not allowed, else 400; nothing was stored. */
@Provider
public class DocumentRejectedMapper implements ExceptionMapper<DocumentRejectedException> {

    @Override
    public Response toResponse(DocumentRejectedException e) {
        Response.Status status = switch (e.getReason()) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case TYPE_NOT_ALLOWED -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            default -> Response.Status.BAD_REQUEST;
        };
        return Problem.typed(status, "document-rejected", "Document not accepted", e.getMessage() + " Nothing was stored.")
                .withError(e.getField(), e.getMessage()).toResponse();
    }
}
