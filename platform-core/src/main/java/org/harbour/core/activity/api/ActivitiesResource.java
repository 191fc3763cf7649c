package org.harbour.core.activity.api;

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
import org.harbour.core.activity.application.ActivityForm;
import org.harbour.core.activity.application.ActivityService;
import org.harbour.core.activity.application.ActivityView;
import org.harbour.core.activity.domain.ActivityKind;
import org.harbour.core.caseload.api.CaseApiAccess;
import org.harbour.core.spi.error.InvalidInputException;

import java.util.List;

/** Visits, supervisions, reviews and case notes on a child's case. */
@Path("/cases/{personId}/activities")
@RequestScoped
@Tag(name = "Cases")
public class ActivitiesResource {

    @Inject
    private ActivityService activities;

    @Inject
    private CaseApiAccess apiAccess;

    /** A new activity: its kind ({@code visit}, {@code supervision}, {@code review}, {@code note}) and fields. */
    public static class NewActivity extends ActivityForm {
        private static final long serialVersionUID = 1L;
        private String kind;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's activities, newest first")
    public List<ActivityView> list(@PathParam("personId") long personId) {
        apiAccess.require(CaseApiAccess.RECORDS, "ACTIVITY_VIEW", personId);
        return activities.list(personId);
    }

    @GET
    @Path("/{activityId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One activity of the child")
    public ActivityView one(@PathParam("personId") long personId, @PathParam("activityId") long activityId) {
        apiAccess.require(CaseApiAccess.RECORDS, "ACTIVITY_VIEW", personId);
        return activities.find(personId, activityId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a visit, supervision, review or case note on the child's case")
    public Response record(@PathParam("personId") long personId, NewActivity request) {
        apiAccess.require(CaseApiAccess.RECORDS, "ACTIVITY_CREATE", personId);
        NewActivity form = request == null ? new NewActivity() : request;
        ActivityKind kind = ActivityKind.fromParameter(form.getKind());
        if (kind == null) {
            throw new InvalidInputException("kind", "Say which kind of activity: visit, supervision, review or note.");
        }
        return Response.status(Response.Status.CREATED).entity(activities.record(personId, kind, form)).build();
    }

    @PUT
    @Path("/{activityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an activity you recorded; send the version you loaded (409 if it changed since)")
    public ActivityView update(@PathParam("personId") long personId, @PathParam("activityId") long activityId,
                               ActivityForm request) {
        apiAccess.require(CaseApiAccess.RECORDS, "ACTIVITY_UPDATE", personId);
        return activities.update(personId, activityId, request == null ? new ActivityForm() : request);
    }
}
