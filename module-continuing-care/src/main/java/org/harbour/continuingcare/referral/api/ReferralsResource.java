package org.harbour.continuingcare.referral.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.continuingcare.referral.application.ReferralForm;
import org.harbour.continuingcare.referral.application.ReferralService;
import org.harbour.continuingcare.referral.application.ReferralView;
import org.harbour.continuingcare.referral.domain.EvidenceItem;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.time.LocalDate;
import java.util.List;

/** Referrals and their checklist. Permission and need to know are checked by the services. */
@Path("/continuing-care/referrals")
@RequestScoped
@Tag(name = "Continuing care")
public class ReferralsResource {

    @Inject
    private ReferralService referrals;


    /** A new referral: the child's person id, the day it arrived and why. */
    public static class NewReferral extends ReferralForm {
        private static final long serialVersionUID = 1L;
        private Long personId;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }
    }

    /** A checklist item received on a day (null: not received). */
    public static class EvidenceUpdate {
        private LocalDate receivedOn;
        private Long version;

        public LocalDate getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** The assessor the referral goes to. */
    public static class AssessmentRequest {
        private String assessor;
        private Long version;

        public String getAssessor() {
            return assessor;
        }

        public void setAssessor(String assessor) {
            this.assessor = assessor;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a child (0-17) for continuing care; the checklist starts empty")
    public Response refer(NewReferral request) {
        if (request == null || request.getPersonId() == null) {
            throw new InvalidInputException("personId", "Say which child is referred (personId).");
        }
        return Response.status(Response.Status.CREATED).entity(referrals.refer(request.getPersonId(), request)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open referrals of children known to your service areas, longest waiting first")
    public List<ReferralView> open() {
        return referrals.open();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A referral with its checklist, gaps and timeliness")
    public ReferralView one(@PathParam("id") long id) {
        return referrals.find(id);
    }

    @PUT
    @Path("/{id}/evidence/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record when a checklist item was received; send the referral's version")
    public ReferralView evidence(@PathParam("id") long id, @PathParam("item") String item, EvidenceUpdate update) {
        EvidenceItem parsed;
        try {
            parsed = EvidenceItem.valueOf(item);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(-1);
        }
        EvidenceUpdate body = update == null ? new EvidenceUpdate() : update;
        return referrals.recordEvidence(id, parsed, body.getReceivedOn(), body.getVersion());
    }

    @POST
    @Path("/{id}/send-to-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the referral to an assessor: refused (409, the gaps listed) while required evidence is missing")
    public ReferralView sendToAssessment(@PathParam("id") long id, AssessmentRequest request) {
        AssessmentRequest body = request == null ? new AssessmentRequest() : request;
        return referrals.sendToAssessment(id, body.getAssessor(), body.getVersion());
    }
}
