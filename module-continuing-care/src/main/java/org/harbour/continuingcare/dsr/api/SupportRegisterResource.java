package org.harbour.continuingcare.dsr.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.continuingcare.dsr.application.RegisterForm;
import org.harbour.continuingcare.dsr.application.RegisterService;
import org.harbour.continuingcare.dsr.application.RegisterView;

import java.util.List;

/** The Dynamic Support Register: children with a learning disability and/or autism at risk of admission. */
@Path("/continuing-care/dsr")
@RequestScoped
@Tag(name = "Continuing care")
public class SupportRegisterResource {

    @Inject
    private RegisterService register;

    /** Why a child leaves the register, and the version read. */
    public static class Closing {
        private String reason;
        private Long version;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
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
    @Operation(summary = "Children on the register whom you may reach, red first; rag=RED|AMBER|GREEN to filter")
    public List<RegisterView> list(@QueryParam("rag") String rag) {
        return register.list(rag);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One register entry with its actions and next review")
    public RegisterView one(@PathParam("id") long id) {
        return register.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a child from the person index, with needs, RAG rating and reason, latest review and actions")
    public Response add(RegisterForm form) {
        return Response.status(Response.Status.CREATED).entity(register.add(form == null ? new RegisterForm() : form)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entry; send the version you read (409 naming who changed it, if it changed since)")
    public RegisterView update(@PathParam("id") long id, RegisterForm form) {
        return register.update(id, form == null ? new RegisterForm() : form);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the child off the register, with the reason")
    public RegisterView close(@PathParam("id") long id, Closing body) {
        Closing c = body == null ? new Closing() : body;
        return register.close(id, c.getReason(), c.getVersion());
    }
}
