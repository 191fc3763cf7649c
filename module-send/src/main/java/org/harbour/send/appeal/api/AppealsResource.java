package org.harbour.send.appeal.api;

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
import org.harbour.send.appeal.application.AppealForm;
import org.harbour.send.appeal.application.AppealService;
import org.harbour.send.appeal.application.AppealView;

import java.util.List;

/**
 * Mediation and tribunal appeals against each appealable decision, on a request or after an annual
 * review. Permission and reach are checked by the service.
 */
@Path("/send/appeals")
@RequestScoped
@Tag(name = "SEND")
public class AppealsResource {

    private static final String FORM = "Mediation (adviceSought, certificateOn, mediationHeld, mediationOn) and a tribunal appeal "
            + "(appealLodgedOn, outcome: CONCEDED, WITHDRAWN, UPHELD or DISMISSED, outcomeOn) against one decision, with the "
            + "version read (0 before the first)";

    @Inject
    private AppealService appeals;

    @GET
    @Path("/requests/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each appealable decision made on the request (NOT_TO_ASSESS, NOT_TO_ISSUE, FINAL_PLAN), with what followed it")
    public List<AppealView> ofRequest(@PathParam("id") long id) {
        return appeals.ofRequest(id);
    }

    @PUT
    @Path("/requests/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = FORM + "; the request's mediation and tribunal flags for SEN2 follow")
    public AppealView onRequest(@PathParam("id") long id, @PathParam("decision") String decision, AppealForm form) {
        return appeals.recordOnRequest(id, decision, form);
    }

    @GET
    @Path("/reviews/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each appealable decision made after the review (REVIEW_MAINTAIN, AMENDED_PLAN, CEASE), with what followed it")
    public List<AppealView> ofReview(@PathParam("id") long id) {
        return appeals.ofReview(id);
    }

    @PUT
    @Path("/reviews/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = FORM)
    public AppealView onReview(@PathParam("id") long id, @PathParam("decision") String decision, AppealForm form) {
        return appeals.recordOnReview(id, decision, form);
    }
}
