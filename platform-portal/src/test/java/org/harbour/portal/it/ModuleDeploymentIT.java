package org.harbour.portal.it;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deployment-time choices, in one Payara Micro JVM: a portal with no domain module, one with
 * each module alone, one with a module whose requirement is missing and one with a module that
 * needs a newer version of another; both must fail with a message naming the module (and both versions).
 */
class ModuleDeploymentIT {

    private static final List<String> MODULES = List.of("continuing-care", "youth-justice", "send", "pause", "performance");
    private static final String PASSWORD = "Harbour-demo-2026";

    @Test
    void thePortalWorksWithNoModuleAndWithEachAloneAndRefusesABrokenOne() throws Exception {
        Path dir = Path.of(System.getProperty("harbour.it.workDir", "target/it"), "deployments");
        Files.createDirectories(dir);
        Map<String, List<String>> portals = new LinkedHashMap<>();
        portals.put("none", List.of());
        MODULES.forEach(m -> portals.put("only-" + m, List.of(m)));
        List<Path> wars = new ArrayList<>();
        for (Map.Entry<String, List<String>> portal : portals.entrySet()) {
            wars.add(export(withOnly(portal.getKey(), portal.getValue()), dir, portal.getKey()));
        }
        wars.add(export(withOnly("broken", MODULES).addAsLibrary(PortalDeployment.brokenModule()), dir, "broken"));
        wars.add(export(withOnly("needs-newer", MODULES).addAsLibrary(PortalDeployment.tooOldRequirementModule()),
                dir, "needs-newer"));

        try (MicroProcess micro = MicroProcess.start(wars, dir.resolve("payara.log"))) {
            for (Map.Entry<String, List<String>> portal : portals.entrySet()) {
                String context = portal.getKey();
                PortalSession admin = PortalSession.signIn(URI.create(micro.baseUrl() + context + "/"), "admin", PASSWORD);
                HttpResponse<String> modules = admin.get("api/modules");
                assertThat(modules.statusCode()).isEqualTo(200);
                for (String module : MODULES) {
                    boolean deployed = portal.getValue().contains(module);
                    assertThat(modules.body().contains("\"id\":\"" + module + "\"")).as(context + " lists " + module)
                            .isEqualTo(deployed);
                    assertThat(admin.get(module + "/index.xhtml").statusCode()).as(context + " page of " + module)
                            .isEqualTo(deployed ? 200 : 404);
                }
                assertThat(admin.get("index.xhtml").body()).contains("Welcome, Alex Morgan");
            }

            assertThat(micro.output()).anyMatch(line -> line.contains(
                    "Harbour module error: Module 'broken' requires module 'nonexistent', which is not deployed."));
            assertThat(micro.output()).anyMatch(line -> line.contains("Harbour module error: Module 'needs-newer' requires"
                    + " module 'performance' version 9.0.0 or later, but version 0.1.0 is deployed."));
            for (String refused : List.of("broken", "needs-newer")) {
                HttpResponse<String> page = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(micro.baseUrl() + refused + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as("the " + refused + " portal is not deployed").isEqualTo(404);
            }
        }
    }

    /** The portal WAR without the module JARs not named, and with a database of its own. */
    private static WebArchive withOnly(String name, List<String> keep) {
        WebArchive war = PortalDeployment.portalWith();
        for (String module : MODULES) {
            if (!keep.contains(module)) {
                war.delete("WEB-INF/lib/module-" + module + ".jar");
            }
        }
        return war.addAsResource(new StringAsset("config_ordinal=500\nharbour.db.url=jdbc:derby:memory:" + name
                + ";create=true\n"), "META-INF/microprofile-config.properties");
    }

    /** Payara Micro takes the context root from the file name. */
    private static Path export(WebArchive war, Path dir, String contextRoot) {
        Path file = dir.resolve(contextRoot + ".war");
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
