package org.harbour.portal.it;

import org.harbour.portal.brokenmodule.BrokenModule;
import org.harbour.portal.brokenmodule.TooOldRequirementModule;
import org.harbour.portal.testmodule.HelloModule;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
                .addClasses(PortalDeployment.class, InContainerAsSystem.class);
    }

    /** The minimal module of the writing-a-module guide, as its own JAR. */
    public static JavaArchive helloModule() {
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, "module-hello.jar")
                .addPackages(true, HelloModule.class.getPackage());
        addTree(jar, Path.of("src/test/module-hello"));
        return jar;
    }

    /** A module JAR whose descriptor requires a module that is not deployed. */
    public static JavaArchive brokenModule() {
        return ShrinkWrap.create(JavaArchive.class, "module-broken.jar")
                .addClass(BrokenModule.class)
                .addAsManifestResource(new File("src/test/module-broken/beans.xml"), "beans.xml");
    }

    /** A module JAR whose descriptor requires a newer version of a module than the one deployed. */
    public static JavaArchive tooOldRequirementModule() {
        return ShrinkWrap.create(JavaArchive.class, "module-needs-newer.jar")
                .addClass(TooOldRequirementModule.class)
                .addAsManifestResource(new File("src/test/module-broken/beans.xml"), "beans.xml");
    }

    private static void addTree(JavaArchive jar, Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> jar.addAsResource(f.toFile(), root.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + root, e);
        }
    }
}
