package org.harbour.portal.it;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.spi.event.ChildBecameLookedAfter;
import org.harbour.core.spi.event.ChildLeftCare;
import org.harbour.core.spi.event.PersonDetailsChanged;
import org.harbour.core.spi.event.PlanEnded;
import org.harbour.core.spi.event.PlanKind;
import org.harbour.core.spi.event.PlanStarted;
import org.harbour.portal.testmodule.care.application.HelloCareEvents;
import org.harbour.portal.testmodule.remand.api.HelloRemandResource;
import org.harbour.portal.testmodule.remand.application.HelloRemands;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.harbour.portal.it.ApiJson.array;
import static org.harbour.portal.it.ApiJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events a module may observe and the write service it may call, through the hello module:
 * a remand recorded by the module makes the child looked after (legal status J1) in core's own
 * records, with the same checks and audit as the Involvements tab; events arrive after the change
 * commits and never for a change rolled back.
 */
@FirstStart
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class PlatformEventsIT {

    private static final String PASSWORD = "Harbour-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(PlatformEventsIT.class, PortalSession.class, TestChildren.class, ApiJson.class)
                .addAsLibrary(PortalDeployment.helloModule()
                        .addClasses(HelloCareEvents.class, HelloRemands.class, HelloRemandResource.class));
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    HelloCareEvents events;

    @ArquillianResource
    URL portal;

    @Test
    void aRemandRecordedByAModuleMakesTheChildLookedAfterUntilItEnds() throws Exception {
        long child = allocatedChild("grace.lee");
        PortalSession grace = signIn("grace.lee");
        HttpResponse<String> remanded = remand(grace, child, "2026-11-02", "U4");
        assertEquals(201, remanded.statusCode(), remanded.body());
        JsonObject ids = object(remanded.body());
        assertEquals(2, ids.size(), "ids only: " + ids);
        long periodId = ids.getJsonNumber("periodId").longValue();

        JsonObject period = involvement(grace, child, "looked-after");
        assertEquals(periodId, period.getJsonNumber("id").longValue());
        assertEquals("2026-11-02", period.getString("startDate"));
        JsonObject episode = involvement(grace, child, "placement-episode");
        assertEquals(ids.getJsonNumber("episodeId").longValue(), episode.getJsonNumber("id").longValue());
        assertEquals("J1", episode.getString("legalStatus"), "a remand is legal status J1 in SSDA903");
        assertEquals("S", episode.getString("reasonNewEpisode"));
        assertEquals(List.of(new ChildBecameLookedAfter(child, periodId, LocalDate.of(2026, 11, 2))), events.about(child));

        HttpResponse<String> twice = remand(grace, child, "2026-11-20", "U4");
        assertEquals(409, twice.statusCode(), "a child already looked after: " + twice.body());

        HttpResponse<String> ended = grace.postJson(remands(child) + "/" + periodId + "/end", "{\"on\":\"2026-11-27\"}");
        assertEquals(204, ended.statusCode(), ended.body());
        assertEquals("2026-11-27", involvement(grace, child, "looked-after").getString("endDate"));
        assertEquals("E14", involvement(grace, child, "placement-episode").getString("reasonCeased"));
        assertEquals(new ChildLeftCare(child, periodId, LocalDate.of(2026, 11, 27), "E14"), events.about(child).get(1));
        assertEquals(409, grace.postJson(remands(child) + "/" + periodId + "/end", "{\"on\":\"2026-11-28\"}").statusCode(),
                "an ended period is not ended again");

        List<AuditEntry> entries = audit.forRecord("person", Long.toString(child), 50);
        for (String action : List.of("LOOKED_AFTER_CREATE", "PLACEMENT_EPISODE_CREATE", "INVOLVEMENT_UPDATE")) {
            assertTrue(entries.stream().anyMatch(e -> e.getAction().equals(action) && e.getActor().equals("grace.lee")
                    && e.getOutcome().equals("SUCCESS")), action + " audited: " + entries);
        }
    }

    @Test
    void aRefusedRemandLeavesNoPeriodAndNoEvent() throws Exception {
        long child = allocatedChild("grace.lee");
        PortalSession grace = signIn("grace.lee");
        HttpResponse<String> badPlacement = remand(grace, child, "2026-11-02", "XX");
        assertEquals(400, badPlacement.statusCode(), badPlacement.body());
        assertTrue(badPlacement.body().contains("\"field\":\"placementType\""), badPlacement.body());
        HttpResponse<String> future = remand(grace, child, LocalDate.now().plusDays(3).toString(), "U4");
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("\"field\":\"startDate\""), future.body());
        assertEquals(400, grace.postJson(remands(child), "{\"placementType\":\"U4\",\"provider\":\"PR1\"}").statusCode());

        JsonArray all = array(grace.get("api/cases/" + child + "/involvements"));
        assertTrue(all.isEmpty(), "the period recorded before the episode was refused is rolled back: " + all);
        assertTrue(events.about(child).isEmpty(), "an event of a rolled-back change is never delivered: " + events.about(child));
    }

    @Test
    void theWriteServiceChecksReachAndTheModuleGateChecksTheModule() throws Exception {
        long priyasChild = allocatedChild("priya.shah");
        PortalSession grace = signIn("grace.lee");
        HttpResponse<String> unreached = remand(grace, priyasChild, "2026-11-02", "U4");
        assertEquals(404, unreached.statusCode(), unreached.body());
        assertTrue(audit.forRecord("person", Long.toString(priyasChild), 20).stream()
                .anyMatch(e -> e.getActor().equals("grace.lee") && e.getAction().equals("LOOKED_AFTER_CREATE")
                        && e.getOutcome().equals("DENIED")));

        PortalSession priya = signIn("priya.shah");
        assertEquals(403, remand(priya, priyasChild, "2026-11-02", "U4").statusCode(),
                "the hello module is not switched on for Family Safeguarding");
        assertTrue(events.about(priyasChild).isEmpty());
    }

    @Test
    void plansAndChangedDetailsAreAnnouncedWithIdsDatesAndCodesOnly() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        HttpResponse<String> refused = priya.postJson(involvements(child), "{\"kind\":\"cp-plan\",\"startDate\":\"2026-10-01\"}");
        assertEquals(400, refused.statusCode());
        HttpResponse<String> cp = priya.postJson(involvements(child),
                "{\"kind\":\"cp-plan\",\"startDate\":\"2026-10-01\",\"categoryCode\":\"NEG\"}");
        assertEquals(201, cp.statusCode(), cp.body());
        JsonObject plan = object(cp.body());
        long planId = plan.getJsonNumber("id").longValue();
        assertEquals(List.of(new PlanStarted(child, planId, PlanKind.CHILD_PROTECTION, LocalDate.of(2026, 10, 1), "NEG")),
                events.about(child), "the refused plan announced nothing");

        String update = "{\"kind\":\"cp-plan\",\"version\":%d,\"startDate\":\"2026-10-01\",\"categoryCode\":\"NEG\"%s}";
        HttpResponse<String> corrected = priya.putJson(involvements(child) + "/cp-plan/" + planId,
                String.format(update, plan.getJsonNumber("version").longValue(), ",\"latestCategoryCode\":\"EMO\""));
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(1, events.about(child).size(), "a plan still open after a save has not started again");
        HttpResponse<String> ended = priya.putJson(involvements(child) + "/cp-plan/" + planId,
                String.format(update, object(corrected.body()).getJsonNumber("version").longValue(),
                        ",\"endDate\":\"2026-11-16\""));
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals(new PlanEnded(child, planId, PlanKind.CHILD_PROTECTION, LocalDate.of(2026, 11, 16)),
                events.about(child).get(1));

        HttpResponse<String> cin = priya.postJson(involvements(child), "{\"kind\":\"cin-plan\",\"startDate\":\"2026-11-16\"}");
        assertEquals(201, cin.statusCode(), cin.body());
        assertEquals(PlanKind.CHILD_IN_NEED, ((PlanStarted) events.about(child).get(2)).kind());

        HttpResponse<String> read = priya.get("api/persons/" + child);
        assertEquals(200, read.statusCode(), read.body());
        HttpResponse<String> changed = priya.sendJson("PUT", "api/persons/" + child,
                "{\"givenName\":\"Test\",\"familyName\":\"Renamed\",\"dateOfBirth\":\"2012-05-01\",\"sex\":\"F\","
                        + "\"kind\":\"CHILD\",\"postcode\":\"HB1 4QT\"}",
                "If-Match", read.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, changed.statusCode(), changed.body());
        long version = object(changed.body()).getJsonNumber("version").longValue();
        assertEquals(new PersonDetailsChanged(child, version), events.about(child).get(3));
        assertEquals(4, events.about(child).size());
    }

    private static JsonObject involvement(PortalSession session, long child, String kind) throws Exception {
        return array(session.get(involvements(child))).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    private long allocatedChild(String worker) {
        return TestChildren.allocatedTo(worker, "Events", caseloads, directory);
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    /** A remand through the hello module, in a placement of the type given with the council's own provider. */
    private static HttpResponse<String> remand(PortalSession session, long child, String from, String placementType)
            throws Exception {
        return session.postJson(remands(child), "{\"from\":\"" + from + "\",\"placementType\":\"" + placementType
                + "\",\"provider\":\"PR1\"}");
    }

    private static String remands(long child) {
        return "api/hello/children/" + child + "/remands";
    }

    private static String involvements(long child) {
        return "api/cases/" + child + "/involvements";
    }
}
