package org.harbour.pause.programme.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.pause.programme.application.ParticipationView;
import org.harbour.pause.programme.application.ProgrammeService;
import org.harbour.pause.programme.application.WomanRecord;
import org.harbour.pause.programme.application.WomanRecordService;
import org.harbour.pause.programme.domain.ContactKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of a woman's programme record: her plan's goals, contacts, the flexible fund,
 * contraception (the method only with the health-data permission), the start of the intervention
 * and her exit. Reads and writes go through the services, which check the permission, the module
 * and the reach to her, and audit; the parts are added, while the goal and the participation are
 * changed with the version read (409 when someone saved first).
 */
@Path("/pause")
@RequestScoped
@Tag(name = "Pause")
public class WomanRecordResource {

    private static final String RECORD = "/participations/{id}";

    @Inject
    private WomanRecordService records;

    @Inject
    private ProgrammeService programme;

    /** A goal of her plan, with the day it is aimed for (optional). */
    public static class NewGoal {
        public String description;
        public LocalDate targetOn;
    }

    /** The day a goal was achieved, and the goal's version read. */
    public static class GoalAchieved {
        public LocalDate on;
        public Long version;
    }

    /** A contact: the day, how (a ContactKind) and a note. */
    public static class NewContact {
        public LocalDate on;
        public String kind;
        public String note;
    }

    /** A flexible-fund payment in pounds and pence. */
    public static class NewPayment {
        public LocalDate on;
        public BigDecimal amount;
        public String purpose;
    }

    /** Contraception: the day and her consent; the method only from a holder of the health-data permission. */
    public static class NewContraception {
        public LocalDate on;
        public Boolean consented;
        public String method;
    }

    /** The start of the intervention after the engagement phase, with the participation's version read. */
    public static class PhaseChange {
        public LocalDate on;
        public Long version;
    }

    /** Her exit: the day, why, the Next Steps agreed, and the participation's version read. */
    public static class Exit {
        public LocalDate on;
        public String reason;
        public String nextSteps;
        public Long version;
    }

    @GET
    @Path(RECORD + "/goals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The goals of her plan")
    public List<WomanRecord.GoalRow> goals(@PathParam("id") long id) {
        return records.record(id).getGoals();
    }

    @POST
    @Path(RECORD + "/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a goal to her plan")
    public Response addGoal(@PathParam("id") long id, NewGoal body) {
        NewGoal g = body == null ? new NewGoal() : body;
        records.addGoal(id, g.description, g.targetOn);
        return created(id);
    }

    @PUT
    @Path(RECORD + "/goals/{goalId}/achieved")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a goal achieved (409 when the goal changed since it was read)")
    public WomanRecord goalAchieved(@PathParam("id") long id, @PathParam("goalId") long goalId, GoalAchieved body) {
        GoalAchieved a = body == null ? new GoalAchieved() : body;
        records.goalAchieved(id, goalId, a.on, a.version);
        return records.record(id);
    }

    @GET
    @Path(RECORD + "/contacts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Her contact log")
    public List<WomanRecord.ContactRow> contacts(@PathParam("id") long id) {
        return records.record(id).getContacts();
    }

    @POST
    @Path(RECORD + "/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a contact with her")
    public Response addContact(@PathParam("id") long id, NewContact body) {
        NewContact c = body == null ? new NewContact() : body;
        records.addContact(id, c.on, contactKind(c.kind), c.note);
        return created(id);
    }

    @GET
    @Path(RECORD + "/fund")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Her flexible-fund ledger")
    public List<WomanRecord.FundRow> fund(@PathParam("id") long id) {
        return records.record(id).getFund();
    }

    @POST
    @Path(RECORD + "/fund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a flexible-fund payment (pounds and pence, above 0 and at most 5000)")
    public Response addPayment(@PathParam("id") long id, NewPayment body) {
        NewPayment p = body == null ? new NewPayment() : body;
        records.addPayment(id, p.on, p.amount, p.purpose);
        return created(id);
    }

    @GET
    @Path(RECORD + "/contraception")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Contraception: dates and consent; the method only with the health-data permission")
    public List<WomanRecord.ContraceptionRow> contraception(@PathParam("id") long id) {
        return records.record(id).getContraception();
    }

    @POST
    @Path(RECORD + "/contraception")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record contraception: date and consent; a method only with the health-data permission")
    public Response addContraception(@PathParam("id") long id, NewContraception body) {
        if (body == null || body.consented == null) {
            throw new InvalidInputException("consented", "Say whether she consented (true or false).");
        }
        records.recordContraception(id, body.on, body.consented, body.method);
        return created(id);
    }

    @POST
    @Path(RECORD + "/intervention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the intervention after the engagement phase (409 when changed since read)")
    public ParticipationView startIntervention(@PathParam("id") long id, PhaseChange body) {
        PhaseChange c = body == null ? new PhaseChange() : body;
        return programme.startIntervention(id, required("on", c.on), c.version);
    }

    @POST
    @Path(RECORD + "/exit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record her exit with the reason and Next Steps (409 when changed since read)")
    public ParticipationView exit(@PathParam("id") long id, Exit body) {
        Exit e = body == null ? new Exit() : body;
        return programme.exit(id, required("on", e.on), e.reason, e.nextSteps, e.version);
    }

    private Response created(long id) {
        return Response.status(Response.Status.CREATED).entity(records.record(id)).build();
    }

    private static LocalDate required(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidInputException(field, "Enter the date (yyyy-MM-dd).");
        }
        return day;
    }

    private static ContactKind contactKind(String value) {
        try {
            return value == null ? null : ContactKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "The kind is one of " + Arrays.stream(ContactKind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
