package org.harbour.core.caseload.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.caseload.application.AllocationPeriod;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.caseload.application.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

/** A child's allocation history; reallocating and closing the case (managers of the case's service area). */
@Path("/cases/{personId}")
@RequestScoped
@Tag(name = "Cases")
public class AllocationsResource {

    @Inject
    private CaseloadService caseloads;

    @Inject
    private CaseApiAccess apiAccess;

    /** A reallocation: the allocation being ended (id and version as loaded), the new worker and team. */
    public record Reallocation(Long allocationId, Long allocationVersion, String worker, Long teamId, LocalDate from,
                               String reason) {
    }

    /** Closing a case: which case (id and version as loaded), when and why. */
    public record Closure(Long caseId, Long caseVersion, LocalDate closedOn, String reason) {
    }

    @GET
    @Path("/allocations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocation history of the child's cases, newest first")
    public List<AllocationPeriod> history(@PathParam("personId") long personId) {
        apiAccess.require(CaseApiAccess.RECORDS, "ALLOCATION_VIEW", personId);
        return caseloads.allocationHistory(personId);
    }

    @POST
    @Path("/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reallocate the child's case to another worker and team (needs core:allocate)")
    public Response reallocate(@PathParam("personId") long personId, Reallocation request) {
        apiAccess.require(CaseApiAccess.RECORDS, "CASE_ALLOCATE", personId);
        Reallocation r = request == null ? new Reallocation(null, null, null, null, null, null) : request;
        if (r.allocationId() == null || r.allocationVersion() == null) {
            throw new InvalidInputException("allocationId", "Give the current allocation's id and version, as loaded.");
        }
        if (r.teamId() == null) {
            throw new InvalidInputException("teamId", "Choose the team that will hold the case.");
        }
        AllocationPeriod period = caseloads.reallocate(personId, r.allocationId(), r.allocationVersion(), r.worker(),
                r.teamId(), r.from(), r.reason());
        return Response.status(Response.Status.CREATED).entity(period).build();
    }

    @POST
    @Path("/closure")
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
