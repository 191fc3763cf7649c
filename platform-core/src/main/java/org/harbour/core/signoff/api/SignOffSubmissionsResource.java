package org.harbour.core.signoff.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.caseload.api.CaseApiAccess;
import org.harbour.core.signoff.application.SignOffService;
import org.harbour.core.spi.error.InvalidInputException;

/** A practitioner submits an assessment or plan of the child for a team manager's sign-off. */
@Path("/cases/{personId}/sign-offs")
@RequestScoped
@Tag(name = "Sign-off")
public class SignOffSubmissionsResource {

    @Inject
    private SignOffService signOffs;

    @Inject
    private CaseApiAccess apiAccess;

    /** What a practitioner submits: the assessment or plan. */
    public static class Submission {
        private Long involvementId;

        public Long getInvolvementId() {
            return involvementId;
        }

        public void setInvolvementId(Long involvementId) {
            this.involvementId = involvementId;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an assessment or plan of the child for a team manager's sign-off")
    public Response submit(@PathParam("personId") long personId, Submission request) {
        apiAccess.require(CaseApiAccess.RECORDS, SignOffService.SUBMIT, personId);
        if (request == null || request.getInvolvementId() == null) {
            throw new InvalidInputException("involvementId", "Name the assessment or plan to submit.");
        }
        return Response.status(Response.Status.CREATED).entity(signOffs.submit(personId, request.getInvolvementId())).build();
    }

}
