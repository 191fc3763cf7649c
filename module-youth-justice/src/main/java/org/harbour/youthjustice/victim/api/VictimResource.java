package org.harbour.youthjustice.victim.api;

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
import org.harbour.youthjustice.victim.application.VictimForm;
import org.harbour.youthjustice.victim.application.VictimService;
import org.harbour.youthjustice.victim.application.VictimView;

import java.util.List;

/** Victims of a child's offences, only with the victims permission. The service checks who may do what. */
@Path("/youth-justice/victims")
@RequestScoped
@Tag(name = "Youth justice")
public class VictimResource {

    @Inject
    private VictimService victims;

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The victims of the child's offences and the service's contact with them")
    public List<VictimView> ofChild(@PathParam("personId") long personId) {
        return victims.ofChild(personId);
    }

    @POST
    @Path("/children/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a victim of one of the child's offences, with consent to contact and the contact so far")
    public Response add(@PathParam("personId") long personId, VictimForm form) {
        VictimView created = victims.add(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a victim's details and contact; send the version read")
    public VictimView update(@PathParam("id") long id, VictimForm form) {
        return victims.update(id, form);
    }
}
