package org.harbour.youthjustice.custody.api;

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
import org.harbour.youthjustice.custody.application.CustodyForm;
import org.harbour.youthjustice.custody.application.CustodyService;
import org.harbour.youthjustice.custody.application.CustodyView;
import org.harbour.youthjustice.custody.application.ResettlementForm;

import java.time.LocalDate;
import java.util.List;

/** Custody under a sentence and resettlement. The service checks. */
@Path("/youth-justice/custody")
@RequestScoped
@Tag(name = "Youth justice")
public class CustodyResource {

    @Inject
    private CustodyService custody;

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's custody episodes with resettlement, latest first")
    public List<CustodyView> ofChild(@PathParam("personId") long personId) {
        return custody.ofChild(personId);
    }

    @POST
    @Path("/children/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Custody begun under a custodial order: orderId, establishmentType (YOI, STC, SCH), establishmentName, startedOn")
    public Response start(@PathParam("personId") long personId, CustodyForm form) {
        return Response.status(Response.Status.CREATED).entity(custody.start(personId, form)).build();
    }

    @PUT
    @Path("/{id}/resettlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The resettlement plan agreed and the accommodation on release; send the version read")
    public CustodyView plan(@PathParam("id") long id, ResettlementForm form) {
        return custody.plan(id, form);
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child released on licence: {\"on\", \"version\"}; needs the resettlement plan and accommodation")
    public CustodyView release(@PathParam("id") long id, DatedChange change) {
        DatedChange body = change == null ? new DatedChange() : change;
        return custody.release(id, body.getOn(), body.getVersion());
    }
}
