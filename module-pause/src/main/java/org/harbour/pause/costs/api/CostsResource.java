package org.harbour.pause.costs.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.pause.costs.application.CostForm;
import org.harbour.pause.costs.application.CostService;
import org.harbour.pause.costs.application.ScenarioView;
import org.harbour.pause.costs.application.EstimateView;
import org.harbour.pause.costs.domain.ProgrammeActuals;

import java.util.List;

/** The cost-avoidance calculator and saved scenarios. */
@Path("/pause/costs")
@RequestScoped
@Tag(name = "Pause")
public class CostsResource {

    @Inject
    private CostService costs;

    @GET
    @Path("/defaults")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The city's figures as calculator inputs")
    public CostForm defaults() {
        return costs.cityDefaults();
    }

    @POST
    @Path("/estimate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Work out savings, pregnancies avoided and programme costs from the inputs")
    public EstimateView estimate(CostForm form) {
        return costs.estimate(form);
    }

    @GET
    @Path("/scenarios")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Saved scenarios with their estimates")
    public List<ScenarioView> scenarios() {
        return costs.scenarios();
    }

    @GET
    @Path("/actuals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Actual births, removals and pregnancies of the women who began the programme, against their history before")
    public ProgrammeActuals actuals() {
        return costs.actuals();
    }

    @GET
    @Path("/scenarios/{id}/board.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A saved scenario with the actuals as a PDF for the board (the download is audited)")
    public Response boardPdf(@PathParam("id") long id) {
        return Response.ok(costs.boardPdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"pause-board-" + id + ".pdf\"").build();
    }

    @POST
    @Path("/scenarios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the inputs as a named scenario")
    public Response save(CostForm form) {
        ScenarioView saved = costs.save(form);
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }
}
