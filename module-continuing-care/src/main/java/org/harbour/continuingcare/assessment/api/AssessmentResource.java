package org.harbour.continuingcare.assessment.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.continuingcare.assessment.application.AssessmentForm;
import org.harbour.continuingcare.assessment.application.AssessmentService;
import org.harbour.continuingcare.assessment.application.AssessmentView;
import org.harbour.core.spi.error.RecordNotFoundException;

/** A referral's health assessment (Decision Support Tool). Permission and need to know are checked by the service. */
@Path("/continuing-care/referrals/{id}/assessment")
@RequestScoped
@Tag(name = "Continuing care")
public class AssessmentResource {

    @Inject
    private AssessmentService assessments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Decision Support Tool (health data: needs continuing-care:health-data)")
    public AssessmentView assessment(@PathParam("id") long id) {
        return assessments.find(id).orElseThrow(() -> new RecordNotFoundException(-1));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the Decision Support Tool; complete=true sends the case to panel")
    public AssessmentView record(@PathParam("id") long id, AssessmentForm form) {
        return assessments.record(id, form == null ? new AssessmentForm() : form);
    }
}
