package org.harbour.portal.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Builds Arquillian deployments from the portal WAR that the build has just assembled, so
 * integration tests run against exactly what ships.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive portalWith(Class<?>... testClasses) {
        File war = new File(System.getProperty("harbour.war", "target/harbour.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The portal WAR is missing at " + war + ": run the build's package phase first");
        }
        return ShrinkWrap.create(ZipImporter.class, "harbour.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses)
                .addClass(PortalDeployment.class);
    }
}
