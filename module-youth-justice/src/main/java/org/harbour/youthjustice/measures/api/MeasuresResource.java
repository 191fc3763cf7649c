package org.harbour.youthjustice.measures.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.measures.application.MeasuresService;
import org.harbour.youthjustice.measures.application.ReoffendingView;
import org.harbour.youthjustice.measures.application.TurnaroundView;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Youth justice measures beyond the monthly scorecard figures; they need {@code youth-justice:measures}. */
@Path("/youth-justice/measures")
@RequestScoped
@Tag(name = "Youth justice")
public class MeasuresResource {

    @Inject
    private MeasuresService measures;

    @GET
    @Path("/reoffending")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The local reoffending proxy for the cohort of a quarter (quarter=YYYY-MM-01, first month of a quarter)")
    public ReoffendingView reoffending(@QueryParam("quarter") String quarter) {
        try {
            return measures.reoffending(quarter == null ? null : LocalDate.parse(quarter));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("quarter", "Give the first day of a quarter, such as 2025-04-01.");
        }
    }

    @GET
    @Path("/turnaround")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Children who may be referred to Turnaround today, soonest end of the 3-month window first")
    public List<TurnaroundView> turnaround() {
        return measures.turnaroundEligible();
    }
}
