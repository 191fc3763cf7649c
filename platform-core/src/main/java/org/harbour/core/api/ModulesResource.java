package org.harbour.core.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.module.ModuleDescriptor;
import org.harbour.core.module.ModuleRegistry;

import java.util.List;

/** Which modules this portal was built with. */
@Path("/modules")
@RequestScoped
@Tag(name = "Platform")
public class ModulesResource {

    @Inject
    private ModuleRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modules deployed in this portal, in dependency order")
    public List<ModuleDescriptor> modules() {
        return registry.modules();
    }
}
