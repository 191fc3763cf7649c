package org.harbour.youthjustice.board.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.board.application.BoardForm;
import org.harbour.youthjustice.board.application.BoardMeetingView;
import org.harbour.youthjustice.board.application.BoardService;
import org.harbour.youthjustice.board.domain.KpiFigure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The management board: meetings, the KPI set and the scrutiny PDF. The service checks. */
@Path("/youth-justice/board")
@RequestScoped
@Tag(name = "Youth justice")
public class BoardResource {

    @Inject
    private BoardService board;

    @GET
    @Path("/meetings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The board's meetings, latest first, with partners present and the KPI figures presented")
    public List<BoardMeetingView> meetings() {
        return board.meetings();
    }

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a meeting: metOn, partnersPresent, attendees, minutesSummary, months of KPIs presented (frozen)")
    public Response record(BoardForm form) {
        return Response.status(Response.Status.CREATED).entity(board.record(form)).build();
    }

    @PUT
    @Path("/meetings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a meeting's attendance and minutes (not its figures); send the version read")
    public BoardMeetingView correct(@PathParam("id") long id, BoardForm form) {
        return board.correct(id, form);
    }

    @GET
    @Path("/kpis")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The KPI set over the months before this one (months=1..24, default 6), or of a reporting quarter "
            + "(quarter=YYYY-MM-01: 1 April, July, October or January)")
    public List<KpiFigure> kpis(@QueryParam("months") @DefaultValue("6") int months, @QueryParam("quarter") String quarter) {
        return quarter == null ? board.kpiSet(months) : board.kpiSetOfQuarter(quarterStart(quarter));
    }

    @GET
    @Path("/scrutiny.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The scrutiny update of the KPI set as a PDF (months=1..24, default 6, or quarter=YYYY-MM-01); "
            + "figures only, download audited")
    public Response scrutiny(@QueryParam("months") @DefaultValue("6") int months, @QueryParam("quarter") String quarter) {
        byte[] pdf = quarter == null ? board.scrutinyPdf(months) : board.scrutinyPdfOfQuarter(quarterStart(quarter));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"youth-justice-scrutiny.pdf\"").build();
    }

    private static LocalDate quarterStart(String quarter) {
        try {
            return LocalDate.parse(quarter);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("quarter", "Give the first day of a quarter, such as 2025-04-01.");
        }
    }
}
