package org.harbour.send.sen2.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.send.sen2.application.Sen2Comparison;

/** SEN2 beside the year before (send:return); the return itself runs through /api/returns. */
@Path("/send/sen2")
@RequestScoped
@Tag(name = "SEND")
public class Sen2Resource {

    @Inject
    private Sen2Comparison comparison;

    @GET
    @Path("/comparison")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts per SEN2 table for the census year (default this year) and the year before, with the change")
    public Sen2Comparison.Comparison compare(@QueryParam("year") String year) {
        return comparison.compare(year);
    }
}
