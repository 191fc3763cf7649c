package org.harbour.send.learner.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.send.learner.application.LearnerService;
import org.harbour.send.learner.application.LearnerView;

/** A child's learner numbers for SEN2. Permission and reach are checked by the service. */
@Path("/send/children/{personId}/learner")
@RequestScoped
@Tag(name = "SEND")
public class LearnersResource {

    @Inject
    private LearnerService learners;

    /** The ULN, the UPN-unknown code (UN1-UN7) and the version read. */
    public static class Numbers {
        private String uln;
        private String upnUnknown;
        private Long version;

        public String getUln() {
            return uln;
        }

        public void setUln(String uln) {
            this.uln = uln;
        }

        public String getUpnUnknown() {
            return upnUnknown;
        }

        public void setUpnUnknown(String upnUnknown) {
            this.upnUnknown = upnUnknown;
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
    @Operation(summary = "The child's UPN (from the person index), ULN and the reason a UPN is unknown")
    public LearnerView one(@PathParam("personId") long personId) {
        return learners.find(personId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the ULN (10 digits, checked) and the UPN-unknown code; send the version read once recorded")
    public LearnerView record(@PathParam("personId") long personId, Numbers body) {
        Numbers b = body == null ? new Numbers() : body;
        return learners.record(personId, b.getUln(), b.getUpnUnknown(), b.getVersion());
    }
}
