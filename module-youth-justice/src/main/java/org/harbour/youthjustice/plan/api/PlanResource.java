package org.harbour.youthjustice.plan.api;

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
import org.harbour.youthjustice.plan.application.InterventionForm;
import org.harbour.youthjustice.plan.application.InterventionView;
import org.harbour.youthjustice.plan.application.PlanService;
import org.harbour.youthjustice.plan.application.PlanView;
import org.harbour.youthjustice.plan.application.StatusForm;
import org.harbour.youthjustice.plan.application.StatusView;

/** The child's plan: interventions and the status at the start and end of orders and interventions. The service checks. */
@Path("/youth-justice/plans")
@RequestScoped
@Tag(name = "Youth justice")
public class PlanResource {

    @Inject
    private PlanService plans;

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's interventions and statuses")
    public PlanView plan(@PathParam("personId") long personId) {
        return plans.plan(personId);
    }

    @POST
    @Path("/children/{personId}/interventions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an intervention of the child's plan")
    public Response start(@PathParam("personId") long personId, InterventionForm form) {
        InterventionView created = plans.start(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/interventions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An intervention's sessions offered and attended, end and completion; send the version read")
    public InterventionView progress(@PathParam("id") long id, InterventionForm form) {
        return plans.progress(id, form);
    }

    @POST
    @Path("/children/{personId}/statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's status at the start or end of an order or intervention (accommodation, education, NEET, SEND, "
            + "mental health and substance misuse)")
    public Response status(@PathParam("personId") long personId, StatusForm form) {
        StatusView created = plans.recordStatus(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
