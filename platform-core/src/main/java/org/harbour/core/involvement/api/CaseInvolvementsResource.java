package org.harbour.core.involvement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.api.problem.ProblemException;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.involvement.application.InvolvementForm;
import org.harbour.core.involvement.application.InvolvementService;
import org.harbour.core.involvement.application.InvolvementView;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.InvolvementRuleException;
import org.harbour.core.person.application.RecordAccess;

import java.util.List;
import java.util.function.Supplier;

/**
 * A child's involvements with children's social care: the same services, permission and need-to-know
 * checks as the pages. Errors are problem details; broken rules list each field in {@code errors}.
 */
@Path("/cases/{personId}/involvements")
@RequestScoped
@Tag(name = "Involvements", description = "Contacts, referrals, assessments, plans, enquiries, periods of care")
@APIResponse(responseCode = "403", description = "The user's role does not grant core:records",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "404", description = "No child the user may see has this id (unknown and refused look the same)",
        content = @Content(mediaType = "application/problem+json"))
public class CaseInvolvementsResource {

    private static final String RECORDS = "core:records";

    @Inject
    private InvolvementService involvements;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every involvement and placement episode of the child, oldest first, with timescales")
    @APIResponse(responseCode = "200", description = "The child's involvements",
            content = @Content(schema = @Schema(implementation = InvolvementView.class)))
    public List<InvolvementView> list(@Parameter(description = "The child's person id") @PathParam("personId") long personId) {
        permitted(personId, InvolvementService.VIEW);
        return involvements.list(personId);
    }

    @GET
    @Path("/{kind}/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One involvement of the child, with the version to send back when updating it")
    public InvolvementView one(@PathParam("personId") long personId,
                               @Parameter(description = "e.g. referral, assessment, cp-plan, placement-episode")
                               @PathParam("kind") String kind, @PathParam("id") long id) {
        permitted(personId, InvolvementService.VIEW);
        return involvements.find(personId, kind(kind), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an involvement; the JSON names its kind. A referral for a child with no open case opens one, "
            + "allocated to the caller")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = InvolvementView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken; errors[] names each field",
            content = @Content(mediaType = "application/problem+json"))
    public Response record(@PathParam("personId") long personId, InvolvementForm form) {
        permitted(personId, "INVOLVEMENT_CREATE");
        InvolvementView view = checked(() -> involvements.record(personId, required(form)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(view.getKind()).path(Long.toString(view.getId())).build())
                .type(MediaType.APPLICATION_JSON).entity(view).build();
    }

    @PUT
    @Path("/{kind}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an involvement; send the version you read")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = InvolvementView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken; errors[] names each field",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Someone else changed it since the version sent",
            content = @Content(mediaType = "application/problem+json"))
    public InvolvementView update(@PathParam("personId") long personId, @PathParam("kind") String kind,
                                  @PathParam("id") long id, InvolvementForm form) {
        permitted(personId, InvolvementService.UPDATE);
        return checked(() -> involvements.update(personId, kind(kind), id, required(form)));
    }

    private void permitted(long personId, String action) {
        if (!access.has(RECORDS)) {
            audit.denied(action, RecordAccess.RECORD_TYPE, Long.toString(personId), "Missing permission " + RECORDS);
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN,
                    "Your role does not allow you to open or record on children's records."));
        }
    }

    private static InvolvementKind kind(String value) {
        return InvolvementKind.parse(value).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "There is no kind of involvement called '" + value + "'.")));
    }

    private static InvolvementForm required(InvolvementForm form) {
        if (form == null) {
            throw new ProblemException(Problem.typed(Response.Status.BAD_REQUEST, "validation", "Invalid input",
                    "Send the involvement as JSON.").withError("kind", "Say which kind of involvement this is."));
        }
        return form;
    }

    private static InvolvementView checked(Supplier<InvolvementView> action) {
        try {
            return action.get();
        } catch (InvolvementRuleException e) {
            Problem problem = Problem.typed(Response.Status.BAD_REQUEST, "validation", "Invalid input",
                    "Some fields are missing or not valid; nothing was saved.");
            e.violations().forEach(v -> problem.withError(v.field(), v.message()));
            throw new ProblemException(problem);
        }
    }
}
