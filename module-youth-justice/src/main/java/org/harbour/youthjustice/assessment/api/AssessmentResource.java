package org.harbour.youthjustice.assessment.api;

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
import org.harbour.youthjustice.access.api.DatedChange;
import org.harbour.youthjustice.assessment.application.AssessmentForm;
import org.harbour.youthjustice.assessment.application.AssessmentService;
import org.harbour.youthjustice.assessment.application.AssessmentView;

import java.time.LocalDate;
import java.util.List;

/** The child's assessments with their ratings and review days. The service checks. */
@Path("/youth-justice/assessments")
@RequestScoped
@Tag(name = "Youth justice")
public class AssessmentResource {

    @Inject
    private AssessmentService assessments;

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's assessments, latest first, with what is next due")
    public List<AssessmentView> ofChild(@PathParam("personId") long personId) {
        return assessments.ofChild(personId);
    }

    @POST
    @Path("/children/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an assessment (completed at once when completedOn and the ratings are sent)")
    public Response start(@PathParam("personId") long personId, AssessmentForm form) {
        return Response.status(Response.Status.CREATED).entity(assessments.start(personId, form)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete an assessment: completedOn, the three ratings and (optionally) reviewDueOn; send the version read")
    public AssessmentView complete(@PathParam("id") long id, AssessmentForm form) {
        return assessments.complete(id, form);
    }

    @POST
    @Path("/{id}/countersigned")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Countersign a completed assessment (not its author): {\"on\", \"version\"}")
    public AssessmentView countersign(@PathParam("id") long id, DatedChange change) {
        DatedChange body = change == null ? new DatedChange() : change;
        return assessments.countersign(id, body.getOn(), body.getVersion());
    }
}
