package org.harbour.send.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.send.review.application.ReviewDue;
import org.harbour.send.review.application.ReviewService;
import org.harbour.send.review.application.ReviewView;

import java.time.LocalDate;
import java.util.List;

/** Annual reviews of EHC plans and the due lists. Permission and reach are checked by the service. */
@Path("/send/reviews")
@RequestScoped
@Tag(name = "SEND")
public class ReviewsResource {

    @Inject
    private ReviewService reviews;

    /** A review meeting: the plan, the day, and the phase transfer with the year of the move when there is one. */
    public static class Meeting {
        private Long planId;
        private LocalDate meetingOn;
        private String phaseTransfer;
        private Integer transferYear;

        public Long getPlanId() {
            return planId;
        }

        public void setPlanId(Long planId) {
            this.planId = planId;
        }

        public LocalDate getMeetingOn() {
            return meetingOn;
        }

        public void setMeetingOn(LocalDate meetingOn) {
            this.meetingOn = meetingOn;
        }

        public String getPhaseTransfer() {
            return phaseTransfer;
        }

        public void setPhaseTransfer(String phaseTransfer) {
            this.phaseTransfer = phaseTransfer;
        }

        public Integer getTransferYear() {
            return transferYear;
        }

        public void setTransferYear(Integer transferYear) {
            this.transferYear = transferYear;
        }
    }

    /** A step of the review: its day, the decision when it is the decision, and the version read. */
    public static class Step {
        private LocalDate on;
        private String decision;
        private Long version;
        private List<String> areas;
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public List<String> getAreas() {
            return areas;
        }

        public void setAreas(List<String> areas) {
            this.areas = areas;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @GET
    @Path("/due")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Active plans whose annual review meeting is due within the weeks given (default 8), overdue first")
    public List<ReviewDue> due(@QueryParam("weeks") String weeks) {
        return reviews.due(weeks == null ? null : whole(weeks, "weeks"));
    }

    @GET
    @Path("/transfers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reviews for a phase transfer in September of the year whose amended plan is outstanding, by deadline")
    public List<ReviewView> transfers(@QueryParam("year") String year) {
        return reviews.transfersDue(year == null ? null : whole(year, "year"));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The reviews of a plan, latest first")
    public List<ReviewView> ofPlan(@QueryParam("planId") String planId) {
        if (planId == null) {
            throw new InvalidInputException("planId", "Say which plan's reviews to list.");
        }
        return reviews.ofPlan(whole(planId, "planId"));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A review with each step's due date, the next step and whether it is late")
    public ReviewView one(@PathParam("id") long id) {
        return reviews.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a review meeting (phaseTransfer: INTO_SCHOOL, INFANT_TO_JUNIOR, PRIMARY_TO_SECONDARY, SCHOOL_TO_POST_16)")
    public Response meeting(Meeting body, @Context UriInfo uri) {
        Meeting b = body == null ? new Meeting() : body;
        ReviewView made = reviews.recordMeeting(b.getPlanId(), b.getMeetingOn(), b.getPhaseTransfer(), b.getTransferYear());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.id())).build()).entity(made).build();
    }

    @POST
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The review report sent (due within 2 weeks of the meeting)")
    public ReviewView report(@PathParam("id") long id, Step body) {
        Step b = body == null ? new Step() : body;
        return reviews.reportSent(id, b.getOn(), b.getVersion());
    }

    @POST
    @Path("/{id}/cease-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "After a decision to cease: the plan ceases on the day (on) with the SEN2 reason (reason: CeaseReason's name)")
    public ReviewView ceasePlan(@PathParam("id") long id, Step body) {
        Step b = body == null ? new Step() : body;
        return reviews.ceasePlan(id, b.getOn(), b.getReason(), b.getVersion());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Maintain, amend or cease (due within 4 weeks of the meeting)")
    public ReviewView decision(@PathParam("id") long id, Step body) {
        Step b = body == null ? new Step() : body;
        return reviews.decide(id, b.getDecision(), b.getOn(), b.getVersion());
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The proposed amendments sent to the family, who have 15 days to comment")
    public ReviewView amendments(@PathParam("id") long id, Step body) {
        Step b = body == null ? new Step() : body;
        return reviews.proposeAmendments(id, b.getOn(), b.getVersion());
    }

    @POST
    @Path("/{id}/amended-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The final amended plan issued (within 12 weeks of the meeting, or by the phase transfer deadline)")
    public ReviewView amendedPlan(@PathParam("id") long id, Step body) {
        Step b = body == null ? new Step() : body;
        return reviews.issueAmendedPlan(id, b.getOn(), b.getVersion());
    }

    @PUT
    @Path("/{id}/adulthood")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "From Year 9: the preparing-for-adulthood areas the review looked at (areas: EMPLOYMENT, "
            + "INDEPENDENT_LIVING, COMMUNITY, HEALTH) with the version read")
    public ReviewView adulthood(@PathParam("id") long id, Step body) {
        Step b = body == null ? new Step() : body;
        return reviews.recordAdulthood(id, b.getAreas(), b.getVersion());
    }

    private static int whole(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Give a whole number.");
        }
    }
}
