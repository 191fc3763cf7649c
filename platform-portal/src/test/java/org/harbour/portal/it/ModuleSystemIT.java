package org.harbour.portal.it;

import jakarta.inject.Inject;
import org.harbour.core.access.application.ModuleSwitchboard;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.application.ChainVerification;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.identity.application.PermissionCatalogue;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.schema.SchemaMigrator;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.ModuleRequirement;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.core.spi.settings.UndeclaredSettingException;
import org.harbour.portal.testmodule.greeting.application.HelloGreetings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform with the guide's test module deployed beside the real ones: the module joins
 * through the SPI, and its pages, actions and endpoints answer only where it is switched on.
 */
@FirstStart
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class ModuleSystemIT {

    private static final String PASSWORD = "Harbour-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(ModuleSystemIT.class, PortalSession.class)
                .addAsLibrary(PortalDeployment.helloModule());
    }

    @Inject
    ModuleRegistry registry;

    @Inject
    SchemaMigrator migrator;

    @Inject
    HelloGreetings greetings;

    @Inject
    PermissionCatalogue permissions;

    @Inject
    ModuleSwitchboard switchboard;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    PortalDatabase database;

    @Inject
    ModuleSettings settings;

    @ArquillianResource
    URL portal;

    @Test
    void theTestModuleJoinsThroughTheSpiWithItsOwnSchemaPermissionAndDemoData() {
        assertEquals(List.of("continuing-care", "performance", "hello", "pause", "send", "youth-justice"),
                registry.modules().stream().map(ModuleDescriptor::getId).toList(), "hello comes after the module it requires");
        assertEquals(List.of("performance >= 0.1.0"), registry.find("hello").orElseThrow().getRequirements().stream()
                .map(ModuleRequirement::toString).toList());
        assertTrue(migrator.reports().stream().anyMatch(r -> r.getModuleId().equals("hello")
                && "2".equals(r.getCurrentVersion())), "hello's own migrations ran");
        assertEquals("Hello from the hello module", greetings.getGreeting());

        assertTrue(permissions.codesOf("grace.lee").contains("hello:access"), "granted to practitioners by default");
        assertFalse(permissions.codesOf("olivia.brown").contains("hello:access"), "not to analysts");

        assertTrue(switchboard.isEnabled(area("SEND_TEAM"), "hello"), "its demo seeder switched it on for SEND");
        assertFalse(switchboard.isEnabled(area("YOUTH_JUSTICE"), "hello"));
    }

    @Test
    @RunAsClient
    void theModuleAnswersOnlyWhereItIsSwitchedOnAndTheRoleAllowsIt() throws Exception {
        PortalSession grace = PortalSession.signIn(portal.toURI(), "grace.lee", PASSWORD);
        HttpResponse<String> page = grace.get("hello/index.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Hello from the hello module"));
        HttpResponse<String> api = grace.get("api/hello/greeting");
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"greeting\":\"Hello from the hello module\""), api.body());
        String home = grace.get("index.xhtml").body();
        assertTrue(home.contains("data-module=\"hello\""), "navigation entry");
        assertTrue(home.contains("class=\"hello-widget\""), "home page widget");

        java.util.regex.Matcher child = java.util.regex.Pattern.compile("case/child.xhtml\\?id=(\\d+)").matcher(home);
        assertTrue(child.find(), "caseload links to the child's record");
        HttpResponse<String> record = grace.get("case/child.xhtml?id=" + child.group(1));
        assertEquals(200, record.statusCode());
        assertTrue(record.body().contains("data-tab=\"hello\""), "the module's tab on the child's record");
        assertTrue(record.body().contains("hello-tab-person-" + child.group(1)), "the tab is given the child's id");

        PortalSession dan = PortalSession.signIn(portal.toURI(), "dan.hughes", PASSWORD);
        assertEquals(404, dan.get("case/child.xhtml?id=" + child.group(1)).statusCode(),
                "a child outside the user's service areas is not found");
        assertEquals(404, dan.get("case/child.xhtml?id=999999").statusCode(), "nor is an id that does not exist");
        assertEquals(403, dan.get("hello/index.xhtml").statusCode(), "view refused where the module is off");
        HttpResponse<String> refusedApi = dan.get("api/hello/greeting");
        assertEquals(403, refusedApi.statusCode(), "endpoint refused");
        assertEquals("application/problem+json", refusedApi.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(refusedApi.body().contains("\"status\":403"));
        String viewState = PortalSession.viewState(grace.get("hello/index.xhtml").body());
        assertEquals(403, dan.post("hello/index.xhtml", Map.of("logout-form", "logout-form",
                "jakarta.faces.ViewState", viewState)).statusCode(), "Faces action refused");
        String danHome = dan.get("index.xhtml").body();
        assertFalse(danHome.contains("data-module=\"hello\""), "no navigation entry");
        assertFalse(danHome.contains("hello-widget"), "no widget");

        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        assertEquals(403, olivia.get("hello/index.xhtml").statusCode(), "role without hello:access");
        assertEquals(403, olivia.get("pause/index.xhtml").statusCode(), "real modules are guarded the same way");

        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        assertEquals(200, admin.get("hello/index.xhtml").statusCode(), "administrators are in every area");
        assertEquals(200, admin.get("admin/modules.xhtml").statusCode());
        assertEquals(403, olivia.get("admin/modules.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void theTestModuleImportsNothingOfCoreButItsPublishedApi() throws IOException {
        Path sources = Path.of("src/test/java/org/harbour/portal/testmodule");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> outside = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(line -> line.startsWith("import org.harbour."))
                            .filter(line -> !line.startsWith("import org.harbour.core.spi.")
                                    && !line.startsWith("import org.harbour.portal.testmodule."))
                            .map(line -> f.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void theTestModulesSettingIsDeclaredInCodeStoredShownCheckedAndAudited() throws Exception {
        assertEquals(1, count("SELECT COUNT(*) FROM core_module_setting WHERE module_id = 'hello' AND setting_key = 'times'"),
                "no migration inserts it: the platform stored the declared default at start-up");
        assertEquals("1 to 5", settings.definition("hello", "times").getBounds());
        assertThrows(UndeclaredSettingException.class, () -> settings.intValue("hello", "colour"));
        assertThrows(IllegalArgumentException.class, () -> settings.booleanValue("hello", "times"), "read as its own kind");

        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        String page = admin.get("admin/modules.xhtml").body();
        Matcher row = Pattern.compile("<tr data-setting=\"hello.times\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "the modules page lists the setting");
        assertTrue(row.group(1).contains("How many times the landing page says hello"), row.group(1));
        assertTrue(row.group(1).contains("Whole number") && row.group(1).contains("1 to 5"), "its kind and bounds");
        int before = settings.intValue("hello", "times");

        String refused = saveSetting(admin, page, "hello.times", "9").body();
        assertTrue(refused.contains("Setting hello.times: ") && refused.contains("9") && refused.contains(
                "is not allowed; enter a whole number from 1 to 5. Nothing was saved."), "names the setting and the range");
        assertEquals(before, settings.intValue("hello", "times"), "nothing saved");
        assertTrue(audit.forRecord("module-setting", "hello.times", 5).stream().anyMatch(e -> e.getActor().equals("admin")
                && e.getAction().equals("MODULE_SETTING") && e.getOutcome().equals("FAILURE")), "the refusal is audited");

        int next = before == 3 ? 4 : 3;
        String saved = saveSetting(admin, refused, "hello.times", Integer.toString(next)).body();
        assertTrue(saved.contains("Setting hello.times is now " + next + "."), "confirmed");
        assertEquals(next, settings.intValue("hello", "times"));
        AuditEntry change = audit.forRecord("module-setting", "hello.times", 5).stream()
                .filter(e -> e.getOutcome().equals("SUCCESS")).findFirst().orElseThrow();
        assertEquals("Changed from " + before + " to " + next, change.getDetail());
        PortalSession grace = PortalSession.signIn(portal.toURI(), "grace.lee", PASSWORD);
        String landing = grace.get("hello/index.xhtml").body();
        assertTrue(landing.contains("data-times=\"" + next + "\""), "the module reads the new value at once");
        assertTrue(landing.contains("hello.times"), "the landing page's settings widget shows it");

        PortalSession otherAdmin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        String mine = admin.get("admin/modules.xhtml").body();
        String theirs = otherAdmin.get("admin/modules.xhtml").body();
        assertTrue(saveSetting(otherAdmin, theirs, "hello.times", "5").body().contains("Setting hello.times is now 5."));
        String crossed = saveSetting(admin, mine, "hello.times", "2").body();
        assertTrue(crossed.contains("admin changed this record"), "the later save is told who changed it");
        assertTrue(crossed.contains("It now holds 5."), "and what it holds now");
        assertEquals(5, settings.intValue("hello", "times"), "and does not overwrite it");

        assertTrue(saveSetting(admin, crossed, "hello.times", Integer.toString(before)).body()
                .contains("Setting hello.times is now " + before + "."), "saving again after seeing the change works");
    }

    /** Types a value into one setting's field on the modules page and presses its Save button. */
    private static HttpResponse<String> saveSetting(PortalSession admin, String page, String setting, String value)
            throws Exception {
        String field = null;
        String button = null;
        Matcher input = Pattern.compile("<input[^>]*>").matcher(page);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("data-setting=\"" + setting + "\"")) {
                Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(tag);
                assertTrue(name.find(), tag);
                if (tag.contains("type=\"submit\"")) {
                    button = name.group(1);
                } else {
                    field = name.group(1);
                }
            }
        }
        assertNotNull(field, "the field of " + setting);
        assertNotNull(button, "the Save button of " + setting);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("modules-form", "modules-form");
        form.put(field, value);
        form.put(button, "Save");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(page));
        HttpResponse<String> response = admin.post("admin/modules.xhtml", form);
        assertEquals(200, response.statusCode());
        return response;
    }

    @Test
    void aRefusedRequestIsAuditedAndTheChainStaysIntact() throws Exception {
        PortalSession dan = PortalSession.signIn(portal.toURI(), "dan.hughes", PASSWORD);
        assertEquals(403, dan.get("api/hello/greeting").statusCode());

        List<AuditEntry> latest = audit.latest(20);
        assertTrue(latest.stream().anyMatch(e -> e.getActor().equals("dan.hughes") && e.getAction().equals("ACCESS")
                && e.getOutcome().equals("DENIED") && "hello".equals(e.getRecordId())), "refusal audited");
        assertTrue(latest.stream().anyMatch(e -> e.getActor().equals("dan.hughes") && e.getAction().equals("LOGIN")
                && e.getOutcome().equals("SUCCESS")), "sign-in audited");

        PortalSession grace = PortalSession.signIn(portal.toURI(), "grace.lee", PASSWORD);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("case/child.xhtml\\?id=(\\d+)")
                .matcher(grace.get("index.xhtml").body());
        assertTrue(link.find());
        String child = link.group(1);
        assertEquals(200, grace.get("case/child.xhtml?id=" + child).statusCode());
        assertEquals(404, dan.get("case/child.xhtml?id=" + child).statusCode());
        List<AuditEntry> aboutChild = audit.forRecord("person", child, 20);
        assertTrue(aboutChild.stream().anyMatch(e -> e.getActor().equals("grace.lee") && e.getAction().equals("PERSON_VIEW")
                && e.getOutcome().equals("SUCCESS")), "reading a child's record is audited");
        assertTrue(aboutChild.stream().anyMatch(e -> e.getActor().equals("dan.hughes") && e.getAction().equals("PERSON_VIEW")
                && e.getOutcome().equals("DENIED")), "the refused attempt is audited too");
        assertTrue(audit.verify().isIntact());
    }

    @Test
    void alteringOneAuditRowIsDetectedAtThatRow() throws Exception {
        AuditEntry victim = audit.latest(50).stream().filter(e -> e.getAction().equals("MODULE_SWITCH"))
                .findFirst().orElseThrow();
        try {
            update(victim.getId(), "Switched off for service area SEND_TEAM");
            ChainVerification result = audit.verify();
            assertFalse(result.isIntact());
            assertEquals(victim.getId(), result.getFirstBrokenEntryId());
            assertTrue(result.getProblem().contains("altered"), result.getProblem());
        } finally {
            update(victim.getId(), victim.getDetail());
        }
        assertTrue(audit.verify().isIntact(), "restoring the row mends the chain");
    }

    @Test
    void aModulesScheduledJobRunsUnderALeaseAndRecordsItsOutcome() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (count("SELECT COUNT(*) FROM hello_job_run") < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertTrue(count("SELECT COUNT(*) FROM hello_job_run") >= 2, "the job ran, and again when next due");
        assertEquals(1, count("SELECT COUNT(*) FROM core_job_lease WHERE job_key = 'hello:record-run'"
                + " AND last_outcome = 'OK' AND last_run_at IS NOT NULL"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(long id, String detail) throws Exception {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE core_audit_entry SET detail = ? WHERE id = ?")) {
            ps.setString(1, detail);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private long area(String code) {
        return directory.serviceAreas().stream().filter(a -> a.getCode().equals(code)).map(ServiceArea::getId)
                .findFirst().orElseThrow();
    }
}
