package org.harbour.core.signoff.api;

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
import org.harbour.core.signoff.application.SignOffService;
import org.harbour.core.signoff.application.SignOffView;
import org.harbour.core.spi.error.InvalidInputException;

import java.util.List;

/** The sign-off queue of the signed-in manager, and their decisions. */
@Path("/sign-offs")
@RequestScoped
@Tag(name = "Sign-off")
public class SignOffsResource {

    @Inject
    private SignOffService signOffs;

    /** A manager's decision: {@code sign-off} or {@code return} (with a reason), on the version they read. */
    public static class Decision {
        private String decision;
        private Long version;
        private String reason;

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

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @GET
        @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What waits for the signed-in manager's sign-off, oldest first")
    public List<SignOffView> queue() {
        return signOffs.queue();
    }

    @POST
    @Path("/{signOffId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign off, or return with a reason; send the version you read (409 if already decided)")
    public SignOffView decide(@PathParam("signOffId") long signOffId, Decision request) {
        if (request == null || request.getVersion() == null) {
            throw new InvalidInputException("version", "Send the version of the submission you read.");
        }
        if ("sign-off".equals(request.getDecision())) {
            return signOffs.approve(signOffId, request.getVersion());
        }
        if ("return".equals(request.getDecision())) {
            return signOffs.giveBack(signOffId, request.getVersion(), request.getReason());
        }
        throw new InvalidInputException("decision", "Say 'sign-off' or 'return'.");
    }
}
