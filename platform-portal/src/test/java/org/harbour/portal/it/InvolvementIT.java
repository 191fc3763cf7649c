package org.harbour.portal.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.harbour.core.activity.application.ActivityWorkItems;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.involvement.application.InvolvementChronology;
import org.harbour.core.involvement.application.InvolvementWorkItems;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.module.ChronologyEvent;
import org.harbour.core.spi.module.WorkItem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Involvements on the real portal: recorded through the REST API as staff would, with their
 * timescales, rules, optimistic locking, need to know and audit, and what they contribute to the
 * chronology and to "my work".
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class InvolvementIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final AtomicInteger CHILDREN = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(InvolvementIT.class, PortalSession.class);
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    InvolvementChronology chronology;

    @Inject
    InvolvementWorkItems workItems;

    @Inject
    ActivityWorkItems activityWorkItems;

    @ArquillianResource
    URL portal;

    @Test
    void aReferralOpensACaseAndItsAssessmentIsDue45WorkingDaysLaterAcrossBankHolidays() throws Exception {
        long child = newPerson();
        PortalSession priya = signIn("priya.shah");
        int caseloadBefore = caseloads.caseloadOf("priya.shah", LocalDate.now()).size();

        HttpResponse<String> referral = priya.postJson(path(child), json("referral")
                .add("startDate", "2026-04-20").add("sourceCode", "1B").add("primaryNeed", "N1").build().toString());
        assertEquals(201, referral.statusCode(), referral.body());
        long referralId = read(referral).getJsonNumber("id").longValue();
        assertEquals(caseloadBefore + 1, caseloads.caseloadOf("priya.shah", LocalDate.now()).size(),
                "the referral opened a case allocated to the worker who recorded it");

        HttpResponse<String> assessment = priya.postJson(path(child), json("assessment")
                .add("startDate", "2026-04-22").add("referralId", referralId).add("factors", "3B 2B").build().toString());
        assertEquals(201, assessment.statusCode(), assessment.body());
        JsonObject recorded = read(assessment);
        // 45 working days from Monday 20 April 2026, counted by hand: 21-24 Apr (4), 27 Apr-1 May (9),
        // 5-8 May (13; Mon 4 May is the early May bank holiday), 11-15 May (18), 18-22 May (23),
        // 26-29 May (27; Mon 25 May is the spring bank holiday), 1-5 Jun (32), 8-12 Jun (37),
        // 15-19 Jun (42), 22-24 Jun (45): due Wednesday 24 June, not Monday 22 June.
        LocalDate due = LocalDate.of(2026, 6, 24);
        assertEquals(due.toString(), recorded.getString("dueOn"));
        assertEquals("OVERDUE", recorded.getString("timescaleState"), "not authorised, and today is past the due date");

        List<WorkItem> onDueDay = workItems.dueFor(List.of(child), due);
        assertEquals(1, onDueDay.size(), onDueDay.toString());
        assertEquals(due, onDueDay.get(0).getDueOn());
        assertFalse(onDueDay.get(0).isOverdue(), "due today is not yet overdue");
        List<WorkItem> dayAfter = workItems.dueFor(List.of(child), due.plusDays(1));
        assertTrue(dayAfter.get(0).isOverdue());
        assertTrue(dayAfter.get(0).getTitle().startsWith("Single assessment due"), dayAfter.get(0).getTitle());

        HttpResponse<String> authorised = priya.putJson(path(child) + "/assessment/" + recorded.getJsonNumber("id"),
                json("assessment").add("version", recorded.getJsonNumber("version").longValue())
                        .add("startDate", "2026-04-22").add("referralId", referralId).add("factors", "3B 2B")
                        .add("completedOn", "2026-06-30").build().toString());
        assertEquals(200, authorised.statusCode(), authorised.body());
        assertEquals("MISSED", read(authorised).getString("timescaleState"), "authorised late");
        assertTrue(workItems.dueFor(List.of(child), due.plusDays(1)).isEmpty(), "an authorised assessment is no longer due");

        List<String> titles = chronology.eventsFor(child).stream().map(ChronologyEvent::getTitle).toList();
        assertTrue(titles.contains("Referral received from Individual: acquaintance, including neighbours and child minders"), titles.toString());
        assertTrue(titles.contains("Single assessment started"), titles.toString());
        assertTrue(titles.contains("Single assessment authorised"), titles.toString());

        List<AuditEntry> entries = audit.forRecord("person", Long.toString(child), 50);
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("REFERRAL_CREATE") && e.getActor().equals("priya.shah")));
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("ASSESSMENT_CREATE")));
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("INVOLVEMENT_UPDATE")));

        HttpResponse<String> list = priya.get(path(child));
        assertEquals(200, list.statusCode(), list.body());
        JsonArray all = Json.createReader(new StringReader(list.body())).readArray();
        assertEquals(List.of("referral", "assessment"),
                all.stream().map(v -> v.asJsonObject().getString("kind")).toList());
    }

    @Test
    void theIcpcIsDue15WorkingDaysAfterTheStrategyDiscussion() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        assertEquals(201, priya.postJson(path(child), json("strategy-discussion").add("startDate", "2026-08-21")
                .build().toString()).statusCode());
        HttpResponse<String> s47 = priya.postJson(path(child), json("section-47").add("startDate", "2026-08-24")
                .build().toString());
        assertEquals(201, s47.statusCode(), s47.body());
        // Fri 21 Aug 2026 + 15 working days, skipping the summer bank holiday on Mon 31 Aug: 24-28 Aug (5),
        // 1-4 Sep (9), 7-11 Sep (14), 14 Sep (15).
        assertEquals("2026-09-14", read(s47).getString("dueOn"));
        List<WorkItem> items = workItems.dueFor(List.of(child), LocalDate.of(2026, 9, 15));
        assertEquals(1, items.size());
        assertTrue(items.get(0).isOverdue());
        assertTrue(items.get(0).getTitle().startsWith("Initial child protection conference due"));
    }

    @Test
    void aChildProtectionPlanWithoutACategoryIsRefusedWithAFieldError() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        HttpResponse<String> refused = priya.postJson(path(child), json("cp-plan").add("startDate", "2026-10-01")
                .build().toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = read(refused);
        assertEquals(400, problem.getInt("status"));
        List<String> fields = problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("categoryCode"), fields);

        HttpResponse<String> accepted = priya.postJson(path(child), json("cp-plan").add("startDate", "2026-10-01")
                .add("categoryCode", "NEG").build().toString());
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertTrue(chronology.eventsFor(child).stream()
                .anyMatch(e -> e.getTitle().equals("Child protection plan started (category: Neglect)")));
    }

    @Test
    void theChildsPlansDecideWhichStatutoryVisitsAreDue() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        assertEquals(201, priya.postJson(path(child), json("cin-plan").add("startDate", "2026-09-01")
                .build().toString()).statusCode());
        assertEquals(List.of("CIN visit due (every 6 weeks)"), visitItems(child));

        HttpResponse<String> cp = priya.postJson(path(child), json("cp-plan").add("startDate", "2026-10-01")
                .add("categoryCode", "EMO").build().toString());
        assertEquals(201, cp.statusCode(), cp.body());
        assertEquals(List.of("CP visit due (every 10 working days)"), visitItems(child), "child protection outranks CIN");

        JsonObject plan = read(cp);
        HttpResponse<String> ended = priya.putJson(path(child) + "/cp-plan/" + plan.getJsonNumber("id"),
                json("cp-plan").add("version", plan.getJsonNumber("version").longValue()).add("startDate", "2026-10-01")
                        .add("categoryCode", "EMO").add("endDate", "2026-11-02").build().toString());
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals(List.of("CIN visit due (every 6 weeks)"), visitItems(child), "back to the CIN plan still open");
    }

    private List<String> visitItems(long child) {
        return activityWorkItems.dueFor(List.of(child), LocalDate.now()).stream()
                .map(WorkItem::getTitle).filter(t -> t.contains("visit due")).toList();
    }

    @Test
    void placementEpisodesStayInsideTheirPeriodAndNeverOverlap() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        HttpResponse<String> period = priya.postJson(path(child), json("looked-after").add("startDate", "2025-01-10")
                .build().toString());
        assertEquals(201, period.statusCode(), period.body());
        JsonObject periodJson = read(period);
        long periodId = periodJson.getJsonNumber("id").longValue();

        HttpResponse<String> first = priya.postJson(path(child), episode(periodId, "2025-01-10", "S").build().toString());
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> overlapping = priya.postJson(path(child), episode(periodId, "2025-03-01", "P")
                .build().toString());
        assertEquals(400, overlapping.statusCode(), overlapping.body());
        assertTrue(overlapping.body().contains("\"field\":\"startDate\""), overlapping.body());
        assertTrue(overlapping.body().contains("Overlaps the episode from 2025-01-10"), overlapping.body());

        HttpResponse<String> closed = priya.putJson(path(child) + "/looked-after/" + periodId, json("looked-after")
                .add("version", periodJson.getJsonNumber("version").longValue()).add("startDate", "2025-01-10")
                .add("endDate", "2025-06-30").add("reasonCeased", "E4A").build().toString());
        assertEquals(200, closed.statusCode(), closed.body());
        JsonObject episode = Json.createReader(new StringReader(priya.get(path(child)).body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("kind").equals("placement-episode"))
                .findFirst().orElseThrow();
        assertEquals("2025-06-30", episode.getString("endDate"), "closing the period closed its open episode");
        assertEquals("E4A", episode.getString("reasonCeased"));
    }

    /**
     * Where a placement is (PL_LA, PL_LOCATION, PL_DISTANCE) is recorded on the episode through the API
     * and the page, in the SSDA903's forms: a code not of them is refused with the field named.
     */
    @Test
    void whereAPlacementIsIsRecordedOnItsEpisodeInTheSsda903sForms() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        long periodId = read(priya.postJson(path(child), json("looked-after").add("startDate", "2025-02-03")
                .build().toString())).getJsonNumber("id").longValue();

        HttpResponse<String> refused = priya.postJson(path(child), episode(periodId, "2025-02-03", "S")
                .add("placementLocalAuthority", "31").add("placementLocation", "NEAR")
                .add("placementDistance", new BigDecimal("12.25")).build().toString());
        assertEquals(400, refused.statusCode(), refused.body());
        for (String field : List.of("placementLocalAuthority", "placementLocation", "placementDistance")) {
            assertTrue(refused.body().contains("\"field\":\"" + field + "\""), refused.body());
        }
        assertTrue(refused.body().contains("Give the distance to one decimal place"), refused.body());

        HttpResponse<String> recorded = priya.postJson(path(child), episode(periodId, "2025-02-03", "S")
                .add("placementLocalAuthority", "316").add("placementLocation", "out")
                .add("placementDistance", new BigDecimal("12.5")).build().toString());
        assertEquals(201, recorded.statusCode(), recorded.body());
        JsonObject episode = read(recorded);
        assertEquals("316", episode.getString("placementLocalAuthority"));
        assertEquals("OUT", episode.getString("placementLocation"));
        assertEquals(0, new BigDecimal("12.5").compareTo(episode.getJsonNumber("placementDistance").bigDecimalValue()));
        assertTrue(episode.getString("summary").contains("Outside the authority (316), 12.5 miles"),
                episode.getString("summary"));

        String edit = "case/involvement.xhtml?person=" + child + "&kind=placement-episode&id="
                + episode.getJsonNumber("id").longValue();
        HttpResponse<String> opened = priya.get(edit);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().matches("(?s).*<option value=\"OUT\" selected[^>]*>Outside the authority</option>.*"),
                "the location is shown in words");
        assertTrue(opened.body().contains("<label for=\"involvement-form:placementLocalAuthority\""), "labelled");
        assertTrue(opened.body().contains("<label for=\"involvement-form:placementDistance\""), "labelled");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("involvement-form", "involvement-form");
        form.put("involvement-form:periodId", Long.toString(periodId));
        form.put("involvement-form:startDate", "2025-02-03");
        form.put("involvement-form:endDate", "");
        form.put("involvement-form:legalStatus", "C2");
        form.put("involvement-form:placementType", "U4");
        form.put("involvement-form:placementProvider", "PR1");
        form.put("involvement-form:reasonNewEpisode", "S");
        form.put("involvement-form:reasonCeased", "");
        form.put("involvement-form:reasonPlaceChange", "");
        form.put("involvement-form:placementPostcode", "");
        form.put("involvement-form:placementLocation", "IN");
        form.put("involvement-form:placementLocalAuthority", "999");
        form.put("involvement-form:placementDistance", "1000.0");
        form.put("involvement-form:save", "Save");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(opened.body()));
        HttpResponse<String> tooFar = priya.post(edit, form);
        assertEquals(200, tooFar.statusCode());
        assertTrue(tooFar.body().contains("id=\"involvement-form:placementDistance-error\""), "message beside the field");
        assertTrue(tooFar.body().contains("Enter the distance in miles from 0.0 to 999.9."), tooFar.body());
        assertTrue(tooFar.body().contains("Nothing was saved"), "the page says so");
        assertTrue(tooFar.body().contains("There is a problem")
                && tooFar.body().contains("#involvement-form:placementDistance"), "the error summary links the field");

        form.put("involvement-form:placementDistance", "2.4");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(tooFar.body()));
        assertEquals(3, priya.post(edit, form).statusCode() / 100, "saved, back to the child's record");
        JsonObject saved = read(priya.get(path(child) + "/placement-episode/" + episode.getJsonNumber("id").longValue()));
        assertEquals("999", saved.getString("placementLocalAuthority"));
        assertEquals("IN", saved.getString("placementLocation"));
        assertEquals(0, new BigDecimal("2.4").compareTo(saved.getJsonNumber("placementDistance").bigDecimalValue()));
    }

    @Test
    void twoSavesOfOneReferralWithTheSameVersionTheSecondIsRefused() throws Exception {
        long child = newPerson();
        PortalSession priya = signIn("priya.shah");
        PortalSession tom = signIn("tom.okafor");
        HttpResponse<String> created = priya.postJson(path(child), json("referral").add("startDate", "2026-09-01")
                .add("sourceCode", "2A").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject referral = read(created);
        String location = path(child) + "/referral/" + referral.getJsonNumber("id");
        long version = referral.getJsonNumber("version").longValue();

        HttpResponse<String> firstSave = priya.putJson(location, json("referral").add("version", version)
                .add("startDate", "2026-09-01").add("sourceCode", "2A").add("primaryNeed", "N4").build().toString());
        assertEquals(200, firstSave.statusCode(), firstSave.body());
        HttpResponse<String> secondSave = tom.putJson(location, json("referral").add("version", version)
                .add("startDate", "2026-09-01").add("sourceCode", "3A").build().toString());
        assertEquals(409, secondSave.statusCode(), secondSave.body());
        assertTrue(secondSave.body().contains("priya.shah"), "says who changed it: " + secondSave.body());
        assertEquals("N4", read(priya.get(location)).getString("primaryNeed"), "the first save was not overwritten");
    }

    @Test
    void aPractitionerOfAnotherAreaGetsNothingAndTheAttemptIsAudited() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession dan = signIn("dan.hughes");
        HttpResponse<String> read = dan.get(path(child));
        assertEquals(404, read.statusCode(), read.body());
        HttpResponse<String> write = dan.postJson(path(child), json("cin-plan").add("startDate", "2026-10-01")
                .build().toString());
        assertEquals(404, write.statusCode(), write.body());
        assertEquals(404, dan.get("case/involvement.xhtml?person=" + child + "&kind=referral").statusCode());

        List<AuditEntry> entries = audit.forRecord("person", Long.toString(child), 50);
        assertTrue(entries.stream().anyMatch(e -> e.getActor().equals("dan.hughes")
                && e.getAction().equals("INVOLVEMENT_VIEW") && e.getOutcome().equals("DENIED")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getActor().equals("dan.hughes")
                && e.getAction().equals("CIN_PLAN_CREATE") && e.getOutcome().equals("DENIED")));

        PortalSession olivia = signIn("olivia.brown");
        assertEquals(403, olivia.get(path(child)).statusCode(), "an analyst's role does not grant core:records");
    }

    @Test
    void theFormAndTheRecordTabShowTheChildsInvolvements() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        assertEquals(201, priya.postJson(path(child), json("early-help").add("startDate", "2026-02-02")
                .add("leadAgency", "SCHOOL").build().toString()).statusCode());
        HttpResponse<String> form = priya.get("case/involvement.xhtml?person=" + child + "&kind=cp-plan");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("NEG: Neglect"), "category drop-down shows codes with descriptions");
        HttpResponse<String> record = priya.get("case/child.xhtml?id=" + child);
        assertEquals(200, record.statusCode());
        assertTrue(record.body().contains("involvements-table"), "the Involvements tab is on the record");
        assertTrue(record.body().contains("Early help episode"));
        assertTrue(record.body().contains("Open referral"));
    }

    @Test
    void theFormShowsRuleErrorsBesideTheFieldAndAStaleSaveKeepsTheInput() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        String newPlan = "case/involvement.xhtml?person=" + child + "&kind=cp-plan";
        HttpResponse<String> blank = priya.get(newPlan);
        Map<String, String> plan = new LinkedHashMap<>();
        plan.put("involvement-form", "involvement-form");
        plan.put("involvement-form:referralId", "");
        plan.put("involvement-form:startDate", "2026-10-05");
        plan.put("involvement-form:endDate", "");
        plan.put("involvement-form:categoryCode", "");
        plan.put("involvement-form:latestCategoryCode", "");
        plan.put("involvement-form:save", "Save");
        plan.put("jakarta.faces.ViewState", PortalSession.viewState(blank.body()));
        HttpResponse<String> refused = priya.post(newPlan, plan);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("id=\"involvement-form:categoryCode-error\""), "message beside the field");
        assertTrue(refused.body().contains("Choose a code from CategoryOfAbuse."), refused.body());

        HttpResponse<String> created = priya.postJson(path(child), json("referral").add("startDate", "2026-10-01")
                .add("sourceCode", "6").build().toString());
        JsonObject referral = read(created);
        long id = referral.getJsonNumber("id").longValue();
        String edit = "case/involvement.xhtml?person=" + child + "&kind=referral&id=" + id;
        HttpResponse<String> opened = priya.get(edit);
        assertEquals(200, opened.statusCode());
        PortalSession tom = signIn("tom.okafor");
        assertEquals(200, tom.putJson(path(child) + "/referral/" + id, json("referral")
                .add("version", referral.getJsonNumber("version").longValue()).add("startDate", "2026-10-01")
                .add("sourceCode", "6").add("primaryNeed", "N5").build().toString()).statusCode());

        Map<String, String> stale = new LinkedHashMap<>();
        stale.put("involvement-form", "involvement-form");
        stale.put("involvement-form:startDate", "2026-10-01");
        stale.put("involvement-form:endDate", "");
        stale.put("involvement-form:sourceCode", "6");
        stale.put("involvement-form:primaryNeed", "N4");
        stale.put("involvement-form:closureReason", "");
        stale.put("involvement-form:save", "Save");
        stale.put("jakarta.faces.ViewState", PortalSession.viewState(opened.body()));
        HttpResponse<String> conflict = priya.post(edit, stale);
        assertEquals(200, conflict.statusCode(), "the page stays, with a message, instead of saving");
        assertTrue(conflict.body().contains("tom.okafor changed this referral"), conflict.body());
        assertTrue(conflict.body().matches("(?s).*<option value=\"N4\" selected.*"), "the user's input is kept");
        assertEquals("N5", read(priya.get(path(child) + "/referral/" + id)).getString("primaryNeed"),
                "nothing was overwritten");
    }

    @Test
    void openingAReferralOnThePageTakesThePractitionerToTheChildsNewCase() throws Exception {
        long child = newPerson();
        PortalSession priya = signIn("priya.shah");
        String page = "case/involvement.xhtml?person=" + child + "&kind=referral";
        HttpResponse<String> blank = priya.get(page);
        assertEquals(200, blank.statusCode());
        assertTrue(blank.body().contains("1B: Individual: acquaintance"), "sources shown with their descriptions");
        Map<String, String> referral = new LinkedHashMap<>();
        referral.put("involvement-form", "involvement-form");
        referral.put("involvement-form:startDate", "2026-11-02");
        referral.put("involvement-form:endDate", "");
        referral.put("involvement-form:sourceCode", "2A");
        referral.put("involvement-form:primaryNeed", "N1");
        referral.put("involvement-form:closureReason", "");
        referral.put("involvement-form:save", "Save");
        referral.put("jakarta.faces.ViewState", PortalSession.viewState(blank.body()));
        HttpResponse<String> saved = priya.post(page, referral);
        assertEquals(302, saved.statusCode(), saved.body());
        String location = saved.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/case/child.xhtml") && location.contains("id=" + child), location);
        HttpResponse<String> record = priya.get("case/child.xhtml?id=" + child);
        assertEquals(200, record.statusCode());
        assertTrue(record.body().contains("Source 2A: Schools"), "the new referral is listed on the record");
    }

    @Test
    void demoDataGivesFamilySafeguardingRealCaseloadsAndHistories() {
        // Other tests here allocate children named "Test ..." to priya.shah; the demo's own cases are unchanged.
        assertEquals(12, caseloads.caseloadOf("priya.shah", LocalDate.now()).stream()
                .filter(c -> !c.getChildName().startsWith("Test ")).count());
        assertEquals(3, caseloads.caseloadOf("tom.okafor", LocalDate.now()).size());
        for (String worker : List.of("sam.ellis", "aisha.rahman", "ben.carter", "chloe.martin")) {
            int cases = caseloads.caseloadOf(worker, LocalDate.now()).size();
            assertTrue(cases >= 15 && cases <= 25, worker + " has " + cases + " cases");
        }
        long priyasChild = caseloads.caseloadOf("priya.shah", LocalDate.now()).get(0).getPersonId();
        assertFalse(chronology.eventsFor(priyasChild).isEmpty(), "existing demo children have involvements");
    }

    private long newPerson() {
        int n = CHILDREN.incrementAndGet();
        Person person = new Person("Test", "Involvement" + n, LocalDate.of(2016, 3, n % 28 + 1), n % 2 == 0 ? "F" : "M");
        return caseloads.registerPerson(person).getId();
    }

    private long allocatedChild(String worker) {
        int n = CHILDREN.incrementAndGet();
        Person person = caseloads.registerPerson(new Person("Test", "Allocated" + n, LocalDate.of(2014, 5, n % 28 + 1), "F"));
        StaffUser user = directory.findByUsername(worker).orElseThrow();
        caseloads.openAndAllocate(person, LocalDate.of(2024, 1, 8), "Test case", user,
                user.getServiceAreas().iterator().next());
        return person.getId();
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static String path(long child) {
        return "api/cases/" + child + "/involvements";
    }

    private static JsonObjectBuilder json(String kind) {
        return Json.createObjectBuilder().add("kind", kind);
    }

    private static JsonObjectBuilder episode(long periodId, String start, String reasonNew) {
        return json("placement-episode").add("periodId", periodId).add("startDate", start).add("legalStatus", "C2")
                .add("placementType", "U4").add("placementProvider", "PR1").add("reasonNewEpisode", reasonNew);
    }

    private static JsonObject read(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
