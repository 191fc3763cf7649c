package org.harbour.portal.it;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.spi.access.Roles;
import org.harbour.core.spi.demo.DemoCareHistories;
import org.harbour.core.spi.demo.DemoContext;
import org.harbour.core.spi.demo.DemoPeople;
import org.harbour.core.spi.module.CaseRecordTab;
import org.harbour.core.spi.module.ChronologySource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pause on the real portal, through its API and pages as each person uses it: Maria Costa refers,
 * the forum offers, she allocates under the caseload cap; a Family Safeguarding social worker whose
 * caseload holds a woman's child sees nothing of Pause; an administrator breaks the glass with a
 * reason and the team leader sees it. Each test makes its own mothers, children and removals.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class PauseIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String API = "api/pause/";
    private static final AtomicInteger STAFF = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(PauseIT.class, PortalSession.class, TestChildren.class);
    }

    @Inject
    DemoPeople people;

    @Inject
    DemoCareHistories care;

    @Inject
    CaseloadService caseloads;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<CaseRecordTab> tabs;

    @Inject
    Instance<ChronologySource> chronologies;

    @ArquillianResource
    URL portal;

    private final LocalDate today = LocalDate.now(Clock.systemUTC());
    private final DemoContext context = new DemoContext(Map.of(), Map.of(), today, System.nanoTime());

    @Test
    void theCapRefusesANinthWomanWithAMessage() throws Exception {
        String practitioner = "pausecap" + STAFF.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        people.staffMember(practitioner, "Cap Tester", "Pause practitioner", List.of(Roles.PRACTITIONER), "PAUSE");
        PortalSession maria = signIn("maria.costa");

        for (int i = 0; i < 8; i++) {
            JsonObject consented = consented(maria, mother(null));
            HttpResponse<String> allocated = allocate(maria, consented, practitioner);
            assertEquals(200, allocated.statusCode(), allocated.body());
            assertEquals("ENGAGEMENT", json(allocated.body()).getString("stage"));
        }
        long ninth = mother(null);
        JsonObject consented = consented(maria, ninth);
        HttpResponse<String> refused = allocate(maria, consented, practitioner);

        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Cap Tester already works with 8 women, the caseload cap of 8"), refused.body());
        assertTrue(audit.forRecord("person", Long.toString(ninth), 20).stream().anyMatch(e ->
                e.getAction().equals("PAUSE_ALLOCATE_OVER_CAP") && e.getOutcome().equals("DENIED")), "the refusal is audited");
        JsonObject after = json(maria.get(API + "participations/" + consented.getJsonNumber("id")).body());
        assertEquals("CONSENTED", after.getJsonObject("participation").getString("stage"), "she waits for another practitioner");
    }

    @Test
    void allocationsAtTheSameMomentTakeTurnsAndTheCapHolds() throws Exception {
        String practitioner = "pauserace" + STAFF.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        people.staffMember(practitioner, "Race Tester", "Pause practitioner", List.of(Roles.PRACTITIONER), "PAUSE");
        PortalSession maria = signIn("maria.costa");
        for (int i = 0; i < 6; i++) {
            assertEquals(200, allocate(maria, consented(maria, mother(null)), practitioner).statusCode());
        }
        // Two places left and four allocations at once, each from its own sign-in.
        int racing = 4;
        List<JsonObject> waiting = new ArrayList<>();
        List<PortalSession> sessions = new ArrayList<>();
        for (int i = 0; i < racing; i++) {
            waiting.add(consented(maria, mother(null)));
            sessions.add(signIn("maria.costa"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racing);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < racing; i++) {
                PortalSession session = sessions.get(i);
                JsonObject woman = waiting.get(i);
                calls.add(pool.submit(() -> {
                    start.await();
                    return allocate(session, woman, practitioner);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get(90, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(2, answers.stream().filter(a -> a.statusCode() == 200).count(), answers.toString());
        assertEquals(2, answers.stream().filter(a -> a.statusCode() == 409).count(), answers.toString());
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a ->
                assertTrue(a.body().contains("the caseload cap of 8"), a.body()));
        String loads = maria.get(API + "practitioners").body();
        JsonObject load = Json.createReader(new StringReader(loads)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("username").equals(practitioner)).findFirst().orElseThrow();
        assertEquals(8, load.getInt("women"), "she works with exactly the cap: " + loads);
    }

    @Test
    void herRecordIsKeptThroughTheApiWithVersionsChecked() throws Exception {
        String practitioner = "pauserecord" + STAFF.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        people.staffMember(practitioner, "Record Tester", "Pause practitioner", List.of(Roles.PRACTITIONER), "PAUSE");
        PortalSession maria = signIn("maria.costa");
        long woman = mother(null);
        JsonObject p = json(allocate(maria, consented(maria, woman), practitioner).body());
        String record = API + "participations/" + p.getJsonNumber("id") + "/";

        HttpResponse<String> goal = maria.postJson(record + "goals", "{\"description\":\"Move to her own flat\",\"targetOn\":\""
                + today.plusMonths(6) + "\"}");
        assertEquals(201, goal.statusCode(), goal.body());
        JsonObject g = json("{\"g\":" + maria.get(record + "goals").body() + "}")
                .getJsonArray("g").getJsonObject(0);
        assertEquals("Move to her own flat", g.getString("description"));
        String achieved = record + "goals/" + g.getJsonNumber("id") + "/achieved";
        assertEquals(200, maria.putJson(achieved, "{\"on\":\"" + today + "\",\"version\":" + g.getJsonNumber("version") + "}").statusCode());
        HttpResponse<String> stale = maria.putJson(achieved, "{\"on\":\"" + today + "\",\"version\":" + g.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), "a change on a version already overtaken: " + stale.body());

        assertEquals(201, maria.postJson(record + "contacts", "{\"on\":\"" + today + "\",\"kind\":\"HOME_VISIT\",\"note\":\"Met at home.\"}").statusCode());
        assertTrue(maria.get(record + "contacts").body().contains("Met at home."));
        assertEquals(201, maria.postJson(record + "fund", "{\"on\":\"" + today + "\",\"amount\":45.50,\"purpose\":\"Bus pass\"}").statusCode());
        assertTrue(maria.get(record + "fund").body().contains("Bus pass"));
        assertEquals(201, maria.postJson(record + "contraception", "{\"on\":\"" + today + "\",\"consented\":true,\"method\":\"Implant\"}").statusCode());
        assertTrue(maria.get(record + "contraception").body().contains("Implant"), "Maria holds the health-data permission");

        HttpResponse<String> started = maria.postJson(record + "intervention", "{\"on\":\"" + today + "\",\"version\":" + p.getJsonNumber("version") + "}");
        assertEquals(200, started.statusCode(), started.body());
        assertEquals("INTERVENTION", json(started.body()).getString("stage"));
        HttpResponse<String> staleExit = maria.postJson(record + "exit", "{\"on\":\"" + today + "\",\"reason\":\"Completed\","
                + "\"nextSteps\":\"College\",\"version\":" + p.getJsonNumber("version") + "}");
        assertEquals(409, staleExit.statusCode(), staleExit.body());
        HttpResponse<String> exited = maria.postJson(record + "exit", "{\"on\":\"" + today + "\",\"reason\":\"Completed\","
                + "\"nextSteps\":\"College\",\"version\":" + json(started.body()).getJsonNumber("version") + "}");
        assertEquals(200, exited.statusCode(), exited.body());
        assertEquals("EXITED", json(exited.body()).getString("stage"));
        assertTrue(audit.forRecord("person", Long.toString(woman), 200).stream().filter(e -> e.getActor().equals("maria.costa"))
                .filter(e -> e.getAction().equals("PAUSE_RECORD_UPDATE")).count() >= 5, "every change is audited");

        // Bad input is a problem of the client, never an error of the server; nothing is kept of it.
        for (String[] bad : List.of(
                new String[]{"contacts", "{\"on\":\"" + today + "\",\"kind\":\"CARRIER_PIGEON\"}", "kind"},
                new String[]{"contacts", "{\"on\":\"tomorrow\",\"kind\":\"PHONE\"}", ""},
                new String[]{"fund", "{\"on\":\"" + today + "\",\"amount\":0,\"purpose\":\"x\"}", "amount"},
                new String[]{"fund", "{\"on\":\"" + today + "\",\"amount\":\"lots\"}", ""},
                new String[]{"contraception", "{\"on\":\"" + today + "\"}", "consented"},
                new String[]{"goals", "{\"description\":\"\"}", "description"},
                new String[]{"contacts", "{\"on\":\"" + today.plusDays(3) + "\",\"kind\":\"PHONE\"}", "contactOn"})) {
            HttpResponse<String> answer = maria.postJson(record + bad[0], bad[1]);
            assertEquals(400, answer.statusCode(), bad[0] + " " + bad[1] + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("application/problem+json"), answer.body());
            assertTrue(answer.body().contains(bad[2]), answer.body());
        }
        assertEquals(1, json("{\"c\":" + maria.get(record + "contacts").body() + "}").getJsonArray("c").size(), "only the good contact is kept");

        // Staff outside Pause are refused, reading or writing, and the refusal is audited.
        PortalSession priya = signIn("priya.shah");
        Instant before = Instant.now();
        assertEquals(403, priya.get(record + "goals").statusCode());
        assertEquals(403, priya.postJson(record + "contacts", "{\"on\":\"" + today + "\",\"kind\":\"PHONE\"}").statusCode());
        assertEquals(403, priya.postJson(record + "exit", "{\"on\":\"" + today + "\",\"version\":0}").statusCode());
        assertTrue(audit.latest(200).stream().filter(e -> e.getActor().equals("priya.shah") && e.getOutcome().equals("DENIED"))
                .filter(e -> !e.getOccurredAt().isBefore(before.minusSeconds(1))).count() >= 3, "the refusals are audited");
        assertEquals(1, json("{\"c\":" + maria.get(record + "contacts").body() + "}").getJsonArray("c").size(), "and change nothing");
    }

    @Test
    void aSocialWorkerWhoseCaseloadHoldsHerChildSeesNothingOfPauseAndTheAttemptIsAudited() throws Exception {
        long child = TestChildren.allocatedTo("priya.shah", "Pausefam", caseloads, directory);
        long woman = mother(child);
        String reason = "Referral " + UUID.randomUUID();
        PortalSession maria = signIn("maria.costa");
        HttpResponse<String> referred = maria.postJson(API + "participations",
                "{\"personId\":" + woman + ",\"referredOn\":\"" + today + "\",\"reason\":\"" + reason + "\"}");
        assertEquals(201, referred.statusCode(), referred.body());
        long participation = json(referred.body()).getJsonNumber("id").longValue();
        Instant before = Instant.now();

        PortalSession priya = signIn("priya.shah");
        for (String page : List.of("pause/index.xhtml", "pause/cohort.xhtml", "pause/forum.xhtml", "pause/costs.xhtml",
                "pause/dashboard.xhtml",
                "pause/woman.xhtml?id=" + participation, "pause/refer.xhtml?person=" + woman)) {
            assertEquals(403, priya.get(page).statusCode(), page);
        }
        for (String endpoint : List.of("cohort", "cohort/" + woman, "funnel?from=2020-01-01&to=2026-01-01", "forum", "caseload",
                "participations/" + participation, "export", "costs/scenarios", "break-glass",
                "participations/" + participation + "/goals", "participations/" + participation + "/contacts",
                "participations/" + participation + "/fund", "participations/" + participation + "/contraception")) {
            HttpResponse<String> answer = priya.get(API + endpoint);
            assertEquals(403, answer.statusCode(), endpoint);
            assertFalse(answer.body().contains(reason), endpoint);
        }
        assertEquals(403, priya.postJson(API + "participations/" + participation + "/decision",
                "{\"decision\":\"OFFER\",\"forumOn\":\"" + today + "\",\"reasons\":\"x\",\"version\":0}").statusCode());

        HttpResponse<String> childRecord = priya.get("case/child.xhtml?id=" + child);
        assertEquals(200, childRecord.statusCode(), "her own case opens as ever");
        for (String page : List.of("case/child.xhtml?id=" + child, "work/my-work.xhtml")) {
            String body = priya.get(page).body();
            assertFalse(body.contains(reason) || body.contains("/pause/") || body.contains("Pause:"), page + " shows nothing of Pause");
        }
        assertTrue(tabs.stream().noneMatch(t -> t.getModuleId().equals("pause")), "Pause adds no tab to children's records");
        assertTrue(chronologies.stream().noneMatch(c -> c.moduleId().equals("pause")), "nor events to their chronology");

        List<AuditEntry> refusals = audit.latest(400).stream()
                .filter(e -> e.getActor().equals("priya.shah") && e.getOutcome().equals("DENIED"))
                .filter(e -> !e.getOccurredAt().isBefore(before.minusSeconds(1)))
                .filter(e -> e.getDetail() != null && e.getDetail().contains("/pause/"))
                .toList();
        assertTrue(refusals.size() >= 15, "every attempt is audited: " + refusals.size());
    }

    @Test
    void breakGlassOpensOneRecordWithAReasonAuditedAndShownToTheTeamLeader() throws Exception {
        long woman = mother(null);
        PortalSession maria = signIn("maria.costa");
        long participation = json(maria.postJson(API + "participations", "{\"personId\":" + woman + ",\"referredOn\":\""
                + today + "\",\"reason\":\"Asked for help.\"}").body()).getJsonNumber("id").longValue();
        PortalSession admin = signIn("admin");

        assertEquals(403, admin.get(API + "participations/" + participation).statusCode(), "no Pause record without the glass");
        HttpResponse<String> noReason = admin.postJson(API + "break-glass", "{\"personId\":" + woman + ",\"reason\":\"now\"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        String reason = "Police request at 02:00 about her safety " + UUID.randomUUID();
        assertEquals(204, admin.postJson(API + "break-glass", "{\"personId\":" + woman + ",\"reason\":\"" + reason + "\"}").statusCode());

        HttpResponse<String> read = admin.get(API + "participations/" + participation);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("REFERRED", json(read.body()).getJsonObject("participation").getString("stage"));
        assertEquals(200, admin.get("pause/woman.xhtml?id=" + participation).statusCode(), "the page opens too");
        List<AuditEntry> trail = audit.forRecord("person", Long.toString(woman), 30);
        assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("PAUSE_BREAK_GLASS") && e.getActor().equals("admin")
                && e.getDetail().contains(reason)), "opening it is audited with the reason");
        assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("PAUSE_BREAK_GLASS_READ") && e.getActor().equals("admin")),
                "reading through it is audited as such");

        String leader = "pauselead" + STAFF.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        people.staffMember(leader, "Lead Tester", "Pause team leader", List.of(Roles.MANAGER), "PAUSE");
        HttpResponse<String> listed = signIn(leader).get(API + "break-glass");
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains(reason) && listed.body().contains("\"username\":\"admin\""), listed.body());
        assertTrue(signIn(leader).get("pause/index.xhtml").body().contains(reason), "the team leader's home page lists it");
        assertEquals(403, maria.get(API + "break-glass").statusCode(), "practitioners do not see the list");
    }

    @Test
    void badInputIsAProblemNotAnError() throws Exception {
        PortalSession maria = signIn("maria.costa");
        HttpResponse<String> badDate = maria.get(API + "funnel?from=yesterday&to=2026-01-01");
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertTrue(badDate.body().contains("yyyy-MM-dd"), badDate.body());
        HttpResponse<String> notInCohort = maria.postJson(API + "participations", "{\"personId\":"
                + people.newAdult(context, "Not", "Cohort", today.minusYears(30), "F", "WBRI", "PAUSE") + ",\"reason\":\"x\"}");
        assertEquals(409, notInCohort.statusCode(), notInCohort.body());
        HttpResponse<String> estimate = maria.postJson(API + "costs/estimate", Json.createObjectBuilder()
                .add("women", 20).add("referenceWomen", 125).add("referenceSavingLow", 1200000).add("referenceSavingHigh", 2100000)
                .add("pregnanciesPerWomanLow", 0.15).add("pregnanciesPerWomanHigh", 0.30).add("staffCost", 303322.50)
                .add("programmeCost", 88950).add("localCost", 57727.50).add("licenceShare", 40875).add("bespokeCost", 346000)
                .add("programmeMonths", 18).build().toString());
        assertEquals(200, estimate.statusCode(), estimate.body());
        assertEquals(192000, json(estimate.body()).getJsonNumber("savingLow").intValue());
        assertEquals(450000, json(estimate.body()).getJsonNumber("programmeTotal").intValue());
        assertEquals(400, maria.postJson(API + "costs/estimate", "{\"women\":0}").statusCode());
    }

    @Test
    void theBoardSeesTheEstimateBesideWhatActuallyHappenedAsAnAuditedPdf() throws Exception {
        // A woman who began the programme, with a child born since she began.
        String practitioner = "pauseboard" + STAFF.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        people.staffMember(practitioner, "Board Tester", "Pause practitioner", List.of(Roles.PRACTITIONER), "PAUSE");
        PortalSession maria = signIn("maria.costa");
        JsonObject before = json(maria.get(API + "costs/actuals").body());
        long woman = mother(null);
        assertEquals(200, allocate(maria, consented(maria, woman), practitioner).statusCode());
        long baby = people.newChildBorn(context, today, "FAMILY_SAFEGUARDING");
        people.relate(woman, baby, "MOTHER", null);

        HttpResponse<String> read = maria.get(API + "costs/actuals");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject after = json(read.body());
        assertEquals(before.getInt("women") + 1, after.getInt("women"), read.body());
        assertEquals(before.getJsonObject("during").getInt("births") + 1, after.getJsonObject("during").getInt("births"),
                "her baby born today is a birth during the programme: " + read.body());
        assertTrue(after.getJsonObject("during").getJsonNumber("womanDays").longValue()
                > before.getJsonObject("during").getJsonNumber("womanDays").longValue(), "her day in the programme counts: " + read.body());

        String name = "Board " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject defaults = json(maria.get(API + "costs/defaults").body());
        HttpResponse<String> saved = maria.postJson(API + "costs/scenarios",
                Json.createObjectBuilder(defaults).add("name", name).build().toString());
        assertEquals(201, saved.statusCode(), saved.body());
        long scenario = json(saved.body()).getJsonNumber("id").longValue();
        HttpResponse<byte[]> pdf = maria.getBytes(API + "costs/scenarios/" + scenario + "/board.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(audit.forRecord("pause-scenario", Long.toString(scenario), 10).stream().anyMatch(e ->
                e.getAction().equals("PAUSE_BOARD_PDF") && e.getActor().equals("maria.costa")), "the download is audited");
        assertEquals(404, maria.getBytes(API + "costs/scenarios/999999999/board.pdf").statusCode());

        PortalSession priya = signIn("priya.shah");
        assertEquals(403, priya.getBytes(API + "costs/scenarios/" + scenario + "/board.pdf").statusCode());
        assertEquals(403, priya.get(API + "costs/actuals").statusCode());
    }

    /** A woman with two children removed by care orders in the last two years; the first child may be given. */
    private long mother(Long firstChild) {
        long woman = people.newAdult(context, "Testmother", "Pause" + STAFF.incrementAndGet(), today.minusYears(26), "F", "WBRI",
                "FAMILY_SAFEGUARDING");
        long first = firstChild != null ? firstChild : people.newChildBorn(context, today.minusYears(4), "FAMILY_SAFEGUARDING");
        long second = people.newChildBorn(context, today.minusMonths(14), "FAMILY_SAFEGUARDING");
        people.relate(woman, first, "MOTHER", null);
        people.relate(woman, second, "MOTHER", null);
        care.removal(first, today.minusMonths(20), null, null, null);
        care.removal(second, today.minusMonths(9), null, null, null);
        return woman;
    }

    private JsonObject consented(PortalSession maria, long woman) throws Exception {
        HttpResponse<String> referred = maria.postJson(API + "participations", "{\"personId\":" + woman
                + ",\"referredOn\":\"" + today + "\",\"reason\":\"Two children removed.\"}");
        assertEquals(201, referred.statusCode(), referred.body());
        JsonObject p = json(referred.body());
        HttpResponse<String> offered = maria.postJson(API + "participations/" + p.getJsonNumber("id") + "/decision",
                "{\"decision\":\"OFFER\",\"forumOn\":\"" + today + "\",\"reasons\":\"Meets the criteria.\",\"version\":" + p.getJsonNumber("version") + "}");
        assertEquals(200, offered.statusCode(), offered.body());
        p = json(offered.body());
        HttpResponse<String> consent = maria.postJson(API + "participations/" + p.getJsonNumber("id") + "/consent",
                "{\"consented\":true,\"on\":\"" + today + "\",\"version\":" + p.getJsonNumber("version") + "}");
        assertEquals(200, consent.statusCode(), consent.body());
        return json(consent.body());
    }

    private HttpResponse<String> allocate(PortalSession maria, JsonObject p, String practitioner) throws Exception {
        return maria.postJson(API + "participations/" + p.getJsonNumber("id") + "/allocation", "{\"practitioner\":\""
                + practitioner + "\",\"on\":\"" + today + "\",\"version\":" + p.getJsonNumber("version") + "}");
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
