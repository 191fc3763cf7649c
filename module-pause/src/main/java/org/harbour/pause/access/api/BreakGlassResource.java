package org.harbour.pause.access.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.pause.access.application.BreakGlassService;
import org.harbour.pause.access.application.BreakGlassView;

import java.util.List;

/** Break-glass access to one woman's record, and the team leader's list of them. */
@Path("/pause/break-glass")
@RequestScoped
@Tag(name = "Pause")
public class BreakGlassResource {

    @Inject
    private BreakGlassService breakGlass;

    /** Whose record, and why it is needed now. */
    public static class Request {
        public Long personId;
        public String reason;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open one woman's Pause record for four hours, with a reason (named roles only; audited)")
    public Response open(Request body) {
        if (body == null || body.personId == null) {
            throw new InvalidInputException("personId", "Say whose record is needed (personId).");
        }
        breakGlass.open(body.personId, body.reason);
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Break-glass accesses of the last 90 days (Pause team leader)")
    public List<BreakGlassView> recent() {
        return breakGlass.recent();
    }
}
