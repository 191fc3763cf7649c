package org.harbour.portal.it;

import org.eclipse.microprofile.config.ConfigProvider;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.PasswordHasher;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.identity.infrastructure.StaffIdentityStore;
import org.harbour.core.module.ModuleRegistry;
import org.harbour.core.schema.MigrationReport;
import org.harbour.core.schema.SchemaMigrator;
import org.harbour.core.settings.application.ModuleSettingStore;
import org.harbour.core.settings.application.SettingView;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.harbour.core.spi.module.NavigationEntry;
import org.harbour.core.spi.settings.UndeclaredSettingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assembled portal on a real Payara Micro with Derby: modules discovered, every schema
 * migrated, demo data loaded, staff sign-in, health, metrics and OpenAPI served.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class PlatformIT {

    private static final String DEMO_PASSWORD = "Harbour-demo-2026";
    private static final List<String> MODULES = List.of("continuing-care", "pause", "performance", "send", "youth-justice");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(PlatformIT.class);
    }

    @Inject
    ModuleRegistry registry;

    @Inject
    SchemaMigrator migrator;

    @Inject
    ModuleSettingStore settings;

    @Inject
    StaffDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    StaffIdentityStore identityStore;

    @Inject
    CaseloadService caseloads;

    @Inject
    Instance<NavigationEntry> navigation;

    @ArquillianResource
    URL portal;

    @Test
    void everyModuleIsDiscoveredInDependencyOrder() {
        assertEquals(MODULES, registry.modules().stream().map(ModuleDescriptor::getId).toList());
        assertEquals("SEND", registry.find("send").orElseThrow().getName());
    }

    @Test
    void everyModuleContributesItsLandingPageToTheNavigation() {
        Map<String, String> pages = navigation.stream()
                .collect(Collectors.toMap(NavigationEntry::getModuleId, NavigationEntry::getPath));
        assertEquals(MODULES.size(), pages.size());
        MODULES.forEach(id -> assertEquals("/" + id + "/index.xhtml", pages.get(id)));
    }

    @Test
    void coreAndEveryModuleSchemaAreMigrated() {
        assertTrue(migrator.isComplete(), () -> "migration failed: " + migrator.failure());
        List<MigrationReport> reports = migrator.reports();
        assertEquals("core", reports.get(0).getModuleId(), "core migrates first");
        assertEquals(Set.of("core", "continuing-care", "pause", "performance", "send", "youth-justice"),
                reports.stream().map(MigrationReport::getModuleId).collect(Collectors.toSet()));
        reports.forEach(r -> {
            // Every shipped migration applied (none pending), so each history has reached a real version.
            assertEquals(0, r.getPending(), r.getModuleId());
            assertTrue(Integer.parseInt(r.getCurrentVersion()) >= 1, r.getModuleId());
        });
    }

    @Test
    void eachModuleDeclaresItsSettingsWhichReadTypedWithTheirValuesKept() {
        assertEquals(8, settings.intValue("pause", "caseload-cap"));
        assertEquals(20, settings.intValue("send", "final-plan-weeks"));
        assertEquals("20", settings.value("send", "final-plan-weeks").orElseThrow(), "the untyped read still answers");
        assertEquals(new BigDecimal("150000"), settings.decimalValue("continuing-care", "clinical-review-threshold-gbp"));
        assertEquals("CONTINUING_CARE", settings.text("continuing-care", "team-service-area"));
        assertEquals("6 to 10", settings.definition("pause", "caseload-cap").getBounds());

        UndeclaredSettingException undeclared = assertThrows(UndeclaredSettingException.class,
                () -> settings.intValue("pause", "final-plan-weeks"), "settings are namespaced by module");
        assertTrue(undeclared.getMessage().contains("'pause.final-plan-weeks' is not declared"), undeclared.getMessage());
        assertThrows(IllegalArgumentException.class, () -> settings.booleanValue("pause", "caseload-cap"));

        assertEquals(List.of("clinical-review-threshold-gbp", "decision-expectation-weeks", "dsr-review-weeks",
                        "first-review-months", "team-service-area"),
                settings.viewsOf("continuing-care").stream().map(SettingView::getKey).toList());
        SettingView cap = settings.viewsOf("pause").get(0);
        assertEquals("pause.caseload-cap", cap.getName());
        assertEquals("Whole number", cap.getType());
        assertEquals("8", cap.getValue());
    }

    @Test
    void demoStaffPasswordsAreStoredAsStrongHashes() {
        StaffUser priya = directory.findByUsername("priya.shah").orElseThrow();
        // The work factor is the portal's configured one (the tests configure a small one; the shipped default,
        // 210,000, is held by core's PasswordHashingDefaultsTest).
        int iterations = ConfigProvider.getConfig().getValue("harbour.security.pbkdf2.iterations", Integer.class);
        assertTrue(priya.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:" + iterations + ":"), priya.getPasswordHash());
        assertFalse(priya.getPasswordHash().contains(DEMO_PASSWORD));
        assertTrue(hasher.matches(DEMO_PASSWORD.toCharArray(), priya.getPasswordHash()));
        assertFalse(hasher.matches("harbour-demo-2026".toCharArray(), priya.getPasswordHash()));
        assertEquals(Set.of("Family Safeguarding"),
                priya.getServiceAreas().stream().map(a -> a.getName()).collect(Collectors.toSet()));
    }

    @Test
    void identityStoreAcceptsTheRightPasswordOnlyAndGivesRolesAsGroups() {
        CredentialValidationResult ok = identityStore.validate(new UsernamePasswordCredential("Tom.Okafor", DEMO_PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
        assertEquals("tom.okafor", ok.getCallerPrincipal().getName());
        assertEquals(Set.of("MANAGER", "PRACTITIONER"), ok.getCallerGroups());

        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("tom.okafor", "wrong")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("nobody", DEMO_PASSWORD)).getStatus());
    }

    @Test
    void demoCaseloadIsAllocatedToPractitioners() {
        List<CaseloadItem> priya = caseloads.caseloadOf("priya.shah", LocalDate.now());
        assertEquals(12, priya.size());
        priya.forEach(item -> {
            assertEquals("Family Safeguarding", item.getTeam());
            assertTrue(item.getAge() >= 0 && item.getAge() <= 17, item.getChildName() + " is " + item.getAge());
        });
        List<CaseloadItem> dan = caseloads.caseloadOf("dan.hughes", LocalDate.now());
        assertEquals(8, dan.size());
        dan.forEach(item -> assertTrue(item.getAge() >= 10, "youth justice works with children aged 10 to 17"));
        assertTrue(caseloads.caseloadOf("olivia.brown", LocalDate.now()).isEmpty());
        // Every open case is on exactly one worker's caseload: the demo's extra social workers and the staff the
        // modules' demo data adds (youth justice's service manager, SEND's officers, Pause's team) included.
        long allocated = java.util.stream.Stream.of("priya.shah", "tom.okafor", "dan.hughes", "grace.lee", "helen.ward",
                        "sam.ellis", "aisha.rahman", "ben.carter", "chloe.martin", "kwame.boateng", "nadia.khan",
                        "owen.price", "maria.costa", "nadia.hussain", "raj.patel")
                .mapToLong(worker -> caseloads.caseloadOf(worker, LocalDate.now()).size()).sum();
        assertEquals(allocated, caseloads.countOpenCases());
        assertTrue(allocated > 36 + 4 * 15, "the extra Family Safeguarding workers carry real caseloads: " + allocated);
    }

    @Test
    @RunAsClient
    void readinessReportsTheDatabaseAndEveryMigration() throws Exception {
        // The status for anyone (a load balancer); the checks only for an administrator.
        // Ready once the database answers and every migration ran; a busy start-up may take a moment more.
        HttpResponse<String> ready = get(URI.create(portal + "health/ready"));
        for (int wait = 0; wait < 60 && ready.statusCode() != 200; wait++) {
            Thread.sleep(1000);
            ready = get(URI.create(portal + "health/ready"));
        }
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("{\"status\":\"UP\"}", ready.body());
        assertEquals(200, get(URI.create(portal + "health/live")).statusCode());

        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", DEMO_PASSWORD);
        HttpResponse<String> details = admin.get("health/ready");
        assertEquals(200, details.statusCode(), details.body());
        assertTrue(details.body().contains("\"migrations\":\"complete\""), details.body());
        for (String module : List.of("core", "continuing-care", "youth-justice", "send", "pause", "performance")) {
            assertTrue(details.body().matches("(?s).*\"schema\\." + module + "\":\"[1-9][0-9]*\".*"),
                    module + "'s migrations ran: " + details.body());
        }

        HttpResponse<String> live = admin.get("health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"name\":\"portal\""), live.body());
    }

    @Test
    @RunAsClient
    void metricsAndOpenApiAreServed() throws Exception {
        HttpResponse<String> metrics = get(root().resolve("/metrics"));
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm"), "JVM metrics present");

        HttpResponse<String> openapi = get(root().resolve("/openapi"));
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/modules"), openapi.body());
        assertTrue(openapi.body().contains("Harbour API"), openapi.body());
    }

    @Test
    @RunAsClient
    void pagesAndApiNeedSignInWhileTheLoginPageIsOpen() throws Exception {
        HttpResponse<String> home = get(URI.create(portal + "index.xhtml"));
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));

        HttpResponse<String> module = get(URI.create(portal + "send/index.xhtml"));
        assertEquals(302, module.statusCode());

        HttpResponse<String> api = get(URI.create(portal + "api/modules"));
        assertNotEquals(200, api.statusCode());
        assertFalse(api.body().contains("youth-justice"), "no module list without sign-in");

        HttpResponse<String> login = get(URI.create(portal + "login.xhtml"));
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Sign in to Harbour"));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
    }

    private URI root() {
        return URI.create(portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort() + "/");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
