package org.harbour.continuingcare.packages.api;

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
import org.harbour.continuingcare.packages.application.PackageForm;
import org.harbour.continuingcare.packages.application.PackageService;
import org.harbour.continuingcare.packages.application.PackageView;

/** Packages proposed for a referral. Permission and need to know are checked by the service. */
@Path("/continuing-care/referrals/{id}/packages")
@RequestScoped
@Tag(name = "Continuing care")
public class ReferralPackagesResource {

    @Inject
    private PackageService packages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a package or placement; the clinical review flag follows its annual cost")
    public Response propose(@PathParam("id") long id, PackageForm form) {
        PackageView view = packages.propose(id, form == null ? new PackageForm() : form);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
