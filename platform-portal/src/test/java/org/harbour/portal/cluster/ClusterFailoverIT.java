package org.harbour.portal.cluster;

import org.harbour.core.jobs.JobLeases;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.portal.it.PortalSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Payara Micro instances behind nginx on one PostgreSQL database, as scripts/cluster.sh
 * deploys them: what one instance changes the other sees at once, and a signed-in member of
 * staff carries on, without signing in again, when the instance serving them is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Pattern CHILD_LINK = Pattern.compile("case/child.xhtml\\?id=(\\d+)");

    private static LocalCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        String dbUrl = System.getProperty("harbour.it.clusterDbUrl");
        if (dbUrl == null) {
            throw new IllegalStateException("harbour.it.clusterDbUrl names the cluster's PostgreSQL database");
        }
        Path work = Path.of(System.getProperty("harbour.it.workDir", "target/it-postgresql"));
        cluster = LocalCluster.start(Path.of(System.getProperty("harbour.root", "..")), work.resolve("cluster"), dbUrl);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aModuleSwitchedOffOnOneInstanceIsOffOnTheOtherAtOnce() throws Exception {
        PortalSession dan = PortalSession.signIn(cluster.instance(2), "dan.hughes", PASSWORD);
        assertEquals(200, dan.get("youth-justice/index.xhtml").statusCode(), "on for the Youth Justice Service");

        PortalSession admin = PortalSession.signIn(cluster.instance(1), "admin", PASSWORD);
        switchModule(admin, "youth-justice", "YOUTH_JUSTICE", "Switch off");
        assertEquals(403, dan.get("youth-justice/index.xhtml").statusCode(), "off on the other instance at once");

        switchModule(admin, "youth-justice", "YOUTH_JUSTICE", "Switch on");
        assertEquals(200, dan.get("youth-justice/index.xhtml").statusCode(), "and on again");

        // Both instances have appended to the audit chain: with one key, either verifies the other's entries.
        PortalSession auditor = PortalSession.signIn(cluster.instance(2), "admin", PASSWORD);
        HttpResponse<String> trail = auditor.get("audit/trail.xhtml");
        Map<String, String> verify = new LinkedHashMap<>();
        verify.put("verify-form", "verify-form");
        verify.put("verify-form:verify", "verify-form:verify");
        verify.put("jakarta.faces.ViewState", PortalSession.viewState(trail.body()));
        String verified = auditor.post("audit/trail.xhtml", verify).body();
        // The check runs a chunk per request, as the page's poll asks: go on until it is done.
        for (int poll = 0; poll < 300 && verified.contains("id=\"verify-form:verify-progress\""); poll++) {
            Map<String, String> next = new LinkedHashMap<>();
            next.put("verify-form", "verify-form");
            next.put("jakarta.faces.source", "verify-form:verify-poll");
            next.put("jakarta.faces.ViewState", PortalSession.viewState(verified));
            verified = auditor.post("audit/trail.xhtml", next).body();
        }
        int shown = verified.indexOf("id=\"verify-form:verification\"");
        String outcome = shown < 0 ? verified.substring(0, Math.min(2000, verified.length()))
                : verified.substring(shown, Math.min(verified.length(), shown + 600));
        assertTrue(Pattern.compile("Intact, \\d+ entries").matcher(verified).find(),
                "entries written by both instances verify on one of them: " + outcome);
    }

    @Test
    @Order(2)
    void aSignedInMemberOfStaffCarriesOnWhenTheirInstanceIsKilled() throws Exception {
        // Replicated sessions come with a version cookie; like the session cookie it is Lax and HttpOnly.
        PortalSession visitor = PortalSession.anonymous(cluster.balancer());
        List<String> cookies = new ArrayList<>(visitor.get("login.xhtml").headers().allValues("Set-Cookie"));
        cookies.addAll(visitor.submitLogin("priya.shah", PASSWORD).headers().allValues("Set-Cookie"));
        cookies.addAll(visitor.get("index.xhtml").headers().allValues("Set-Cookie"));
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONIDVERSION=")), "no version cookie: " + cookies);
        for (String cookie : cookies.stream().filter(c -> c.startsWith("JSESSIONID")).toList()) {
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), cookie);
        }

        PortalSession priya = PortalSession.signIn(cluster.balancer(), "priya.shah", PASSWORD);
        HttpResponse<String> home = priya.get("index.xhtml");
        assertSignedIn(home);
        int serving = cluster.nodeAt(home.headers().firstValue("X-Harbour-Instance").orElse(""));
        assertNotEquals(0, serving, "the load balancer names the instance");
        for (int i = 0; i < 5; i++) {
            assertEquals(serving, cluster.nodeAt(priya.get("index.xhtml").headers()
                    .firstValue("X-Harbour-Instance").orElse("")), "the session sticks to one instance");
        }

        Matcher child = CHILD_LINK.matcher(home.body());
        assertTrue(child.find(), "Priya's caseload links to a child");
        long personId = Long.parseLong(child.group(1));
        String note = "Seen before the failover " + UUID.randomUUID();
        HttpResponse<String> saved = priya.postJson("api/cases/" + personId + "/activities",
                "{\"kind\":\"note\",\"date\":\"" + weekday() + "\",\"subject\":\"Failover\",\"text\":\"" + note + "\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(saved.body());
        assertTrue(id.find(), saved.body());
        long activityId = Long.parseLong(id.group(1));

        // Other members of staff keep working through the load balancer while the instance dies.
        BackgroundLoad load = BackgroundLoad.start(cluster.balancer(), PASSWORD, "tom.okafor", "sam.ellis", "chloe.martin");
        Thread.sleep(1000);
        cluster.kill(serving);
        long killedAt = System.nanoTime();
        int failed = 0;
        int requests = 0;
        long resumedAt = 0;
        int other = 0;
        while (System.nanoTime() - killedAt < Duration.ofSeconds(120).toNanos()) {
            requests++;
            HttpResponse<String> next;
            try {
                next = priya.get("index.xhtml");
            } catch (java.io.IOException e) {
                failed++;
                Thread.sleep(100);
                continue;
            }
            if (next.statusCode() == 200 && next.body().contains("Priya Shah")) {
                resumedAt = System.nanoTime();
                other = cluster.nodeAt(next.headers().firstValue("X-Harbour-Instance").orElse(""));
                break;
            }
            failed++;
            Thread.sleep(100);
        }
        assertTrue(resumedAt > 0, "service resumed within two minutes; " + failed + " requests failed");
        double resumedSeconds = (resumedAt - killedAt) / 1e9;
        System.out.printf("FAILOVER: instance node%d killed with SIGKILL; %d of %d requests failed; "
                + "service resumed on node%d after %.3f s, the member of staff still signed in%n",
                serving, failed, requests, other, resumedSeconds);
        Thread.sleep(2000);
        BackgroundLoad.Figures background = load.stop();
        System.out.printf("FAILOVER: meanwhile %d other signed-in users sent %d requests, %d failed (%s); "
                + "all still signed in: %s%n", background.users(), background.requests(), background.failed(),
                background.failures(), background.allSignedIn());
        assertNotEquals(serving, other, "another instance answers");
        assertTrue(background.allSignedIn(), "the other users are still signed in");
        assertEquals(0, failed, "the load balancer retries on the surviving instance: no request fails");

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> after = priya.get("index.xhtml");
            assertSignedIn(after);
            assertEquals(other, cluster.nodeAt(after.headers().firstValue("X-Harbour-Instance").orElse("")));
        }
        HttpResponse<String> kept = priya.get("api/cases/" + personId + "/activities/" + activityId);
        assertEquals(200, kept.statusCode(), kept.body());
        assertTrue(kept.body().contains(note), "the note saved before the kill is there");
        assertFalse(cluster.status().contains("node" + other + ": stopped"));
    }

    @Test
    @Order(3)
    void aJobLeaseHeldByADeadInstanceIsTakenOverOnceItRunsOut() throws Exception {
        JobLeases leases = leasesOn(clusterDatabase());
        String job = "cluster-test:" + UUID.randomUUID();
        Instant now = Instant.now();
        Duration interval = Duration.ofMinutes(5);
        Duration lease = Duration.ofMinutes(10);

        assertTrue(leases.claim(job, "instance-a", interval, lease, now), "the first instance claims the job");
        assertFalse(leases.claim(job, "instance-b", interval, lease, now.plusSeconds(1)),
                "the other instance may not run it while the lease is live");
        // instance-a dies without releasing: its lease runs out and instance-b takes over.
        Instant later = now.plus(lease).plusSeconds(1);
        assertTrue(leases.claim(job, "instance-b", interval, lease, later), "taken over after the lease ran out");
        leases.release(job, "instance-a", later.plusSeconds(2), "LATE");
        assertEquals("instance-b", holderOf(job), "a dead holder coming back cannot release another's lease");
        leases.release(job, "instance-b", later.plusSeconds(3), "OK");
        assertFalse(leases.claim(job, "instance-a", interval, lease, later.plusSeconds(4)), "not due again yet");
    }

    private static void assertSignedIn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), "no redirect to the login page");
        assertTrue(page.body().contains("Priya Shah"), "the page is Priya's");
    }

    /** Presses the switch button of a module for a service area on the administration page. */
    private static void switchModule(PortalSession admin, String module, String area, String expected) throws Exception {
        String page = admin.get("admin/modules.xhtml").body();
        // The switch is a button (confirmed in the browser); posted plainly it acts like any submit button.
        Matcher tags = Pattern.compile("<button[^>]*>").matcher(page);
        String name = null;
        while (tags.find() && name == null) {
            String tag = tags.group();
            if (tag.contains("data-module=\"" + module + "\"") && tag.contains("data-area=\"" + area + "\"")) {
                Matcher named = Pattern.compile(" name=\"([^\"]+)\"").matcher(tag);
                assertTrue(named.find(), tag);
                name = named.group(1);
                assertTrue(tag.contains("aria-label=\"" + expected + " "), tag);
            }
        }
        assertTrue(name != null, "the switch of " + module + " for " + area);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("modules-form", "modules-form");
        form.put(name, expected);
        form.put("jakarta.faces.ViewState", PortalSession.viewState(page));
        HttpResponse<String> result = admin.post("admin/modules.xhtml", form);
        assertTrue(result.statusCode() == 200 || result.statusCode() == 302, "switched: HTTP " + result.statusCode());
    }

    private static LocalDate weekday() {
        LocalDate day = LocalDate.now();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static DataSource clusterDatabase() {
        PGSimpleDataSource data = new PGSimpleDataSource();
        data.setURL(System.getProperty("harbour.it.clusterDbUrl"));
        data.setUser("harbour");
        data.setPassword("harbour");
        return data;
    }

    private static JobLeases leasesOn(DataSource data) throws Exception {
        JobLeases leases = new JobLeases();
        java.lang.reflect.Field field = JobLeases.class.getDeclaredField("database");
        field.setAccessible(true);
        field.set(leases, new PortalDatabase() {
            @Override
            public DataSource dataSource() {
                return data;
            }
        });
        return leases;
    }

    private static String holderOf(String job) throws Exception {
        try (Connection c = clusterDatabase().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT holder FROM core_job_lease WHERE job_key = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
