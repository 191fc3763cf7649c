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
import org.harbour.core.spi.error.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's allocation history and reallocating the case (managers of the case's service area).
 * Each case sub-resource has its own root path so that resources of other features under
 * {@code /cases/{id}/...} never compete with it for a request.
 */
@Path("/cases/{personId}/allocations")
@RequestScoped
@Tag(name = "Cases")
public class AllocationsResource {

    @Inject
    private CaseloadService caseloads;

    @Inject
    private CaseApiAccess apiAccess;

    /** A reallocation: the allocation being ended (id and version as loaded), the new worker and team. */
    public record Reallocation(Long allocationId, Long allocationVersion, String worker, Long teamId, LocalDate from,
                               String reason, String changeReason) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocation history of the child's cases, newest first")
    public List<AllocationPeriod> history(@PathParam("personId") long personId) {
        apiAccess.require(CaseApiAccess.RECORDS, "ALLOCATION_VIEW", personId);
        return caseloads.allocationHistory(personId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reallocate the child's case to another worker and team (needs core:allocate)")
    public Response reallocate(@PathParam("personId") long personId, Reallocation request) {
        apiAccess.require(CaseApiAccess.RECORDS, "CASE_ALLOCATE", personId);
        Reallocation r = request == null ? new Reallocation(null, null, null, null, null, null, null) : request;
        if (r.allocationId() == null || r.allocationVersion() == null) {
            throw new InvalidInputException("allocationId", "Give the current allocation's id and version, as loaded.");
        }
        if (r.teamId() == null) {
            throw new InvalidInputException("teamId", "Choose the team that will hold the case.");
        }
        AllocationPeriod period = caseloads.reallocate(personId, r.allocationId(), r.allocationVersion(), r.worker(),
                r.teamId(), r.from(), r.reason(), r.changeReason());
        return Response.status(Response.Status.CREATED).entity(period).build();
    }
}
