package org.harbour.send.sufficiency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.send.sufficiency.application.SufficiencyService;
import org.harbour.send.sufficiency.application.SufficiencyView;

import java.math.BigDecimal;

/** The commissioners' placement figures and out-of-city model (send:commission). */
@Path("/send/sufficiency")
@RequestScoped
@Tag(name = "SEND")
public class SufficiencyResource {

    @Inject
    private SufficiencyService sufficiency;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Placements by setting and type with their cost a year, transport by mode, and the out-of-city "
            + "model at a target and city place cost (the council's settings when left out)")
    public SufficiencyView figures(@QueryParam("target") String target, @QueryParam("inCityPlaceCost") String inCityPlaceCost,
                                   @QueryParam("growth") String growth, @QueryParam("years") String years,
                                   @QueryParam("transportTarget") String transportTarget) {
        return sufficiency.figures(whole(target), amount(inCityPlaceCost), number(growth, "growth"), number(years, "years") == null
                ? null : number(years, "years").intValue(), number(transportTarget, "transportTarget"));
    }

    @GET
    @Path("/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The figures and models as an Excel workbook (same parameters)")
    public Response workbook(@QueryParam("target") String target, @QueryParam("inCityPlaceCost") String inCityPlaceCost,
                             @QueryParam("growth") String growth, @QueryParam("years") String years,
                             @QueryParam("transportTarget") String transportTarget) {
        byte[] file = sufficiency.workbook(whole(target), amount(inCityPlaceCost), number(growth, "growth"),
                number(years, "years") == null ? null : number(years, "years").intValue(), number(transportTarget, "transportTarget"));
        return Response.ok(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"send-sufficiency.xlsx\"").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The figures and models as a tagged PDF (same parameters)")
    public Response pdf(@QueryParam("target") String target, @QueryParam("inCityPlaceCost") String inCityPlaceCost,
                        @QueryParam("growth") String growth, @QueryParam("years") String years,
                        @QueryParam("transportTarget") String transportTarget) {
        byte[] file = sufficiency.pdf(whole(target), amount(inCityPlaceCost), number(growth, "growth"),
                number(years, "years") == null ? null : number(years, "years").intValue(), number(transportTarget, "transportTarget"));
        return Response.ok(file, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"send-sufficiency.pdf\"").header("Cache-Control", "no-store").build();
    }

    /** A number given in the address, or null when left out; a whole number for years. */
    static BigDecimal number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.strip().replace(",", "").replace("%", ""));
            if (field.equals("years") && n.stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException(field, "Years ahead is a whole number.");
            }
            return n;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field, "Give a number for " + field + ".");
        }
    }

    static Integer whole(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("target", "The target is a whole number of places.");
        }
    }

    static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("inCityPlaceCost", "Give the cost in pounds, such as 25000.");
        }
    }
}
