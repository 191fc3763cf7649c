package org.harbour.portal.it;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.ChronologySource;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.core.work.application.ChildWork;
import org.harbour.core.work.application.WorkList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Case work on the real portal: activities feed the chronology and "My work", cases move between
 * workers with their history, edits and uploads are checked, and every step is audited. Each
 * test works on its own demo child so the tests do not depend on each other's order.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class CaseworkIT {

    private static final String PASSWORD = "Harbour-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(CaseworkIT.class, PortalSession.class);
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    Instance<WorkItemSource> workItemSources;

    @Inject
    Instance<ChronologySource> chronologySources;

    @Inject
    WorkList workList;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditTrail audit;

    @Inject
    PortalDatabase database;

    @ArquillianResource
    URL portal;

    private final LocalDate today = LocalDate.now(Clock.systemUTC());

    @Test
    void aRecordedVisitJoinsTheChronologyAndMovesTheNextVisitDate() throws Exception {
        long child = priyasChild(0);
        PortalSession priya = signIn("priya.shah");
        assertEquals(204, priya.putJson(cases(child, "visit-regime"),
                "{\"regime\":\"CP\",\"from\":\"" + today.minusDays(60) + "\"}").statusCode());

        LocalDate visitDate = weekdayOnOrBefore(today);
        HttpResponse<String> created = priya.postJson(cases(child, "activities"), "{\"kind\":\"visit\",\"date\":\""
                + visitDate + "\",\"visitType\":\"CP\",\"childSeen\":true,\"seenAlone\":true,\"text\":\"Seen at school.\"}");
        assertEquals(201, created.statusCode(), created.body());
        long visitId = json(created.body()).getJsonNumber("id").longValue();

        WorkItem visitDue = coreItems(child).stream().filter(i -> i.getTitle().startsWith("CP visit due"))
                .findFirst().orElseThrow();
        assertEquals(calendar.addWorkingDays(visitDate, 10), visitDue.getDueOn(),
                "the next CP visit is due 10 working days after this one");
        assertFalse(visitDue.isOverdue());

        List<ChronologyEvent> events = chronologySources.stream().flatMap(s -> s.eventsFor(child).stream()).toList();
        assertTrue(events.stream().anyMatch(e -> e.getCategory().equals("Visit") && e.getDate().equals(visitDate)
                && e.getTitle().equals("CP visit: child seen alone") && e.getModuleId().equals("core")), events.toString());

        assertTrue(audit.forRecord("person", Long.toString(child), 20).stream().anyMatch(e ->
                e.getAction().equals("VISIT_CREATE") && e.getActor().equals("priya.shah")
                        && e.getOutcome().equals("SUCCESS") && e.getDetail().equals("Activity " + visitId)));
        HttpResponse<String> page = priya.get("case/child.xhtml?id=" + child);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-activity=\"" + visitId + "\""), "the visit is listed on the record's tab");
        HttpResponse<String> form = priya.get("case/activity.xhtml?person=" + child + "&kind=visit");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Record a visit"), "the form for a new visit");
        HttpResponse<String> shown = priya.get("case/activity.xhtml?person=" + child + "&id=" + visitId);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Seen at school."), "the recorded visit, editable by its author");
        assertEquals(404, signIn("dan.hughes").get("case/activity.xhtml?person=" + child + "&id=" + visitId).statusCode());
    }

    @Test
    void aVisitSeenAloneButNotSeenIsRefusedWithEveryProblemAtOnceByTheApiAndThePage() throws Exception {
        long child = priyasChild(7);
        PortalSession priya = signIn("priya.shah");
        int before = activitiesOf(priya, child);

        // The API: the contradiction alone, then with two other problems, all named together.
        HttpResponse<String> contradiction = priya.postJson(cases(child, "activities"), "{\"kind\":\"visit\",\"date\":\""
                + weekdayOnOrBefore(today) + "\",\"visitType\":\"CIN\",\"childSeen\":false,\"seenAlone\":true}");
        assertEquals(400, contradiction.statusCode(), contradiction.body());
        assertTrue(contradiction.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(List.of("seenAlone"), fields(contradiction.body()));

        HttpResponse<String> three = priya.postJson(cases(child, "activities"), "{\"kind\":\"visit\",\"date\":\""
                + today.plusDays(3) + "\",\"childSeen\":false,\"seenAlone\":true}");
        assertEquals(400, three.statusCode(), three.body());
        assertEquals(List.of("date", "visitType", "seenAlone"), fields(three.body()), three.body());

        // The page: the same answers are refused, every message listed in the summary and beside its field.
        String form = priya.get("case/activity.xhtml?person=" + child + "&kind=visit").body();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("activity-form", "activity-form");
        fields.put("activity-form:date", today.plusDays(3).toString());
        fields.put("activity-form:visit-type", "");
        fields.put("activity-form:seen-alone", "on");
        fields.put("activity-form:text", "Spoke to the child in the garden.");
        fields.put("activity-form:save", "Save");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(form));
        HttpResponse<String> refused = priya.post("case/activity.xhtml?person=" + child + "&kind=visit", fields);
        assertEquals(200, refused.statusCode());
        String page = refused.body();
        assertTrue(page.contains("There is a problem"), "the error summary");
        for (String field : List.of("activity-form:date", "activity-form:visit-type", "activity-form:seen-alone")) {
            assertTrue(page.contains("href=\"#" + field + "\""), "the summary links to " + field);
        }
        assertTrue(page.contains("id=\"activity-form:seen-alone-error\"") && page.contains("A child seen alone was seen"),
                "the contradiction's message beside its field");
        assertTrue(page.contains("Spoke to the child in the garden."), "the user's input is kept");
        assertEquals(before, activitiesOf(priya, child), "nothing was saved");
    }

    @Test
    void noNextStepFollowsAReferralWithNoFurtherAction() throws Exception {
        long child = priyasChild(8);
        PortalSession priya = signIn("priya.shah");
        LocalDate day = weekdayOnOrBefore(today.minusDays(7));
        HttpResponse<String> referral = priya.postJson(cases(child, "involvements"), "{\"kind\":\"referral\",\"startDate\":\""
                + day + "\",\"sourceCode\":\"1B\",\"nfa\":true}");
        assertEquals(201, referral.statusCode(), referral.body());
        long referralId = json(referral.body()).getJsonNumber("id").longValue();

        HttpResponse<String> assessment = priya.postJson(cases(child, "involvements"), "{\"kind\":\"assessment\",\"startDate\":\""
                + day + "\",\"referralId\":" + referralId + "}");
        assertEquals(400, assessment.statusCode(), assessment.body());
        assertTrue(fields(assessment.body()).contains("referralId"), assessment.body());
        assertTrue(assessment.body().contains("no further action"), assessment.body());
    }

    private int activitiesOf(PortalSession session, long child) throws Exception {
        HttpResponse<String> list = session.get(cases(child, "activities"));
        assertEquals(200, list.statusCode(), list.body());
        return json("{\"a\":" + list.body() + "}").getJsonArray("a").size();
    }

    private static List<String> fields(String problem) {
        return json(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void anOverdueVisitShowsInMyWorkOverdueFirst() throws Exception {
        long child = priyasChild(1);
        PortalSession priya = signIn("priya.shah");
        assertEquals(204, priya.putJson(cases(child, "visit-regime"),
                "{\"regime\":\"EARLY_HELP\",\"from\":\"" + today.minusDays(90) + "\"}").statusCode());
        LocalDate visitDate = today.minusDays(40);
        assertEquals(201, priya.postJson(cases(child, "activities"), "{\"kind\":\"visit\",\"date\":\"" + visitDate
                + "\",\"visitType\":\"EARLY_HELP\",\"childSeen\":true}").statusCode());

        List<ChildWork> work = workList.caseloadWork("priya.shah", today, module -> true);
        ChildWork mine = work.stream().filter(w -> w.getChild().getPersonId() == child).findFirst().orElseThrow();
        WorkItem due = mine.getItems().stream().filter(i -> i.getTitle().startsWith("Early help visit due"))
                .findFirst().orElseThrow();
        assertEquals(visitDate.plusWeeks(4), due.getDueOn());
        assertTrue(due.isOverdue());
        assertTrue(work.get(0).isOverdue(), "children with overdue work come first");

        HttpResponse<String> page = priya.get("work/my-work.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-person=\"" + child + "\""), "the child is on the page");
        assertTrue(page.body().contains("Early help visit due (every 4 weeks)"), "with the overdue visit");
        assertFalse(page.body().contains("id=\"overdue-count\">0<"), "the overdue count is not zero");
    }

    @Test
    void aReallocationKeepsTheHistoryAndMovesTheChildToTheNewWorker() throws Exception {
        long child = priyasChild(2);
        PortalSession tom = signIn("tom.okafor");
        JsonObject current = currentAllocation(tom, child);
        assertEquals("priya.shah", current.getString("worker"));
        HttpResponse<String> reallocationPage = tom.get("team/reallocate.xhtml?person=" + child);
        assertEquals(200, reallocationPage.statusCode());
        assertTrue(reallocationPage.body().contains("Priya Shah"), "the page shows the current worker");

        String request = "{\"allocationId\":" + current.getJsonNumber("id") + ",\"allocationVersion\":"
                + current.getJsonNumber("version") + ",\"worker\":\"tom.okafor\",\"teamId\":"
                + current.getJsonNumber("teamId") + ",\"from\":\"" + today + "\",\"reason\":\"Priya's caseload is full\"}";
        HttpResponse<String> moved = tom.postJson(cases(child, "allocations"), request);
        assertEquals(201, moved.statusCode(), moved.body());

        JsonArray history = json("{\"h\":" + tom.get(cases(child, "allocations")).body() + "}").getJsonArray("h");
        assertTrue(history.size() >= 2);
        JsonObject now = history.getJsonObject(0);
        JsonObject before = history.getJsonObject(1);
        assertEquals("tom.okafor", now.getString("worker"));
        assertEquals("Priya's caseload is full", now.getString("reason"));
        assertEquals("tom.okafor", now.getString("allocatedBy"));
        assertEquals("priya.shah", before.getString("worker"));
        LocalDate started = LocalDate.parse(before.getString("startedOn"));
        assertEquals(started.equals(today) ? today : today.minusDays(1), LocalDate.parse(before.getString("endedOn")),
                "the old allocation ends the day before the new one begins");

        assertTrue(caseloads.caseloadOf("tom.okafor", today).stream().anyMatch(i -> i.getPersonId() == child));
        assertTrue(caseloads.caseloadOf("priya.shah", today).stream().noneMatch(i -> i.getPersonId() == child));
        assertTrue(audit.forRecord("person", Long.toString(child), 10).stream().anyMatch(e ->
                e.getAction().equals("CASE_ALLOCATE") && e.getOutcome().equals("SUCCESS") && e.getActor().equals("tom.okafor")));

        HttpResponse<String> stale = tom.postJson(cases(child, "allocations"), request);
        assertEquals(409, stale.statusCode(), "a second reallocation from the same version is refused");
        assertTrue(stale.body().contains("tom.okafor changed this record"), stale.body());
        assertTrue(signIn("tom.okafor").get("team/caseloads.xhtml").body().contains("data-person=\"" + child + "\""),
                "the team view shows the child under its new worker");

        // A case does not close over a plan still running: the closure is refused, names the plan, and is audited.
        sql("insert into core_involvement (person_id, kind, start_date, recorded_by, recorded_at, version) values ("
                + child + ", 'CIN_PLAN', '" + today.minusDays(10) + "', 'test', CURRENT_TIMESTAMP, 0)");
        JsonObject reallocated = currentAllocation(tom, child);
        String closure = "{\"caseId\":" + reallocated.getJsonNumber("caseId") + ",\"caseVersion\":"
                + reallocated.getJsonNumber("caseVersion") + ",\"closedOn\":\"" + today
                + "\",\"reason\":\"Needs met; no further action\"}";
        HttpResponse<String> refused = tom.postJson(cases(child, "closure"), closure);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("The child in need plan from " + today.minusDays(10)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " is still open"), refused.body());
        assertTrue(audit.forRecord("person", Long.toString(child), 10).stream().anyMatch(e ->
                e.getAction().equals("CASE_CLOSE") && e.getOutcome().equals("DENIED")));
        assertTrue(caseloads.caseloadOf("tom.okafor", today).stream().anyMatch(i -> i.getPersonId() == child),
                "the refused case stays open");

        sql("update core_involvement set end_date = '" + today + "' where person_id = " + child
                + " and kind in ('CIN_PLAN', 'CP_PLAN', 'LOOKED_AFTER') and end_date is null");
        HttpResponse<String> closed = tom.postJson(cases(child, "closure"), closure);
        assertEquals(204, closed.statusCode(), closed.body());
        assertTrue(caseloads.caseloadOf("tom.okafor", today).stream().noneMatch(i -> i.getPersonId() == child),
                "a closed case leaves the caseload");
        assertTrue(audit.forRecord("person", Long.toString(child), 10).stream().anyMatch(e ->
                e.getAction().equals("CASE_CLOSE") && e.getOutcome().equals("SUCCESS")));
    }

    @Test
    void aPractitionerCannotReallocateAndTheRefusalIsAudited() throws Exception {
        long child = priyasChild(3);
        PortalSession priya = signIn("priya.shah");
        JsonObject current = currentAllocation(priya, child);
        String request = "{\"allocationId\":" + current.getJsonNumber("id") + ",\"allocationVersion\":"
                + current.getJsonNumber("version") + ",\"worker\":\"tom.okafor\",\"teamId\":"
                + current.getJsonNumber("teamId") + ",\"from\":\"" + today + "\",\"reason\":\"Taking it myself\"}";
        HttpResponse<String> refused = priya.postJson(cases(child, "allocations"), request);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Only managers may reallocate"), refused.body());
        assertTrue(audit.forRecord("person", Long.toString(child), 10).stream().anyMatch(e ->
                e.getAction().equals("CASE_ALLOCATE") && e.getOutcome().equals("DENIED") && e.getActor().equals("priya.shah")),
                "the refusal is in the audit trail");
        assertEquals("priya.shah", currentAllocation(priya, child).getString("worker"), "nothing changed");
        assertEquals(403, priya.get("team/caseloads.xhtml").statusCode(), "nor may she see the team view");

        PortalSession dan = signIn("dan.hughes");
        assertEquals(404, dan.postJson(cases(child, "allocations"), request).statusCode(),
                "a child of another area is not found at all");
    }

    @Test
    void twoSavesOfOneCaseNoteFromTheSameVersionTheSecondIsRefused() throws Exception {
        long child = priyasChild(4);
        PortalSession first = signIn("priya.shah");
        PortalSession second = signIn("priya.shah");
        HttpResponse<String> created = first.postJson(cases(child, "activities"), "{\"kind\":\"note\",\"date\":\""
                + today + "\",\"subject\":\"Call from school\",\"text\":\"Attendance is improving.\"}");
        assertEquals(201, created.statusCode(), created.body());
        long note = json(created.body()).getJsonNumber("id").longValue();
        long version = json(second.get(cases(child, "activities/" + note)).body()).getJsonNumber("version").longValue();

        HttpResponse<String> saved = first.putJson(cases(child, "activities/" + note), "{\"date\":\"" + today
                + "\",\"subject\":\"Call from school\",\"text\":\"Attendance is 96% this term.\",\"version\":" + version + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> conflict = second.putJson(cases(child, "activities/" + note), "{\"date\":\"" + today
                + "\",\"subject\":\"Call from school\",\"text\":\"Attendance is poor.\",\"version\":" + version + "}");
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertTrue(conflict.body().contains("priya.shah changed this record"), conflict.body());
        JsonObject stored = json(first.get(cases(child, "activities/" + note)).body());
        assertEquals("Attendance is 96% this term.", stored.getJsonObject("form").getString("text"), "the first save stands");

        PortalSession tom = signIn("tom.okafor");
        HttpResponse<String> notAuthor = tom.putJson(cases(child, "activities/" + note), "{\"date\":\"" + today
                + "\",\"subject\":\"x\",\"text\":\"y\",\"version\":" + stored.getJsonNumber("version") + "}");
        assertEquals(403, notAuthor.statusCode(), "only the author may change a note");
        assertFalse(json(tom.get(cases(child, "activities/" + note)).body()).getBoolean("editable"));
        List<AuditEntry> trail = audit.forRecord("person", Long.toString(child), 20);
        assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("CASE_NOTE_VIEW") && e.getActor().equals("tom.okafor")));
        assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("CASE_NOTE_UPDATE") && e.getOutcome().equals("DENIED")));

        HttpResponse<String> invalid = first.postJson(cases(child, "activities"), "{\"kind\":\"note\",\"date\":\""
                + today.plusDays(3) + "\",\"subject\":\"\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"field\":\"date\""), invalid.body());
    }

    @Test
    void documentsAreCheckedByContentAndSizeAndDownloadsAreAuditedAndNeedToKnow() throws Exception {
        long child = priyasChild(5);
        PortalSession priya = signIn("priya.shah");
        long before = countDocuments();

        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> disguised = priya.postBytes(cases(child, "documents"), exe,
                Map.of("Content-Type", "application/pdf", "Content-Disposition", "attachment; filename=\"report.pdf\""));
        assertEquals(415, disguised.statusCode(), disguised.body());
        assertTrue(disguised.body().contains("This kind of file cannot be attached"), disguised.body());

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        HttpResponse<String> tooBig = priya.postBytes(cases(child, "documents"), huge,
                Map.of("Content-Type", "application/pdf", "Content-Disposition", "attachment; filename=\"big.pdf\""));
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(tooBig.body().contains("larger than the limit of 10 MB"), tooBig.body());
        assertEquals(before, countDocuments(), "nothing stored");

        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> stored = priya.postBytes(cases(child, "documents"), pdf, Map.of("Content-Type",
                "application/pdf", "Content-Disposition", "attachment; filename=\"../Core group minutes.pdf\""));
        assertEquals(201, stored.statusCode(), stored.body());
        JsonObject document = json(stored.body());
        assertEquals("Core group minutes.pdf", document.getString("fileName"), "the name is sanitised");
        assertEquals(64, document.getString("sha256").length());
        String content = cases(child, "documents/" + document.getJsonNumber("id") + "/content");

        HttpResponse<byte[]> download = priya.getBytes(content);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(audit.forRecord("person", Long.toString(child), 10).stream().anyMatch(e ->
                e.getAction().equals("DOCUMENT_DOWNLOAD") && e.getOutcome().equals("SUCCESS") && e.getActor().equals("priya.shah")));

        PortalSession dan = signIn("dan.hughes");
        assertEquals(404, dan.getBytes(content).statusCode(), "another area's practitioner gets nothing");
        assertTrue(audit.forRecord("person", Long.toString(child), 10).stream().anyMatch(e ->
                e.getAction().equals("DOCUMENT_DOWNLOAD") && e.getOutcome().equals("DENIED") && e.getActor().equals("dan.hughes")));
        assertTrue(chronologySources.stream().flatMap(s -> s.eventsFor(child).stream())
                .anyMatch(e -> e.getCategory().equals("Document")), "the document is in the chronology");
        assertTrue(audit.verify().isIntact());
    }

    /** The n-th child of priya's demo caseload in a fixed order; each test takes its own. */
    private long priyasChild(int n) {
        List<CaseloadItem> caseload = caseloads.caseloadOf("priya.shah", today).stream()
                .sorted((a, b) -> Long.compare(a.getCaseId(), b.getCaseId())).toList();
        return caseload.get(n).getPersonId();
    }

    private List<WorkItem> coreItems(long child) {
        return workItemSources.stream().filter(s -> s.moduleId().equals("core"))
                .flatMap(s -> s.dueFor(Set.of(child), today).stream()).toList();
    }

    private JsonObject currentAllocation(PortalSession session, long child) throws Exception {
        HttpResponse<String> history = session.get(cases(child, "allocations"));
        assertEquals(200, history.statusCode(), history.body());
        JsonArray periods = json("{\"h\":" + history.body() + "}").getJsonArray("h");
        return periods.stream().map(v -> v.asJsonObject()).filter(p -> p.getBoolean("current")).findFirst().orElseThrow();
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static String cases(long child, String rest) {
        return "api/cases/" + child + "/" + rest;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static LocalDate weekdayOnOrBefore(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    private void sql(String statement) throws Exception {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.executeUpdate();
        }
    }

    private long countDocuments() throws Exception {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM core_document");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
