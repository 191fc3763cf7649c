package org.harbour.youthjustice.court.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.youthjustice.access.api.DatedChange;
import org.harbour.youthjustice.court.application.BailForm;
import org.harbour.youthjustice.court.application.BailService;
import org.harbour.youthjustice.court.application.BailView;
import org.harbour.youthjustice.court.application.BreachForm;
import org.harbour.youthjustice.court.application.BreachView;
import org.harbour.youthjustice.court.application.CourtDiaryService;
import org.harbour.youthjustice.court.application.CourtOutcomeView;
import org.harbour.youthjustice.court.application.CourtRecordService;
import org.harbour.youthjustice.court.application.CourtRecordView;
import org.harbour.youthjustice.court.application.HearingForm;
import org.harbour.youthjustice.court.application.HearingView;
import org.harbour.youthjustice.court.application.ReportForm;
import org.harbour.youthjustice.court.application.ReportView;
import org.harbour.youthjustice.court.application.SentenceForm;
import org.harbour.youthjustice.court.application.SentenceService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Court work: the diary, pre-sentence reports, the court's outcomes with their orders' terms,
 * breaches and bail support. Permission, the module's switch and need to know are checked by the services.
 */
@Path("/youth-justice/court")
@RequestScoped
@Tag(name = "Youth justice")
public class CourtResource {

    @Inject
    private CourtDiaryService diary;

    @Inject
    private CourtRecordService courtRecords;

    @Inject
    private SentenceService sentences;

    @Inject
    private BailService bail;

    /** What the court did, said of a record whose version was read. */
    public static class Result {
        private String result;
        private Long version;

        public String getResult() {
            return result;
        }

        public void setResult(String result) {
            this.result = result;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @GET
    @Path("/diary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The court diary: hearings from a day to another (default the next four weeks, at most a year)")
    public List<HearingView> diary(@QueryParam("from") String from, @QueryParam("to") String to) {
        return diary.diary(day(from, "from"), day(to, "to"));
    }

    @GET
    @Path("/reports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pre-sentence reports not yet filed, soonest due first; overdue=true for the overdue list")
    public List<ReportView> reports(@QueryParam("overdue") boolean overdue) {
        return diary.unfiledReports(overdue);
    }

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's court work: hearings, pre-sentence reports, orders with their terms, breaches, bail support")
    public CourtRecordView record(@PathParam("personId") long personId) {
        return courtRecords.record(personId);
    }

    @POST
    @Path("/children/{personId}/hearings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a hearing in the court diary")
    public Response hearing(@PathParam("personId") long personId, HearingForm form) {
        HearingView created = diary.addHearing(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/hearings/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what the court did at a hearing that has taken place; send its version")
    public HearingView heard(@PathParam("id") long id, Result request) {
        Result body = request == null ? new Result() : request;
        return diary.recordResult(id, body.getResult(), body.getVersion());
    }

    @POST
    @Path("/children/{personId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The court asks for a pre-sentence report, due on a day")
    public Response report(@PathParam("personId") long personId, ReportForm form) {
        ReportView created = diary.requestReport(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/reports/{id}/filed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pre-sentence report filed with the court on a day; send its version")
    public ReportView filed(@PathParam("id") long id, DatedChange change) {
        DatedChange body = change == null ? new DatedChange() : change;
        return diary.fileReport(id, body.getOn(), body.getVersion());
    }

    @POST
    @Path("/children/{personId}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The court's outcome for an offence; an order's length and requirements are checked and its term computed")
    public Response sentence(@PathParam("personId") long personId, SentenceForm form) {
        CourtOutcomeView created = sentences.sentence(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/orders/{id}/breaches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A failure to comply with an order: a warning (one in 12 months on a youth rehabilitation order) or a return to court")
    public Response breach(@PathParam("id") long id, BreachForm form) {
        BreachView created = sentences.breach(id, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/breaches/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the court did with breach proceedings; send the breach's version")
    public BreachView breachResult(@PathParam("id") long id, Result request) {
        Result body = request == null ? new Result() : request;
        return sentences.courtResult(id, body.getResult(), body.getVersion());
    }

    @POST
    @Path("/children/{personId}/bail")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start bail supervision or support (not while the child is on remand)")
    public Response startBail(@PathParam("personId") long personId, BailForm form) {
        BailView created = bail.start(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/bail/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "End bail supervision or support on a day; send its version")
    public BailView endBail(@PathParam("id") long id, DatedChange change) {
        DatedChange body = change == null ? new DatedChange() : change;
        return bail.end(id, body.getOn(), body.getVersion());
    }

    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Give the day as 2026-03-31.");
        }
    }
}
