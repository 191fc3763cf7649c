package org.harbour.portal.testmodule.remand.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.harbour.core.spi.record.OpenedPeriod;
import org.harbour.portal.testmodule.remand.application.HelloRemands;

import java.time.LocalDate;

/** Remands through the hello module's endpoint, as a module's page or API would record them. */
@Path("/hello/children/{personId}/remands")
@RequestScoped
public class HelloRemandResource {

    /** A remand to local authority accommodation from a day, in a placement of the type and provider given. */
    public record Remand(LocalDate from, String placementType, String provider) {
    }

    /** The day a remand ended. */
    public record RemandEnd(LocalDate on) {
    }

    @Inject
    private HelloRemands remands;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response remand(@PathParam("personId") long personId, Remand remand) {
        OpenedPeriod opened = remands.remand(personId, remand.from(), remand.placementType(), remand.provider());
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }

    @POST
    @Path("/{periodId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response end(@PathParam("personId") long personId, @PathParam("periodId") long periodId, RemandEnd end) {
        remands.endRemand(personId, periodId, end.on());
        return Response.noContent().build();
    }
}
