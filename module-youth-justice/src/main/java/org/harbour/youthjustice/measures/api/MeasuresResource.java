package org.harbour.youthjustice.measures.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.measures.application.DisproportionalityService;
import org.harbour.youthjustice.measures.application.DisproportionalityView;
import org.harbour.youthjustice.measures.application.MeasuresService;
import org.harbour.youthjustice.measures.application.PopulationForm;
import org.harbour.youthjustice.measures.application.PopulationView;
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

    @Inject
    private DisproportionalityService disproportionality;

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
    @Path("/disproportionality")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disproportionality at each rung over a period (from, to: YYYY-MM-DD) by ETHNICITY, SEX, AGE or LOOKED_AFTER, "
            + "against the 10-17 population loaded for the period's first year (or the latest before it)")
    public DisproportionalityView disproportionality(@QueryParam("from") String from, @QueryParam("to") String to,
                                                     @QueryParam("by") @DefaultValue("ETHNICITY") String by) {
        return disproportionality.of(day(from, "from"), day(to, "to"), by);
    }

    @GET
    @Path("/population")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The 10-17 population loaded for a year, by ethnic group, sex, age band and looked-after status")
    public List<PopulationView> population(@QueryParam("year") int year) {
        return disproportionality.population(year);
    }

    @PUT
    @Path("/population")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load or correct one group's 10-17 population: year, dimension, group, population (version to correct)")
    public PopulationView setPopulation(PopulationForm form) {
        return disproportionality.set(form);
    }

    private static LocalDate day(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Give a day such as 2025-04-01.");
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
