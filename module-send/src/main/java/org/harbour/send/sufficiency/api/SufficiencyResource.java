package org.harbour.send.sufficiency.api;

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
    public SufficiencyView figures(@QueryParam("target") String target, @QueryParam("inCityPlaceCost") String inCityPlaceCost) {
        return sufficiency.figures(whole(target), amount(inCityPlaceCost));
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
