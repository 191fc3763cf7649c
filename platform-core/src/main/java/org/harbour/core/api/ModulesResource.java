package org.harbour.core.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.schema.MigrationReport;
import org.harbour.core.schema.SchemaMigrator;
import org.harbour.core.spi.module.ModuleDescriptor;

import java.util.List;

/** Which modules this portal was built with. */
@Path("/modules")
@RequestScoped
@Tag(name = "Platform")
public class ModulesResource {

    @Inject
    private ModuleRegistry registry;

    @Inject
    private SchemaMigrator migrator;

    /** A deployed module and the schema version its migrations have reached. */
    public record ModuleInfo(String id, String name, String version, List<String> requires, String schemaVersion) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modules deployed in this portal, in dependency order, with their schema versions")
    public List<ModuleInfo> modules() {
        return registry.modules().stream().map(this::info).toList();
    }

    private ModuleInfo info(ModuleDescriptor m) {
        String schema = migrator.reports().stream().filter(r -> r.getModuleId().equals(m.getId()))
                .map(MigrationReport::getCurrentVersion).findFirst().orElse(null);
        return new ModuleInfo(m.getId(), m.getName(), m.getVersion(), m.getRequires(), schema);
    }
}
