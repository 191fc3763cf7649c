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
import org.harbour.pause.programme.application.CohortExport;
import org.harbour.pause.programme.application.ForumService;
import org.harbour.pause.programme.application.OutcomeForm;
import org.harbour.pause.programme.application.ParticipationView;
import org.harbour.pause.programme.application.PractitionerLoad;
import org.harbour.pause.programme.application.ProgrammeService;
import org.harbour.pause.programme.application.WomanRecord;
import org.harbour.pause.programme.application.WomanRecordService;
import org.harbour.pause.programme.domain.ForumDecision;
import org.harbour.pause.programme.domain.OutcomePoint;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Referral to the forum, its decision, consent, allocation and outcomes; checks and audit are the services'. */
@Path("/pause")
@RequestScoped
@Tag(name = "Pause")
public class ParticipationsResource {

    @Inject
    private ForumService forum;

    @Inject
    private ProgrammeService programme;

    @Inject
    private WomanRecordService records;

    @Inject
    private CohortExport export;

    /** A referral: the woman's person id, the day and why. */
    public static class Referral {
        public Long personId;
        public LocalDate referredOn;
        public String reason;
    }

    /** The forum's decision: OFFER, NOT_NOW or NOT_SUITABLE, its day and reasons. */
    public static class Decision {
        public String decision;
        public LocalDate forumOn;
        public String reasons;
        public Long version;
    }

    /** Her answer to the offer. */
    public static class Consent {
        public Boolean consented;
        public LocalDate on;
        public Long version;
    }

    /** The practitioner (username) she is allocated to, from the day given. */
    public static class Allocation {
        public String practitioner;
        public LocalDate on;
        public Long version;
    }

    /** Outcomes at a point, and the version read when changing them. */
    public static class Outcomes extends OutcomeForm {
        private static final long serialVersionUID = 1L;
        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @POST
    @Path("/participations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a woman of the cohort to the Pause forum")
    public Response refer(Referral body) {
        if (body == null || body.personId == null) {
            throw new InvalidInputException("personId", "Say which woman is referred (personId).");
        }
        return Response.status(Response.Status.CREATED).entity(forum.refer(body.personId, body.referredOn, body.reason)).build();
    }

    @GET
    @Path("/participations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A woman's programme record (the method of contraception only with the health-data permission)")
    public WomanRecord record(@PathParam("id") long id) {
        return records.record(id);
    }

    @POST
    @Path("/participations/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the forum's decision with its reasons")
    public ParticipationView decide(@PathParam("id") long id, Decision body) {
        Decision d = body == null ? new Decision() : body;
        return forum.decide(id, decision(d.decision), d.forumOn, d.reasons, d.version);
    }

    @POST
    @Path("/participations/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record her answer to the offer")
    public ParticipationView consent(@PathParam("id") long id, Consent body) {
        if (body == null || body.consented == null) {
            throw new InvalidInputException("consented", "Say whether she consented (true or false).");
        }
        return forum.answerOffer(id, body.consented, body.on, body.version);
    }

    @POST
    @Path("/participations/{id}/allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate her to a Pause practitioner: refused (409) when the practitioner is at the caseload cap")
    public ParticipationView allocate(@PathParam("id") long id, Allocation body) {
        Allocation a = body == null ? new Allocation() : body;
        return programme.allocate(id, a.practitioner, a.on, a.version);
    }

    @PUT
    @Path("/participations/{id}/outcomes/{point}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record her outcomes at BASELINE, MIDPOINT or EXIT")
    public WomanRecord outcomes(@PathParam("id") long id, @PathParam("point") String point, Outcomes body) {
        OutcomePoint parsed;
        try {
            parsed = OutcomePoint.valueOf(point);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("point", "The point is BASELINE, MIDPOINT or EXIT.");
        }
        records.recordOutcome(id, parsed, body, body == null ? null : body.getVersion());
        return records.record(id);
    }

    @GET
    @Path("/forum")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The forum's agenda: referrals, deferrals and offers awaiting an answer or a practitioner")
    public List<ParticipationView> agenda() {
        return forum.agenda();
    }

    @GET
    @Path("/caseload")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in practitioner's women in the programme")
    public List<ParticipationView> caseload() {
        return programme.myCaseload();
    }

    @GET
    @Path("/practitioners")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pause practitioners' caseloads against the cap")
    public List<PractitionerLoad> practitioners() {
        return programme.practitioners();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "The cohort as CSV (audited; health data only with the health-data permission)")
    public Response export() {
        return Response.ok(export.csv()).header("Content-Disposition", "attachment; filename=\"pause-cohort.csv\"").build();
    }

    private static ForumDecision decision(String value) {
        try {
            return ForumDecision.valueOf(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("decision", "The decision is one of " + Arrays.stream(ForumDecision.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }
}
