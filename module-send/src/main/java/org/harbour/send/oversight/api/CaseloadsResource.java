package org.harbour.send.oversight.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.send.oversight.application.CaseloadOversight;
import org.harbour.send.oversight.domain.OfficerCaseload;

import java.util.List;

/** The SEND team manager's caseload view (send:oversee). */
@Path("/send/caseloads")
@RequestScoped
@Tag(name = "SEND")
public class CaseloadsResource {

    @Inject
    private CaseloadOversight oversight;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each officer's open requests: on track, at risk and late against 20 weeks, decisions overdue")
    public List<OfficerCaseload> byOfficer() {
        return oversight.byOfficer();
    }

    @GET
    @Path("/{officer}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One officer's open requests, longest waiting first")
    public List<CaseloadOversight.OpenRequest> ofOfficer(@PathParam("officer") String officer) {
        return oversight.ofOfficer(officer);
    }
}
