package org.harbour.youthjustice.caution.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.youthjustice.caution.application.CautionDutyService;
import org.harbour.youthjustice.caution.application.CautionDutyView;

import java.time.LocalDate;
import java.util.List;

/** The duty to assess after a second youth caution or a conditional caution. The service checks who may do what. */
@Path("/youth-justice/caution-duties")
@RequestScoped
@Tag(name = "Youth justice")
public class CautionDutyResource {

    @Inject
    private CautionDutyService duties;

    /** The assessment done and the intervention arranged. */
    public static class Met {
        private LocalDate assessedOn;
        private String intervention;
        private Long version;

        public LocalDate getAssessedOn() {
            return assessedOn;
        }

        public void setAssessedOn(LocalDate assessedOn) {
            this.assessedOn = assessedOn;
        }

        public String getIntervention() {
            return intervention;
        }

        public void setIntervention(String intervention) {
            this.intervention = intervention;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The due list: duties to assess still owed, soonest due first")
    public List<CautionDutyView> owed() {
        return duties.owed();
    }

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's duties to assess after a caution, met and owed")
    public List<CautionDutyView> ofChild(@PathParam("personId") long personId) {
        return duties.ofChild(personId);
    }

    @POST
    @Path("/{id}/met")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the assessment and the intervention arranged, which meets the duty; send its version")
    public CautionDutyView met(@PathParam("id") long id, Met request) {
        Met body = request == null ? new Met() : request;
        return duties.met(id, body.getAssessedOn(), body.getIntervention(), body.getVersion());
    }
}
