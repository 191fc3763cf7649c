package org.harbour.core.caseload.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.spi.error.InvalidInputException;

import java.time.LocalDate;

/** Closing a child's case (managers of the case's service area). */
@Path("/cases/{personId}/closure")
@RequestScoped
@Tag(name = "Cases")
public class CaseClosureResource {

    @Inject
    private CaseloadService caseloads;

    @Inject
    private CaseApiAccess apiAccess;

    /** Closing a case: which case (id and version as loaded), when and why. */
    public record Closure(Long caseId, Long caseVersion, LocalDate closedOn, String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the child's case on a date with a reason, ending its allocation (needs core:allocate)")
    public Response close(@PathParam("personId") long personId, Closure request) {
        apiAccess.require(CaseApiAccess.RECORDS, "CASE_CLOSE", personId);
        Closure c = request == null ? new Closure(null, null, null, null) : request;
        if (c.caseId() == null || c.caseVersion() == null) {
            throw new InvalidInputException("caseId", "Give the case's id and version, as loaded.");
        }
        caseloads.closeCase(personId, c.caseId(), c.caseVersion(), c.closedOn(), c.reason());
        return Response.noContent().build();
    }
}
