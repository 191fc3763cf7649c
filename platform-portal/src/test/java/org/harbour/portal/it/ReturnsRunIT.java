package org.harbour.portal.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.spi.returns.ReturnHistory;
import org.harbour.portal.testmodule.returns.infrastructure.HelloReturn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.harbour.portal.it.ApiJson.array;
import static org.harbour.portal.it.ApiJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statutory returns run end to end through /api/returns with the hello module's tiny return: the
 * run and its files kept with their SHA-256, the validator's messages naming child, field and page,
 * every run and download audited, refusals audited, bad input answered 400/404, never 500.
 */
@FirstStart
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class ReturnsRunIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String RUNS = "api/returns/" + HelloReturn.ID + "/runs";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(ReturnsRunIT.class, PortalSession.class, TestChildren.class, ApiJson.class)
                .addAsLibrary(PortalDeployment.helloModule().addClass(HelloReturn.class));
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    ReturnHistory history;

    @ArquillianResource
    URL portal;

    @Test
    void aReturnsKeptRunsAreReadOnlyFromInsideItsOwnRun() {
        LocalDate lastMarch = LocalDate.of(LocalDate.now().getYear(), 3, 31);
        IllegalStateException outside = assertThrows(IllegalStateException.class,
                () -> history.latestRunEndingOn("ssda903", lastMarch));
        assertTrue(outside.getMessage().contains("only from inside its own run"), outside.getMessage());
        assertThrows(IllegalStateException.class, () -> history.latestRunEndingOn(HelloReturn.ID, lastMarch),
                "not even the module's own return, outside a run");
    }

    @Test
    void aRunKeepsItsFilesWithTheirChecksumsAndMessagesAndAPastRunDownloadsAgainExactly() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        long periodId = id(priya.postJson(involvements(child), Json.createObjectBuilder().add("kind", "looked-after")
                .add("startDate", "2024-06-03").build().toString()));
        long episodeId = id(priya.postJson(involvements(child), Json.createObjectBuilder().add("kind", "placement-episode")
                .add("periodId", periodId).add("startDate", "2024-06-03").add("legalStatus", "V2")
                .add("placementType", "T1").add("placementProvider", "PR1").add("reasonNewEpisode", "S").build().toString()));

        PortalSession admin = signIn("admin");
        JsonArray available = array(admin.get("api/returns"));
        JsonObject hello = available.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("id").equals(HelloReturn.ID)).findFirst().orElseThrow();
        assertEquals("hello", hello.getString("moduleId"));
        LocalDate today = LocalDate.now();
        int first = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        assertEquals(first + "-" + String.format("%02d", (first + 1) % 100), hello.getString("currentPeriod"));
        assertTrue(hello.getString("periods").startsWith("Collection year from 1 April to 31 March"));

        HttpResponse<String> started = admin.postJson(RUNS, "{\"period\":\"2024-25\"}");
        assertEquals(201, started.statusCode(), started.body());
        JsonObject run = object(started.body());
        long runId = run.getJsonNumber("id").longValue();
        assertTrue(started.headers().firstValue("Location").orElse("").endsWith("/api/returns/runs/" + runId));
        assertEquals("admin", run.getString("runBy"));
        assertEquals("2024-25", run.getString("period"));
        assertEquals("2024-04-01", run.getString("periodStart"));
        assertEquals("2025-03-31", run.getString("periodEnd"));
        assertTrue(run.getInt("errors") >= 1, run.toString());
        JsonArray files = run.getJsonArray("files");
        assertEquals(List.of(HelloReturn.CSV, "hello_header.xml"),
                files.stream().map(f -> f.asJsonObject().getString("name")).toList());

        JsonObject csv = files.getJsonObject(0);
        String fileAddress = "api/returns/runs/" + runId + "/files/" + csv.getJsonNumber("id");
        HttpResponse<byte[]> download = admin.getBytes(fileAddress);
        assertEquals(200, download.statusCode());
        byte[] bytes = download.body();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(csv.getString("sha256"), sha256, "the checksum recorded is the checksum of the bytes downloaded");
        assertEquals(csv.getJsonNumber("size").longValue(), bytes.length);
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":",
                download.headers().firstValue("Repr-Digest").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        String content = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("CHILD,EPISODE,DECOM,DEC,PLACE\r\n"), content);
        assertTrue(content.contains(child + "," + episodeId + ",2024-06-03,,T1\r\n"), content);

        JsonObject message = messagesAbout(admin, runId, child);
        assertEquals(HelloReturn.RULE, message.getString("ruleCode"));
        assertEquals("ERROR", message.getString("severity"));
        assertEquals("PLACE", message.getString("field"));
        assertEquals("/case/involvement.xhtml?person=" + child + "&kind=placement-episode&id=" + episodeId,
                message.getString("link"));
        assertEquals(200, priya.get(message.getString("link").substring(1)).statusCode(),
                "the link opens the page that fixes it, for staff who may reach the child");

        // The record is put right; a new run no longer finds the error, and the past run is kept exactly as it was.
        JsonObject period = object(priya.get(involvements(child) + "/looked-after/" + periodId).body());
        assertEquals(200, priya.putJson(involvements(child) + "/looked-after/" + periodId, Json.createObjectBuilder()
                .add("kind", "looked-after").add("version", period.getJsonNumber("version").longValue())
                .add("startDate", "2024-06-03").add("endDate", "2024-09-30").add("reasonCeased", "E13")
                .build().toString()).statusCode());
        HttpResponse<String> rerun = admin.postJson(RUNS, "{\"period\":\"2024-25\"}");
        assertEquals(201, rerun.statusCode(), rerun.body());
        long rerunId = object(rerun.body()).getJsonNumber("id").longValue();
        assertTrue(array(admin.get("api/returns/runs/" + rerunId + "/messages")).stream()
                .noneMatch(m -> m.asJsonObject().getJsonNumber("personId") != null
                        && m.asJsonObject().getJsonNumber("personId").longValue() == child));
        assertArrayEquals(bytes, admin.getBytes(fileAddress).body(), "the past run's file downloads again byte for byte");
        assertEquals(HelloReturn.RULE, messagesAbout(admin, runId, child).getString("ruleCode"));

        List<Long> listed = array(admin.get("api/returns/runs?returnId=" + HelloReturn.ID)).stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(rerunId, runId), listed.subList(0, 2), "newest first");
        assertEquals("admin", object(admin.get("api/returns/runs/" + runId).body()).getString("runBy"));

        List<AuditEntry> entries = audit.forRecord("return-run", Long.toString(runId), 20);
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("RETURN_RUN") && e.getActor().equals("admin")
                && e.getOutcome().equals("SUCCESS") && e.getDetail().contains("for 2024-25")), entries.toString());
        assertEquals(2, entries.stream().filter(e -> e.getAction().equals("RETURN_DOWNLOAD")
                && e.getDetail().contains(sha256)).count(), "each download audited with the checksum served");
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("RETURN_MESSAGES_VIEW")));
    }

    @Test
    void runningNeedsTheReturnsPermissionWithItsModuleOnAndEveryRefusalIsAudited() throws Exception {
        PortalSession admin = signIn("admin");
        HttpResponse<String> run = admin.postJson(RUNS, "{\"period\":\"2025-26\"}");
        assertEquals(201, run.statusCode(), run.body());
        long runId = object(run.body()).getJsonNumber("id").longValue();

        PortalSession grace = signIn("grace.lee");
        assertEquals(200, grace.get("api/hello/greeting").statusCode(), "grace may use the module");
        assertTrue(array(grace.get("api/returns")).stream()
                .noneMatch(r -> r.asJsonObject().getString("id").equals(HelloReturn.ID)), "but is not offered its return");
        HttpResponse<String> refused = grace.postJson(RUNS, "{\"period\":\"2025-26\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("hello:returns"), refused.body());
        assertEquals(403, grace.get("api/returns/runs/" + runId + "/messages").statusCode());
        assertEquals(403, grace.get("api/returns/runs/" + runId + "/files/1").statusCode());
        assertTrue(array(grace.get("api/returns/runs")).isEmpty());

        PortalSession dan = signIn("dan.hughes");
        HttpResponse<String> moduleOff = dan.postJson(RUNS, "{\"period\":\"2025-26\"}");
        assertEquals(403, moduleOff.statusCode(), moduleOff.body());
        assertTrue(moduleOff.body().contains("not switched on"), moduleOff.body());

        List<AuditEntry> refusals = audit.forRecord("return", HelloReturn.ID, 20);
        assertTrue(refusals.stream().anyMatch(e -> e.getActor().equals("grace.lee") && e.getAction().equals("RETURN_RUN")
                && e.getOutcome().equals("DENIED")), refusals.toString());
        assertTrue(refusals.stream().anyMatch(e -> e.getActor().equals("dan.hughes") && e.getAction().equals("RETURN_RUN")
                && e.getOutcome().equals("DENIED")), refusals.toString());
        List<AuditEntry> onRun = audit.forRecord("return-run", Long.toString(runId), 20);
        assertTrue(onRun.stream().anyMatch(e -> e.getActor().equals("grace.lee") && e.getAction().equals("RETURN_DOWNLOAD")
                && e.getOutcome().equals("DENIED")), onRun.toString());
    }

    @Test
    void badInputIsAProblemDetailNeverAServerError() throws Exception {
        PortalSession admin = signIn("admin");
        assertProblem(admin.postJson("api/returns/no-such-return/runs", "{\"period\":\"2025-26\"}"), 404, null);
        assertProblem(admin.postJson(RUNS, "{\"period\":\"2025/26\"}"), 400, "period");
        assertProblem(admin.postJson(RUNS, "{\"period\":\"2025-27\"}"), 400, "period");
        assertProblem(admin.postJson(RUNS, "{\"period\":\"2090-91\"}"), 400, "period");
        assertProblem(admin.postJson(RUNS, "{}"), 400, "period");
        assertProblem(admin.postJson(RUNS, "{\"period\":12}"), 400, null);
        assertProblem(admin.postJson(RUNS, "not json"), 400, null);
        assertProblem(admin.get("api/returns/runs/999999999"), 404, null);
        assertProblem(admin.get("api/returns/runs/999999999/messages"), 404, null);
        assertEquals(404, admin.get("api/returns/runs/abc").statusCode());
        assertEquals(404, admin.get("api/returns/runs/99999999999999999999999").statusCode());
        assertProblem(admin.get("api/returns/runs?returnId=nothing-here"), 404, null);

        HttpResponse<String> noHeader = admin.sendRaw("POST", RUNS, "{\"period\":\"2025-26\"}",
                "Content-Type", "application/json");
        assertEquals(403, noHeader.statusCode(), "a write without the API's cross-site header is refused");
        HttpResponse<String> foreign = admin.send("POST", RUNS, HttpRequest.BodyPublishers.ofString("{\"period\":\"2025-26\"}"),
                "Content-Type", "application/json", "Origin", "https://evil.example");
        assertEquals(403, foreign.statusCode(), "nor from another site's page");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        if (field != null) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
        }
    }

    private static JsonObject messagesAbout(PortalSession session, long runId, long child) throws Exception {
        HttpResponse<String> messages = session.get("api/returns/runs/" + runId + "/messages");
        List<JsonObject> about = array(messages).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("personId") != null && m.getJsonNumber("personId").longValue() == child)
                .toList();
        assertEquals(1, about.size(), messages.body());
        assertFalse(about.get(0).toString().contains("Test"), "no names in messages");
        return about.get(0);
    }

    private long allocatedChild(String worker) {
        return TestChildren.allocatedTo(worker, "Returns", caseloads, directory);
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static String involvements(long child) {
        return "api/cases/" + child + "/involvements";
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return object(created.body()).getJsonNumber("id").longValue();
    }
}
