package org.harbour.portal.it;

import jakarta.inject.Inject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.identity.application.AccountRuleViolation;
import org.harbour.core.identity.application.PasswordHasher;
import org.harbour.core.identity.application.RoleAdministration.RoleView;
import org.harbour.core.identity.application.RoleAdministration;
import org.harbour.core.identity.application.SignInService;
import org.harbour.core.identity.application.StaffAdministration;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.application.UserDraft;
import org.harbour.core.identity.domain.Role;
import org.harbour.core.identity.domain.ServiceArea;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.spi.access.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identity and access on the real portal: sign-in over HTTP through the login form, lockout,
 * session ids, forced password change, the administration pages and their audit entries.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class IdentityIT {

    private static final String DEMO_PASSWORD = "Harbour-demo-2026";
    private static final String NOT_RECOGNISED = "Username or password not recognised";
    private static final String LOCKED = "Sign-in is locked for this username";
    private static final Pattern GENERATED = Pattern.compile("<code id=\"generated-password\">([^<]+)</code>");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(IdentityIT.class, PortalSession.class);
    }

    @Inject
    StaffDirectory directory;

    @Inject
    StaffAdministration administration;

    @Inject
    RoleAdministration roles;

    @Inject
    SignInService signIn;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    PortalDatabase database;

    @ArquillianResource
    URL portal;

    @Test
    void fiveFailuresLockAKnownAndAnUnknownUsernameAlikeUntilTheLockRunsOut() throws Exception {
        localUser("lock.known", "Known-password-2026", List.of(Roles.PRACTITIONER));
        PortalSession browser = PortalSession.anonymous(portal.toURI());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertRefused(browser.submitLogin("lock.known", "wrong-" + attempt), NOT_RECOGNISED);
        }
        assertRefused(browser.submitLogin("lock.known", "wrong-5"), LOCKED);
        assertRefused(browser.submitLogin("lock.known", "Known-password-2026"), LOCKED);
        assertTrue(signIn.isLocked("lock.known"));

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertRefused(browser.submitLogin("nobody.here", "wrong-" + attempt), NOT_RECOGNISED);
        }
        HttpResponse<String> unknown = browser.submitLogin("nobody.here", "wrong-5");
        assertRefused(unknown, LOCKED);
        assertTrue(unknown.body().contains("Try again in 15 minutes"), "the same words for an unknown name");

        moveLockIntoThePast("lock.known");
        assertSignedIn(PortalSession.anonymous(portal.toURI()).submitLogin("lock.known", "Known-password-2026"));
        assertFalse(signIn.isLocked("lock.known"));

        List<AuditEntry> entries = auditOf("lock.known");
        assertEquals(5, count(entries, "LOGIN", "FAILURE"), "each failure audited");
        assertEquals(1, count(entries, "LOGIN_LOCKOUT", "DENIED"));
        assertEquals(1, count(entries, "LOGIN", "DENIED"), "the right password while locked is refused and audited");
        assertEquals(1, count(entries, "LOGIN", "SUCCESS"));
        entries.forEach(e -> assertFalse(String.valueOf(e.getDetail()).contains("password-2026"),
                "no password in the audit trail"));
        assertEquals(1, count(auditOf("nobody.here"), "LOGIN_LOCKOUT", "DENIED"));
    }

    @Test
    void anAdministratorLiftsALockAndASuccessResetsTheCount() throws Exception {
        localUser("lock.admin", "Admin-unlocks-2026", List.of(Roles.PRACTITIONER));
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn.withPassword("lock.admin", "wrong".toCharArray());
        }
        assertRefused(PortalSession.anonymous(portal.toURI()).submitLogin("lock.admin", "Admin-unlocks-2026"), LOCKED);

        administration.unlock("lock.admin", "admin");
        assertSignedIn(PortalSession.anonymous(portal.toURI()).submitLogin("lock.admin", "Admin-unlocks-2026"));
        assertEquals(1, count(auditOf("admin", "lock.admin"), "USER_UNLOCK", "SUCCESS"));

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn.withPassword("lock.admin", "wrong".toCharArray());
        }
        assertSignedIn(PortalSession.anonymous(portal.toURI()).submitLogin("lock.admin", "Admin-unlocks-2026"));
        signIn.withPassword("lock.admin", "wrong".toCharArray());
        assertFalse(signIn.isLocked("lock.admin"), "the success before reset the count of consecutive failures");
    }

    @Test
    void signInGivesTheSessionANewIdAndSignOutIsAudited() throws Exception {
        PortalSession browser = PortalSession.anonymous(portal.toURI());
        browser.get("login.xhtml");
        String before = browser.cookie("JSESSIONID");
        assertNotNull(before, "the login page's form lives in a session");

        assertSignedIn(browser.submitLogin("grace.lee", DEMO_PASSWORD));
        String after = browser.cookie("JSESSIONID");
        assertNotNull(after);
        assertNotEquals(before, after, "a new session id at sign-in");
        assertEquals(1, count(auditOf("grace.lee"), "LOGIN", "SUCCESS"));

        HttpResponse<String> home = browser.get("index.xhtml");
        assertEquals(200, home.statusCode());
        HttpResponse<String> out = browser.post("index.xhtml", Map.of(
                "logout-form", "logout-form",
                "logout-form:logout", "Sign out",
                "jakarta.faces.ViewState", PortalSession.viewState(home.body())));
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElse("").contains("login.xhtml?loggedOut=true"));
        assertEquals(302, browser.get("index.xhtml").statusCode(), "signed out");
        assertEquals(1, count(auditOf("grace.lee"), "LOGOUT", "SUCCESS"));
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedBeforeAnythingElseAndThePolicyIsExplained() throws Exception {
        UserDraft draft = draft("forced.change", "Forced Change", List.of(Roles.PRACTITIONER));
        administration.create(draft, "Given-by-admin-2026", "admin");
        PortalSession user = PortalSession.anonymous(portal.toURI());
        assertSignedIn(user.submitLogin("forced.change", "Given-by-admin-2026"));

        HttpResponse<String> home = user.get("index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"));
        assertEquals(403, user.get("api/modules").statusCode(), "the API waits for the new password too");

        HttpResponse<String> tooShort = changePassword(user, "Given-by-admin-2026", "short", "short");
        assertTrue(tooShort.body().contains("Use at least 12 characters"), tooShort.body());
        assertFieldMessage(tooShort, "password-form:new-password", "Use at least 12 characters");
        assertTrue(changePassword(user, "Given-by-admin-2026", "my forced.change secret", "my forced.change secret")
                .body().contains("Do not include your username in the password."));
        assertTrue(changePassword(user, "Given-by-admin-2026", "Given-by-admin-2026", "Given-by-admin-2026")
                .body().contains("Choose a password different from your current one."));
        assertTrue(changePassword(user, "Given-by-admin-2026", "long enough to pass", "something else")
                .body().contains("The two new passwords are not the same."));
        HttpResponse<String> wrongCurrent = changePassword(user, "not-it", "long enough to pass", "long enough to pass");
        assertFieldMessage(wrongCurrent, "password-form:current-password", "This is not your current password.");
        assertEquals(302, user.get("index.xhtml").statusCode(), "still held at the password page");

        HttpResponse<String> changed = changePassword(user, "Given-by-admin-2026", "a harbour in winter", "a harbour in winter");
        assertEquals(302, changed.statusCode(), changed.body());
        HttpResponse<String> welcome = user.get("index.xhtml");
        assertEquals(200, welcome.statusCode());
        assertTrue(welcome.body().contains("Your password has been changed."), welcome.body());
        assertFalse(directory.findByUsername("forced.change").orElseThrow().isPasswordChangeRequired());
        assertSignedIn(PortalSession.anonymous(portal.toURI()).submitLogin("forced.change", "a harbour in winter"));
        assertEquals(200, PortalSession.signIn(portal.toURI(), "forced.change", "a harbour in winter")
                .get("index.xhtml").statusCode(), "not asked again");

        List<AuditEntry> entries = auditOf("forced.change");
        assertEquals(1, count(entries, "PASSWORD_CHANGE", "SUCCESS"));
        assertEquals(5, count(entries, "PASSWORD_CHANGE", "FAILURE"));
        assertEquals(1, count(auditOf("admin", "forced.change"), "USER_CREATE", "SUCCESS"));
    }

    @Test
    void anAdministratorCreatesAUserInThePageWhoMustChangeTheGeneratedPassword() throws Exception {
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", DEMO_PASSWORD);
        long area = area("FAMILY_SAFEGUARDING");
        HttpResponse<String> form = admin.get("admin/user.xhtml");
        assertEquals(200, form.statusCode());

        HttpResponse<String> invalid = admin.post("admin/user.xhtml", userForm(form.body(), "Bad Name!", "",
                List.of(), List.of(), "short"));
        assertFieldMessage(invalid, "user-form:username", "Use lower-case letters");
        assertFieldMessage(invalid, "user-form:display-name", "Enter the person");
        assertFieldMessage(invalid, "user-form:password", "Use at least 12 characters");
        assertEquals(List.of("user-form:username", "user-form:display-name", "user-form:password"), summaryFields(invalid),
                "every problem at once, in the form's order, in the error summary");

        HttpResponse<String> taken = admin.post("admin/user.xhtml", userForm(invalid.body(), "admin", "Another Admin",
                List.of(Roles.PRACTITIONER), List.of(area), "admin-is-in-this-one"));
        assertFieldMessage(taken, "user-form:username", "The username admin is already taken.");
        assertFieldMessage(taken, "user-form:password", "Do not include your username in the password.");
        assertEquals(List.of("user-form:username", "user-form:password"), summaryFields(taken));

        HttpResponse<String> created = admin.post("admin/user.xhtml", userForm(taken.body(), "sam.new", "Sam New",
                List.of(Roles.PRACTITIONER), List.of(area), ""));
        assertEquals(200, created.statusCode());
        Matcher generated = GENERATED.matcher(created.body());
        assertTrue(generated.find(), created.body());
        String password = generated.group(1);
        assertEquals(16, password.length());

        StaffUser sam = directory.findByUsername("sam.new").orElseThrow();
        assertTrue(sam.isPasswordChangeRequired());
        assertEquals("Sam New", sam.getDisplayName());
        assertEquals(List.of("FAMILY_SAFEGUARDING"), sam.getServiceAreas().stream().map(ServiceArea::getCode).toList());
        assertFalse(sam.getPasswordHash().contains(password));

        PortalSession samSession = PortalSession.anonymous(portal.toURI());
        assertSignedIn(samSession.submitLogin("sam.new", password));
        assertTrue(samSession.get("index.xhtml").headers().firstValue("Location").orElse("")
                .endsWith("/account/password.xhtml"));
        assertTrue(admin.get("admin/users.xhtml").body().contains("sam.new"));
    }

    @Test
    void whenTwoAdministratorsEditOneUserTheSecondSaveIsRefusedAndKeepsItsInput() throws Exception {
        localUser("second.admin", "Second-admin-2026", List.of(Roles.ADMIN));
        long id = localUser("edited.twice", "Edited-twice-2026", List.of(Roles.PRACTITIONER)).getId();
        PortalSession first = PortalSession.signIn(portal.toURI(), "admin", DEMO_PASSWORD);
        PortalSession second = PortalSession.signIn(portal.toURI(), "second.admin", "Second-admin-2026");
        HttpResponse<String> firstPage = first.get("admin/user.xhtml?id=" + id);
        HttpResponse<String> secondPage = second.get("admin/user.xhtml?id=" + id);
        assertEquals(200, firstPage.statusCode());

        HttpResponse<String> saved = first.post("admin/user.xhtml", editForm(firstPage.body(), "Edited By First",
                List.of(Roles.PRACTITIONER, Roles.MANAGER)));
        assertTrue(saved.body().contains("Changes to edited.twice saved."), saved.body());

        HttpResponse<String> refused = second.post("admin/user.xhtml", editForm(secondPage.body(), "Edited By Second",
                List.of(Roles.PRACTITIONER)));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("admin saved a change at"), refused.body());
        assertTrue(refused.body().contains("your changes have not been saved"));
        assertTrue(refused.body().contains("value=\"Edited By Second\""), "the second administrator's input is kept");

        StaffUser stored = directory.findByUsername("edited.twice").orElseThrow();
        assertEquals("Edited By First", stored.getDisplayName());
        assertEquals(new TreeSet<>(List.of(Roles.MANAGER, Roles.PRACTITIONER)),
                new TreeSet<>(stored.getRoles().stream().map(Role::getCode).toList()));
        assertEquals(1, count(auditOf("admin", "edited.twice"), "USER_UPDATE", "SUCCESS"));
    }

    @Test
    void aPermissionChangeAppliesAtOnceAndIsAudited() throws Exception {
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", DEMO_PASSWORD);
        assertEquals(403, olivia.get("admin/areas.xhtml").statusCode());

        RoleView analyst = role(Roles.ANALYST);
        List<String> withAdminister = new ArrayList<>(analyst.permissions());
        withAdminister.add("core:administer");
        assertEquals(1, roles.setPermissions(Roles.ANALYST, analyst.version(), withAdminister, "admin"));
        assertEquals(200, olivia.get("admin/areas.xhtml").statusCode(), "the same session, the next request");

        RoleView granted = role(Roles.ANALYST);
        assertThrows(org.harbour.core.spi.error.EditConflictException.class,
                () -> roles.setPermissions(Roles.ANALYST, analyst.version(), analyst.permissions(), "admin"),
                "a save from a page loaded before the grant is refused");
        roles.setPermissions(Roles.ANALYST, granted.version(), analyst.permissions(), "admin");
        assertEquals(403, olivia.get("admin/areas.xhtml").statusCode());

        List<AuditEntry> entries = auditOf("admin").stream().filter(e -> "ANALYST".equals(e.getRecordId())).toList();
        assertEquals(1, count(entries, "PERMISSION_GRANT", "SUCCESS"));
        assertEquals(1, count(entries, "PERMISSION_REVOKE", "SUCCESS"));
        assertTrue(entries.stream().allMatch(e -> "core:administer".equals(e.getDetail())));
    }

    @Test
    void administrationPagesAnswer403ToStaffWithoutThePermission() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", DEMO_PASSWORD);
        assertEquals(403, priya.get("admin/users.xhtml").statusCode());
        assertEquals(403, priya.get("admin/user.xhtml").statusCode());
        assertEquals(403, priya.get("admin/roles.xhtml").statusCode());
        assertEquals(403, priya.get("admin/areas.xhtml").statusCode());
        assertEquals(200, priya.get("account/password.xhtml").statusCode(), "anyone may change their own password");

        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", DEMO_PASSWORD);
        HttpResponse<String> users = admin.get("admin/users.xhtml");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("priya.shah") && users.body().contains("Family Safeguarding"));
        HttpResponse<String> matrix = admin.get("admin/roles.xhtml");
        assertTrue(matrix.body().contains("data-permission=\"core:records\""), "core permissions in the matrix");
        assertTrue(matrix.body().contains("data-permission=\"send:access\""), "module permissions in the matrix");
        assertTrue(admin.get("admin/areas.xhtml").body().contains("Priya Shah"), "areas list their members");
    }

    @Test
    void aDisabledAccountCannotSignInAndNobodyDisablesThemself() throws Exception {
        StaffUser user = localUser("to.disable", "To-disable-2026", List.of(Roles.PRACTITIONER));
        assertSignedIn(PortalSession.anonymous(portal.toURI()).submitLogin("to.disable", "To-disable-2026"));
        administration.setActive(user.getId(), user.getVersion(), false, "admin");
        assertRefused(PortalSession.anonymous(portal.toURI()).submitLogin("to.disable", "To-disable-2026"), NOT_RECOGNISED);
        assertEquals(1, count(auditOf("admin", "to.disable"), "USER_DISABLE", "SUCCESS"));

        StaffUser admin = directory.findByUsername("admin").orElseThrow();
        AccountRuleViolation refused = assertThrows(AccountRuleViolation.class,
                () -> administration.setActive(admin.getId(), admin.getVersion(), false, "admin"));
        assertEquals("You cannot disable your own account.", refused.getMessage());
        assertTrue(directory.findByUsername("admin").orElseThrow().isActive());
    }

    @Test
    void firstSignInsOfOneUsernameAtTheSameMomentAllSucceed() throws Exception {
        localUser("same.moment", "Same-moment-2026", List.of(Roles.PRACTITIONER));
        int sessions = 20;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessions);
        try {
            // Every login form is fetched first, so the posts leave together.
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<HttpResponse<String>>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                PortalSession session = PortalSession.anonymous(portal.toURI());
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                fields.put("login-form", "login-form");
                fields.put("username", "same.moment");
                fields.put("password", "Same-moment-2026");
                fields.put("sign-in", "Sign in");
                fields.put("jakarta.faces.ViewState", PortalSession.viewState(session.get("login.xhtml").body()));
                attempts.add(pool.submit(() -> {
                    start.await();
                    return session.post("login.xhtml", fields);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<HttpResponse<String>> attempt : attempts) {
                assertSignedIn(attempt.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(sessions, count(auditOf("same.moment"), "LOGIN", "SUCCESS"));
    }

    // ---- helpers ----

    private StaffUser localUser(String username, String password, List<String> roleCodes) {
        directory.createUser(username, "Test " + username, "Tester", hasher.hash(password.toCharArray()), roleCodes,
                List.of(directory.serviceAreas().get(0)));
        return directory.findByUsername(username).orElseThrow();
    }

    private static UserDraft draft(String username, String name, List<String> roleCodes) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName(name);
        draft.setRoleCodes(roleCodes);
        return draft;
    }

    private long area(String code) {
        return directory.serviceAreas().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    private RoleView role(String code) {
        return roles.roles().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Map.Entry<String, String>> userForm(String page, String username, String name,
                                                            List<String> roleCodes, List<Long> areas, String password) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("user-form", "user-form"));
        fields.add(Map.entry("user-form:username", username));
        fields.add(Map.entry("user-form:display-name", name));
        fields.add(Map.entry("user-form:job-title", "Social worker"));
        fields.add(Map.entry("user-form:email", ""));
        roleCodes.forEach(r -> fields.add(Map.entry("user-form:roles", r)));
        areas.forEach(a -> fields.add(Map.entry("user-form:areas", a.toString())));
        fields.add(Map.entry("user-form:password", password));
        fields.add(Map.entry("user-form:save-user", ""));
        fields.add(Map.entry("jakarta.faces.ViewState", PortalSession.viewState(page)));
        return fields;
    }

    private List<Map.Entry<String, String>> editForm(String page, String name, List<String> roleCodes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("user-form", "user-form"));
        fields.add(Map.entry("user-form:display-name", name));
        fields.add(Map.entry("user-form:job-title", "Tester"));
        fields.add(Map.entry("user-form:email", ""));
        roleCodes.forEach(r -> fields.add(Map.entry("user-form:roles", r)));
        fields.add(Map.entry("user-form:areas", directory.serviceAreas().get(0).getId().toString()));
        fields.add(Map.entry("user-form:save-user", ""));
        fields.add(Map.entry("jakarta.faces.ViewState", PortalSession.viewState(page)));
        return fields;
    }

    private static HttpResponse<String> changePassword(PortalSession session, String current, String newPassword,
                                                       String confirm) throws Exception {
        HttpResponse<String> page = session.get("account/password.xhtml");
        assertEquals(200, page.statusCode());
        return session.post("account/password.xhtml", Map.of(
                "password-form", "password-form",
                "password-form:current-password", current,
                "password-form:new-password", newPassword,
                "password-form:confirm-password", confirm,
                "password-form:change-password", "",
                "jakarta.faces.ViewState", PortalSession.viewState(page.body())));
    }

    private void moveLockIntoThePast(String username) throws Exception {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE core_sign_in_record SET locked_until = ? WHERE username = ?")) {
            update.setTimestamp(1, Timestamp.valueOf("2000-01-01 00:00:00"));
            update.setString(2, username);
            assertEquals(1, update.executeUpdate());
        }
    }

    private List<AuditEntry> auditOf(String actor) {
        return audit.latest(5000).stream().filter(e -> e.getActor().equals(actor)).toList();
    }

    private List<AuditEntry> auditOf(String actor, String recordId) {
        return auditOf(actor).stream().filter(e -> recordId.equals(e.getRecordId())).toList();
    }

    private static long count(List<AuditEntry> entries, String action, String outcome) {
        return entries.stream().filter(e -> e.getAction().equals(action) && e.getOutcome().equals(outcome)).count();
    }

    private static void assertSignedIn(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        assertFalse(response.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(message), () -> "expected '" + message + "' in " + response.body());
    }

    /** The message is rendered for the field, i.e. next to it. */
    /** The fields the page's error summary links to, top to bottom. */
    private static List<String> summaryFields(HttpResponse<String> response) {
        Matcher m = Pattern.compile("<a href=\"#[^\"]*\" data-field=\"([^\"]+)\"").matcher(response.body());
        List<String> fields = new ArrayList<>();
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    private static void assertFieldMessage(HttpResponse<String> response, String fieldId, String message) {
        Matcher m = Pattern.compile("<div id=\"" + Pattern.quote(fieldId) + "-message\"[^>]*>(.*?)</div>",
                Pattern.DOTALL).matcher(response.body());
        if (!m.find()) {
            m = Pattern.compile("data-target=\"" + Pattern.quote(fieldId) + "\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                    .matcher(response.body());
            assertTrue(m.find(), () -> "no message element for " + fieldId + " in " + response.body());
        }
        String text = m.group(1);
        assertTrue(text.contains(message.replace("'", "&#39;")) || text.contains(message),
                () -> "message for " + fieldId + " was " + text);
    }
}
