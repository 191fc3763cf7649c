package org.harbour.core.activity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.activity.application.ActivityService;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.caseload.api.CaseApiAccess;
import org.harbour.core.spi.error.InvalidInputException;

import java.time.LocalDate;

/** Which statutory visit timescale the child's case is on. */
@Path("/cases/{personId}/visit-regime")
@RequestScoped
@Tag(name = "Cases")
public class VisitRegimeResource {

    @Inject
    private ActivityService activities;

    @Inject
    private CaseApiAccess apiAccess;

    /** {@code regime}: CIN, CP, CLA or EARLY_HELP, or null to let the latest visit decide; {@code from}: when it began. */
    public record Regime(String regime, LocalDate from) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the child's case onto a visit regime (CIN, CP, CLA, EARLY_HELP) from a date, or off it")
    public Response set(@PathParam("personId") long personId, Regime request) {
        apiAccess.require(CaseApiAccess.RECORDS, "VISIT_REGIME_UPDATE", personId);
        String code = request == null ? null : request.regime();
        VisitType type = VisitType.fromCode(code);
        if (code != null && !code.isBlank() && type == null) {
            throw new InvalidInputException("regime", "Use CIN, CP, CLA or EARLY_HELP.");
        }
        activities.setVisitRegime(personId, type, request == null ? null : request.from());
        return Response.noContent().build();
    }
}
