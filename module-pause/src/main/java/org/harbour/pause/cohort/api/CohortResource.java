package org.harbour.pause.cohort.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.pause.cohort.application.CohortFilter;
import org.harbour.pause.cohort.application.CohortRow;
import org.harbour.pause.cohort.application.CohortService;
import org.harbour.pause.cohort.application.FunnelView;
import org.harbour.pause.cohort.domain.Priority;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The cohort and the funnel; permission and audit are the service's. */
@Path("/pause")
@RequestScoped
@Tag(name = "Pause")
public class CohortResource {

    @Inject
    private CohortService cohort;

    @GET
    @Path("/cohort")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Women with two or more children removed, highest priority first, with the reasons")
    public List<CohortRow> cohort(@QueryParam("name") String name, @QueryParam("priority") String priority,
                                  @QueryParam("cityRule") boolean cityRule, @QueryParam("newSecond") boolean newSecond) {
        return cohort.cohort(new CohortFilter(name, priority(priority), cityRule, newSecond));
    }

    @GET
    @Path("/cohort/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One woman's place in the cohort and why")
    public CohortRow woman(@PathParam("personId") long personId) {
        return cohort.woman(personId);
    }

    @GET
    @Path("/funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The scoping funnel over a period (from and to as yyyy-MM-dd, both included)")
    public FunnelView funnel(@QueryParam("from") String from, @QueryParam("to") String to) {
        return cohort.funnel(date("from", from), date("to", to));
    }

    static Priority priority(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Priority.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("priority", "Priority is HIGH, RAISED or STANDARD.");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "Give the date as yyyy-MM-dd.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + (value.length() > 12 ? value.substring(0, 12) + "..." : value)
                    + "' is not a date as yyyy-MM-dd.");
        }
    }
}
