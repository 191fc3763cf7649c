package org.harbour.core.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The portal's REST API; every module's resources live under {@code /api/<module-id>/...}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Harbour API", version = "1",
        description = "REST API of Harbour, the children's services platform.",
        license = @License(name = "Apache-2.0")))
public class HarbourApi extends Application {
}
