package org.harbour.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal tried as an attacker with a staff account would: every protected page and endpoint
 * asked for through disguised addresses, guessed ids, the other side of a relationship, and every
 * refusal looked for on the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Pattern DATA_PERSON = Pattern.compile("data-person=\"(\\d+)\"");
    private static final Pattern JSON_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern API_PATH = Pattern.compile("^\\s{2}(/api/\\S+):\\s*$", Pattern.MULTILINE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portalWith(SecurityIT.class, PortalSession.class, RawHttp.class);
    }

    @ArquillianResource
    URL portal;

    @Test
    void disguisedAddressesReachNoProtectedPageOrEndpoint() throws Exception {
        PortalSession dan = PortalSession.signIn(portal.toURI(), "dan.hughes", PASSWORD);
        String cookies = cookies(dan);
        String context = portal.getPath().endsWith("/") ? portal.getPath().substring(0, portal.getPath().length() - 1)
                : portal.getPath();

        List<String> targets = new ArrayList<>();
        for (String page : pagesInTheWar()) {
            targets.add("/" + page);
        }
        targets.addAll(getEndpoints());
        List<String> protectedTargets = new ArrayList<>();
        for (String target : targets) {
            if (RawHttp.get(portal, context + target, cookies) == 403) {
                protectedTargets.add(target);
            }
        }
        assertTrue(protectedTargets.contains("/admin/users.xhtml"), "the admin pages are refused to a practitioner");
        assertTrue(protectedTargets.stream().anyMatch(t -> t.startsWith("/api/continuing-care/")),
                "continuing care's endpoints are refused to youth justice");

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> successes = new ArrayList<>();
        int sent = 0;
        for (String target : protectedTargets) {
            for (String disguised : disguises(context, target)) {
                int status = RawHttp.get(portal, disguised, cookies);
                sent++;
                statuses.merge(status, 1, Integer::sum);
                if (status >= 200 && status < 300) {
                    successes.add(disguised + " -> " + status);
                }
            }
        }
        System.out.printf("Bypass sweep: %d protected pages and endpoints of %d, %d disguised addresses sent,"
                        + " statuses %s, unauthorised successes %d%n",
                protectedTargets.size(), targets.size(), sent, statuses, successes.size());
        assertTrue(successes.isEmpty(), "Unauthorised successes: " + successes);
        assertTrue(statuses.getOrDefault(400, 0) > sent / 2, "addresses not in normal form are refused with 400: " + statuses);

        // Dan's own work still opens through ordinary addresses.
        assertEquals(200, RawHttp.get(portal, context + "/work/my-work.xhtml", cookies));
    }

    @Test
    void withoutSignInADisguisedAddressIsRefusedOrSentToSignIn() throws Exception {
        String context = portal.getPath().replaceAll("/$", "");
        assertEquals(400, RawHttp.get(portal, context + "//login.xhtml", null), "an open page");
        assertEquals(400, RawHttp.get(portal, context + "/jakarta.faces.resource/..;/admin/users.xhtml", null));
        // The container asks for sign-in on the address it normalised; after sign-in the gate answers 400.
        for (String disguised : List.of("//admin/users.xhtml", "/x/../admin/users.xhtml", "/api/continuing-care;x/referrals")) {
            int status = RawHttp.get(portal, context + disguised, null);
            assertTrue(status == 302 || status == 400 || status == 401, disguised + " answered " + status);
        }
        assertEquals(302, RawHttp.get(portal, context + "/admin/users.xhtml", null), "the ordinary address asks for sign-in");
    }

    @Test
    void aRelationshipCannotNameAPersonOutsideTheUsersReach() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        PortalSession dan = PortalSession.signIn(portal.toURI(), "dan.hughes", PASSWORD);
        long priyasChild = firstChildOnMyWork(priya);
        long dansChild = firstChildOnMyWork(dan);
        String dansChildRecord = dan.get("api/persons/" + dansChild).body();
        String familyName = field(dansChildRecord, "familyName");
        assertEquals(404, priya.get("api/persons/" + dansChild).statusCode(), "youth justice's child is out of Priya's reach");

        int deniedBefore = deniedCount("priya.shah");
        HttpResponse<String> attempt = priya.postJson("api/persons/" + priyasChild + "/relationships",
                "{\"otherPersonId\":" + dansChild + ",\"type\":\"SIBLING\",\"thisPersonIsType\":true}");

        assertEquals(400, attempt.statusCode(), attempt.body());
        assertTrue(attempt.body().contains("otherPersonId"), attempt.body());
        assertFalse(attempt.body().contains(familyName), "the refusal names nobody: " + attempt.body());
        assertEquals(404, priya.get("api/persons/" + dansChild).statusCode(), "and the child stays out of reach");
        assertTrue(priya.get("api/persons/" + priyasChild + "/relationships").body().lines()
                .noneMatch(l -> l.contains(familyName)), "no relationship was recorded");
        assertTrue(deniedCount("priya.shah") > deniedBefore, "the attempt is on the audit trail");
    }

    @Test
    void anAdministratorWithoutRecordsReadsNoChildsName() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        long priyasChild = firstChildOnMyWork(priya);
        String familyName = field(priya.get("api/persons/" + priyasChild).body(), "familyName");
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);

        HttpResponse<String> refer = admin.get("continuing-care/refer.xhtml?person=" + priyasChild);

        assertEquals(404, refer.statusCode());
        assertFalse(refer.body().contains(familyName), "no name on the refusal");
        assertEquals(200, admin.get("admin/users.xhtml").statusCode(), "while the admin pages still open for the administrator");
    }

    @Test
    void everyRefusalIsAudited() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        PortalSession dan = PortalSession.signIn(portal.toURI(), "dan.hughes", PASSWORD);
        PortalSession helen = PortalSession.signIn(portal.toURI(), "helen.ward", PASSWORD);
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        long priyasChild = firstChildOnMyWork(priya);
        long dansChild = firstChildOnMyWork(dan);
        long priyasActivity = firstId(priya.get("api/cases/" + priyasChild + "/activities").body());
        String context = portal.getPath().replaceAll("/$", "");

        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("another area's child by the API", new Probe("dan.hughes", () -> dan.get("api/persons/" + priyasChild)));
        probes.put("another area's child's page", new Probe("dan.hughes", () -> dan.get("case/child.xhtml?id=" + priyasChild)));
        probes.put("a foreign activity under the user's own child", new Probe("dan.hughes",
                () -> dan.get("api/cases/" + dansChild + "/activities/" + priyasActivity)));
        probes.put("an unknown activity under the user's own child", new Probe("priya.shah",
                () -> priya.get("api/cases/" + priyasChild + "/activities/987654321")));
        probes.put("an unknown involvement under the user's own child", new Probe("priya.shah",
                () -> priya.get("api/cases/" + priyasChild + "/involvements/referral/987654321")));
        probes.put("a change without a version to an unreachable person", new Probe("dan.hughes",
                () -> dan.putJson("api/persons/" + priyasChild, "{\"givenName\":\"X\"}")));
        probes.put("another area's child's documents", new Probe("dan.hughes",
                () -> dan.get("api/cases/" + priyasChild + "/documents")));
        probes.put("an admin page", new Probe("dan.hughes", () -> dan.get("admin/users.xhtml")));
        probes.put("the team page without allocate", new Probe("dan.hughes", () -> dan.get("team/caseloads.xhtml")));
        probes.put("a module not switched on", new Probe("dan.hughes", () -> dan.get("api/continuing-care/referrals/1")));
        probes.put("an unknown continuing care referral", new Probe("helen.ward",
                () -> helen.get("api/continuing-care/referrals/987654321")));
        probes.put("the other side of a relationship", new Probe("priya.shah", () -> priya.postJson(
                "api/persons/" + priyasChild + "/relationships",
                "{\"otherPersonId\":" + dansChild + ",\"type\":\"SIBLING\",\"thisPersonIsType\":true}")));
        probes.put("a child's name through a module page without records", new Probe("admin",
                () -> admin.get("continuing-care/refer.xhtml?person=" + priyasChild)));
        for (long guessed = 1; guessed <= 30; guessed++) {
            long id = guessed;
            if (id != dansChild) {
                probes.put("guessed id " + id, new Probe("dan.hughes", () -> dan.get("api/persons/" + id)));
            }
        }

        int refusals = 0;
        int audited = 0;
        List<String> unaudited = new ArrayList<>();
        for (Map.Entry<String, Probe> probe : probes.entrySet()) {
            int before = deniedCount(probe.getValue().user());
            int status = probe.getValue().request().get().statusCode();
            if (status < 400) {
                continue;
            }
            refusals++;
            if (deniedCount(probe.getValue().user()) > before) {
                audited++;
            } else {
                unaudited.add(probe.getKey() + " (" + status + ")");
            }
        }
        int beforeAddress = deniedCount("dan.hughes");
        assertEquals(400, RawHttp.get(portal, context + "//admin/users.xhtml", cookies(dan)));
        refusals++;
        if (deniedCount("dan.hughes") > beforeAddress) {
            audited++;
        } else {
            unaudited.add("a disguised address");
        }
        System.out.printf("Refusal audit: %d refusals, %d audited (%.0f%%)%n", refusals, audited, 100.0 * audited / refusals);
        assertTrue(refusals >= 30, "the probes were refused: " + refusals);
        assertTrue(unaudited.isEmpty(), "Refusals not on the audit trail: " + unaudited);
    }

    private record Probe(String user, ThrowingSupplier request) {
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        HttpResponse<String> get() throws IOException, InterruptedException;
    }

    /** The same target written in every disguise the container would still serve as that target. */
    static List<String> disguises(String context, String target) {
        String[] segments = target.substring(1).split("/", -1);
        String first = segments[0];
        String rest = target.substring(1 + first.length());
        List<String> variants = new ArrayList<>(List.of(
                context + "/" + target,
                "/" + context + target,
                context + "/." + target,
                context + "/x/.." + target,
                context + "/%2e" + target,
                context + "/jakarta.faces.resource/.." + target,
                context + "/" + percent(first) + rest,
                context + "/" + first + ";x" + rest,
                context + target + ";x",
                context + "/" + first.toUpperCase(Locale.ROOT) + rest));
        if (rest.length() > 1) {
            variants.add(context + "/" + first + "%2f" + rest.substring(1));
            variants.add(context + "/" + first + "%2F" + rest.substring(1));
            variants.add(context + "/" + first + "%5c" + rest.substring(1));
            variants.add(context + "/" + first + "/." + rest);
            variants.add(context + "/" + first + "/" + rest);
        }
        if (segments.length > 2) {
            String second = segments[1];
            String after = target.substring(2 + first.length() + second.length());
            variants.add(context + "/" + first + "/" + percent(second) + after);
            variants.add(context + "/" + first + "/" + second + ";x" + after);
            variants.add(context + "/" + first + "/" + second + "/./" + after.substring(1));
        }
        return variants;
    }

    private static String percent(String segment) {
        return segment.isEmpty() ? segment : String.format("%%%02x", (int) segment.charAt(0)) + segment.substring(1);
    }

    /** Every page the portal WAR serves, from core's and each module's JAR. */
    private static List<String> pagesInTheWar() throws IOException {
        TreeSet<String> pages = new TreeSet<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("harbour.war", "target/harbour.war")))) {
            Enumeration<? extends ZipEntry> entries = war.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (InputStream in = war.getInputStream(entry); ZipInputStream jar = new ZipInputStream(in)) {
                        for (ZipEntry inner; (inner = jar.getNextEntry()) != null; ) {
                            String name = inner.getName();
                            if (name.startsWith("META-INF/resources/") && name.endsWith(".xhtml") && !name.contains("/WEB-INF/")) {
                                pages.add(name.substring("META-INF/resources/".length()));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(pages.size() > 20, "pages found in the WAR: " + pages);
        return new ArrayList<>(pages);
    }

    /** Every REST path in the OpenAPI document, with path parameters filled in. */
    private List<String> getEndpoints() throws Exception {
        HttpResponse<String> openapi = PortalSession.anonymous(URI.create(portal.getProtocol() + "://" + portal.getHost()
                + ":" + portal.getPort() + "/")).get("openapi");
        assertEquals(200, openapi.statusCode());
        List<String> paths = new ArrayList<>();
        Matcher m = API_PATH.matcher(openapi.body());
        while (m.find()) {
            paths.add(m.group(1).replaceAll("\\{[^}]+}", "1"));
        }
        assertTrue(paths.size() > 20, "REST paths in /openapi: " + paths);
        return paths;
    }

    private static String cookies(PortalSession session) {
        StringBuilder header = new StringBuilder();
        for (String name : List.of("JSESSIONID", "JSESSIONIDVERSION")) {
            String value = session.cookie(name);
            if (value != null) {
                header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value);
            }
        }
        return header.toString();
    }

    private static long firstChildOnMyWork(PortalSession session) throws Exception {
        Matcher m = DATA_PERSON.matcher(session.get("work/my-work.xhtml").body());
        assertTrue(m.find(), "a child on the caseload");
        return Long.parseLong(m.group(1));
    }

    private static long firstId(String json) {
        Matcher m = JSON_ID.matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    /** Refusals of the user on the audit trail, read as the administrator reads them. */
    private int deniedCount(String user) throws Exception {
        PortalSession admin = auditor.get();
        HttpResponse<String> csv = admin.get("audit/export.csv?user=" + user + "&outcome=DENIED");
        assertEquals(200, csv.statusCode());
        return (int) csv.body().lines().filter(l -> l.matches("^\\d+,.*")).count();
    }

    private final Supplier<PortalSession> auditor = new Supplier<>() {
        private PortalSession session;

        @Override
        public PortalSession get() {
            if (session == null) {
                try {
                    session = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return session;
        }
    };
}
