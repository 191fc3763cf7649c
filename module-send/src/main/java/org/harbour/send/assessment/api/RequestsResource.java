package org.harbour.send.assessment.api;

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
import org.harbour.send.assessment.application.RequestForm;
import org.harbour.send.assessment.application.RequestService;
import org.harbour.send.assessment.application.RequestView;

import java.time.LocalDate;
import java.util.List;

/** Requests for EHC needs assessments and their steps. Permission and reach are checked by the service. */
@Path("/send/requests")
@RequestScoped
@Tag(name = "SEND")
public class RequestsResource {

    @Inject
    private RequestService requests;

    /** A new request: the child's person id, the day received, the source's SEN2 code name, youth custody. */
    public static class NewRequest extends RequestForm {
        private static final long serialVersionUID = 1L;
        private Long personId;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }
    }

    /** Any one step: the fields it needs and the version read. */
    public static class Step {
        private Boolean assess;
        private LocalDate on;
        private String reason;
        private String kind;
        private String askedOf;
        private String ground;
        private LocalDate from;
        private LocalDate to;
        private String note;
        private Long version;
        private Long settingId;
        private String comments;
        private String answer;

        public Long getSettingId() {
            return settingId;
        }

        public void setSettingId(Long settingId) {
            this.settingId = settingId;
        }

        public String getComments() {
            return comments;
        }

        public void setComments(String comments) {
            this.comments = comments;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public Boolean getAssess() {
            return assess;
        }

        public void setAssess(Boolean assess) {
            this.assess = assess;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getAskedOf() {
            return askedOf;
        }

        public void setAskedOf(String askedOf) {
            this.askedOf = askedOf;
        }

        public String getGround() {
            return ground;
        }

        public void setGround(String ground) {
            this.ground = ground;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a request for an EHC needs assessment (ages 0-25); its received date starts the 20-week clock")
    public Response record(NewRequest request) {
        if (request == null || request.getPersonId() == null) {
            throw new InvalidInputException("personId", "Say which child or young person the request is for (personId).");
        }
        return Response.status(Response.Status.CREATED).entity(requests.record(request.getPersonId(), request)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your open requests with their 20-week clock, longest waiting first")
    public List<RequestView> mine() {
        return requests.myCaseload();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A request with its clocks, advice (health and social care advice only with the health-data permission) and exceptions")
    public RequestView one(@PathParam("id") long id) {
        return requests.find(id);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide whether to assess (assess, on, reason when not); send the version read")
    public RequestView decide(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.decide(id, s.getAssess(), s.getOn(), s.getReason(), s.getVersion());
    }

    @POST
    @Path("/{id}/advice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for advice (kind EDUCATION, HEALTH, SOCIAL_CARE, PSYCHOLOGY, OTHER; askedOf; on): due 6 weeks later")
    public RequestView askForAdvice(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.askForAdvice(id, s.getKind(), s.getAskedOf(), s.getOn(), s.getVersion());
    }

    @PUT
    @Path("/{id}/advice/{adviceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the day advice arrived (on)")
    public RequestView adviceReceived(@PathParam("id") long id, @PathParam("adviceId") long adviceId, Step step) {
        Step s = orEmpty(step);
        return requests.adviceReceived(id, adviceId, s.getOn(), s.getVersion());
    }

    @POST
    @Path("/{id}/exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a permitted exception (ground A-D, from, to, note); the clock does not stop")
    public RequestView exception(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.recordException(id, s.getGround(), s.getFrom(), s.getTo(), s.getNote(), s.getVersion());
    }

    @POST
    @Path("/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the draft plan to the family (on): their 15 days start and the plan is made")
    public RequestView draft(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.issueDraft(id, s.getOn(), s.getVersion());
    }

    @POST
    @Path("/{id}/final")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the final plan (on), after the family's 15 days")
    public RequestView issueFinal(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.issueFinal(id, s.getOn(), s.getVersion());
    }

    @POST
    @Path("/{id}/not-to-issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide not to issue a plan after the assessment (on, reason)")
    public RequestView notToIssue(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.notToIssue(id, s.getOn(), s.getReason(), s.getVersion());
    }

    @PUT
    @Path("/{id}/family-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The family's response to the draft plan (on, comments, and settingId when they ask for a setting to be named)")
    public RequestView familyResponse(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.recordFamilyResponse(id, s.getOn(), s.getComments(), s.getSettingId(), s.getVersion());
    }

    @POST
    @Path("/{id}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Consult a setting (settingId, on) about being named in the plan; it has 15 days to answer")
    public RequestView consult(@PathParam("id") long id, Step step) {
        Step s = orEmpty(step);
        return requests.consult(id, s.getSettingId(), s.getOn(), s.getVersion());
    }

    @PUT
    @Path("/{id}/consultations/{consultationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The consulted setting's answer (on, answer: AGREES or OBJECTS, note)")
    public RequestView consultationAnswered(@PathParam("id") long id, @PathParam("consultationId") long consultationId, Step step) {
        Step s = orEmpty(step);
        return requests.consultationAnswered(id, consultationId, s.getOn(), s.getAnswer(), s.getNote(), s.getVersion());
    }

    private static Step orEmpty(Step step) {
        return step == null ? new Step() : step;
    }
}
