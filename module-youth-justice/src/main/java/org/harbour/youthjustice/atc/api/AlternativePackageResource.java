package org.harbour.youthjustice.atc.api;

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
import org.harbour.youthjustice.access.api.DatedChange;
import org.harbour.youthjustice.atc.application.AlternativePackageService;
import org.harbour.youthjustice.atc.application.PackageForm;
import org.harbour.youthjustice.atc.application.PackageView;
import org.harbour.youthjustice.atc.application.ReviewForm;

import java.util.List;

/** Alternative-to-custody packages with their risk management plans and reviews; the service checks. */
@Path("/youth-justice/alternative-packages")
@RequestScoped
@Tag(name = "Youth justice")
public class AlternativePackageResource {

    @Inject
    private AlternativePackageService packages;

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's alternative-to-custody packages, latest first")
    public List<PackageView> ofChild(@PathParam("personId") long personId) {
        return packages.ofChild(personId);
    }

    @POST
    @Path("/children/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Begin a package: startedOn, summary, riskManagementPlan, reviewDueOn (within 3 months)")
    public Response start(@PathParam("personId") long personId, PackageForm form) {
        return Response.status(Response.Status.CREATED).entity(packages.start(personId, form)).build();
    }

    @PUT
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a review: reviewedOn, reviewDueOn (the next, within 3 months), riskManagementPlan as revised, version")
    public PackageView review(@PathParam("id") long id, ReviewForm form) {
        return packages.review(id, form);
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "End the package: {\"on\", \"version\"}")
    public PackageView end(@PathParam("id") long id, DatedChange body) {
        return packages.end(id, body == null ? null : body.getOn(), body == null ? null : body.getVersion());
    }
}
