package org.harbour.youthjustice.jdmp.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.jdmp.domain.PanelDetails;

import java.time.LocalDate;
import java.util.List;

/** The Joint Decision-Making Panel's agenda, assessments and decisions. The service checks who may do what. */
@Path("/youth-justice/panel-referrals")
@RequestScoped
@Tag(name = "Youth justice")
public class JdmpResource {

    @Inject
    private JdmpService panel;

    /** The service's assessment, done on a day. */
    public static class Assessment {
        private LocalDate assessedOn;
        private Long version;

        public LocalDate getAssessedOn() {
            return assessedOn;
        }

        public void setAssessedOn(LocalDate assessedOn) {
            this.assessedOn = assessedOn;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /**
     * The panel's decision: a code of the outcome list that the panel may decide, its day, who sat,
     * the gravity score it settled on (the offence's when left out) and, for a youth conditional
     * caution only, the conditions and the day they end.
     */
    public static class Decision {
        private String decision;
        private LocalDate decidedOn;
        private String attendees;
        private Integer gravity;
        private String conditions;
        private LocalDate conditionsEndOn;
        private Long version;

        public String getAttendees() {
            return attendees;
        }

        public void setAttendees(String attendees) {
            this.attendees = attendees;
        }

        public Integer getGravity() {
            return gravity;
        }

        public void setGravity(Integer gravity) {
            this.gravity = gravity;
        }

        public String getConditions() {
            return conditions;
        }

        public void setConditions(String conditions) {
            this.conditions = conditions;
        }

        public LocalDate getConditionsEndOn() {
            return conditionsEndOn;
        }

        public void setConditionsEndOn(LocalDate conditionsEndOn) {
            this.conditionsEndOn = conditionsEndOn;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public void setDecidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The panel's agenda: referrals not yet decided, longest waiting first")
    public List<JdmpView> agenda() {
        return panel.agenda();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One panel referral")
    public JdmpView one(@PathParam("id") long id) {
        return panel.find(id);
    }

    @POST
    @Path("/{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the service's assessment for the panel; send the referral's version")
    public JdmpView assessed(@PathParam("id") long id, Assessment request) {
        Assessment body = request == null ? new Assessment() : request;
        return panel.recordAssessment(id, body.getAssessedOn(), body.getVersion());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the panel's one decision, which becomes the child's outcome for the offence, with who sat, "
            + "its gravity score and a youth conditional caution's conditions and end day")
    public JdmpView decide(@PathParam("id") long id, Decision request) {
        Decision body = request == null ? new Decision() : request;
        return panel.decide(id, body.getDecision(), body.getDecidedOn(), body.getVersion(),
                new PanelDetails(body.getAttendees(), body.getGravity(), body.getConditions(), body.getConditionsEndOn()));
    }
}
