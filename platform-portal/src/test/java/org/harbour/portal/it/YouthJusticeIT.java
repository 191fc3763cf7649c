package org.harbour.portal.it;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.PasswordHasher;
import org.harbour.core.identity.application.RoleAdministration;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.InvolvementRow;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.core.spi.module.ChronologySource;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.Window;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The youth justice record on the real portal, through its API as Dan Hughes (a case manager)
 * uses it: a remand makes the child looked after in the social care record and ending it ends
 * that; the panel's timescale and decision; custody counted and quashed; assessments and their
 * reviews; custody and resettlement; the KPIs read from the records; the board; and the refusals. Each
 * test makes its own child, so the tests do not depend on one another.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class YouthJusticeIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String API = "api/youth-justice/";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(YouthJusticeIT.class, PortalSession.class, TestChildren.class, ModuleSwitchSql.class);
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    StaffDirectory directory;

    @Inject
    CaseData caseData;

    @Inject
    AuditTrail audit;

    @Inject
    PortalDatabase database;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Instance<WorkItemSource> workItemSources;

    @Inject
    Instance<ChronologySource> chronologySources;

    @Inject
    Instance<ModuleIndicator> indicators;

    @Inject
    ModuleSettings settings;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    RoleAdministration roles;

    @Inject
    PasswordHasher hasher;

    @ArquillianResource
    URL portal;

    private static final String PANEL = "PC Amir Khan (police), Dan Hughes (youth justice service)";

    private final LocalDate today = LocalDate.now(Clock.systemUTC());

    @Test
    void aRemandMakesTheChildLookedAfterWithLegalStatusJ1UntilItEnds() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Remand", caseloads, directory);
        LocalDate from = today.minusDays(7);

        HttpResponse<String> remanded = dan.postJson(API + "children/" + child + "/remands",
                "{\"kind\":\"LOCAL_AUTHORITY\",\"startedOn\":\"" + from + "\"}");
        assertEquals(201, remanded.statusCode(), remanded.body());
        JsonObject remand = json(remanded.body());
        long period = remand.getJsonNumber("lookedAfterPeriodId").longValue();

        InvolvementRow inCare = lookedAfterToday(child);
        assertNotNull(inCare, "the children in care figures' source sees the child looked after today");
        assertEquals(period, inCare.id());
        assertEquals(from, inCare.start());
        EpisodeRow episode = caseData.read(q -> q.episodesOverlapping(today, today)).stream()
                .filter(e -> e.periodId() == period).findFirst().orElseThrow();
        assertEquals("S", episode.reasonNewEpisode());
        assertEquals("U4", episode.placementType());
        assertEquals("J1", episode.legalStatus());
        YearMonth month = YearMonth.from(today);
        assertTrue(childrenInCare(month).contains(child), "core's children in care figure counts the remanded child at the month's end");
        // A status taken while remanded names the looked-after period among the wider services of that day.
        JsonObject mentoring = json(created(dan.postJson(API + "plans/children/" + child + "/interventions", "{\"type\":\"MENTORING\",\"startedOn\":\""
                + today + "\"}")));
        JsonObject status = json(created(dan.postJson(API + "plans/children/" + child + "/statuses", "{\"subjectType\":\"INTERVENTION\","
                + "\"subjectId\":" + mentoring.getJsonNumber("id") + ",\"point\":\"START\",\"assessedOn\":\"" + today + "\",\"accommodationSuitable\":true}")));
        assertTrue(status.getJsonArray("widerServices").stream().anyMatch(v -> v.toString().equals("\"Looked after\"")), status.toString());

        HttpResponse<String> twice = dan.postJson(API + "children/" + child + "/remands",
                "{\"kind\":\"YOUTH_DETENTION\",\"startedOn\":\"" + today + "\"}");
        assertEquals(409, twice.statusCode(), "one remand at a time: " + twice.body());

        HttpResponse<String> stale = dan.postJson(API + "remands/" + remand.getJsonNumber("id") + "/end",
                "{\"on\":\"" + today + "\",\"version\":" + (remand.getJsonNumber("version").longValue() + 1) + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> ended = dan.postJson(API + "remands/" + remand.getJsonNumber("id") + "/end",
                "{\"on\":\"" + today + "\",\"version\":" + remand.getJsonNumber("version") + "}");
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals(today.toString(), json(ended.body()).getString("endedOn"));
        InvolvementRow closed = caseData.read(q -> q.involvementsOverlapping("LOOKED_AFTER", from, today)).stream()
                .filter(i -> i.id() == period).findFirst().orElseThrow();
        assertEquals(today, closed.end(), "the looked-after period ended with the remand");
        assertFalse(closed.openAt(today), "no longer in care at the end of today");
        assertFalse(childrenInCare(month).contains(child), "nor counted by the children in care figure once the remand ended");
        assertTrue(audit.forRecord("person", Long.toString(child), 30).stream().anyMatch(e -> e.getAction().equals("YJ_REMAND_END")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("dan.hughes")), "the change is audited");
    }

    @Test
    void thePanelAssessesWithinTenWorkingDaysAndDecidesOnceAndACautionMakesAFirstTimeEntrant() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Panel", caseloads, directory);
        assertEquals(201, dan.postJson(API + "children/" + child + "/arrests", "{\"arrestedOn\":\"" + today
                + "\",\"releasedOn\":\"" + today + "\",\"detainedOvernight\":false,\"policeStation\":\"Central\"}").statusCode());
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\"" + today
                + "\",\"type\":\"ROBBERY\",\"gravity\":5,\"weapon\":true,\"description\":\"Phone taken by force\"}")));
        assertTrue(offence.getBoolean("seriousViolence"), "robbery of gravity 5 is serious violence");

        JsonObject referral = json(created(dan.postJson(API + "children/" + child + "/panel-referrals",
                "{\"offenceId\":" + offence.getJsonNumber("id") + ",\"referredOn\":\"" + today + "\"}")));
        LocalDate due = calendar.addWorkingDays(today, 10);
        assertEquals(due.toString(), referral.getString("assessmentDue"));
        WorkItem item = workItems(child).stream().filter(i -> i.getTitle().contains("Joint Decision-Making Panel"))
                .findFirst().orElseThrow();
        assertEquals(due, item.getDueOn());
        assertFalse(item.isOverdue());

        long id = referral.getJsonNumber("id").longValue();
        assertEquals(400, decide(dan, id, "REFERRAL_ORDER", referral.getJsonNumber("version").longValue()).statusCode(),
                "a court's order is not the panel's to decide");
        HttpResponse<String> decided = decide(dan, id, "YOUTH_CAUTION", referral.getJsonNumber("version").longValue());
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("Youth caution", json(decided.body()).getString("decisionLabel"));
        HttpResponse<String> again = decide(dan, id, "COMMUNITY_RESOLUTION", json(decided.body()).getJsonNumber("version").longValue());
        assertEquals(409, again.statusCode(), "the panel decides once: " + again.body());
        assertTrue(workItems(child).stream().noneMatch(i -> i.getTitle().contains("Joint Decision-Making Panel")), "decided: nothing owed to the panel");
        WorkItem turnaround = workItems(child).stream().filter(i -> i.getKind().equals("Turnaround referral")).findFirst().orElseThrow();
        assertEquals(today.plusMonths(3), turnaround.getDueOn(), "a first youth caution opens the Turnaround window for 3 months");
        String home = dan.get("youth-justice/index.xhtml").body();
        assertTrue(home.contains("data-due-person=\"" + child + "\"") && home.contains("Turnaround referral window open"),
                "the home has it among what is due");

        JsonObject record = json(dan.get(API + "children/" + child).body());
        assertEquals("YOUTH_CAUTION", record.getJsonArray("outcomes").getJsonObject(0).getString("type"));
        assertEquals("YC", record.getJsonArray("outcomes").getJsonObject(0).getString("nationalCode"));
        assertTrue(chronologySources.stream().filter(s -> s.moduleId().equals("youth-justice"))
                .flatMap(s -> s.eventsFor(child).stream()).anyMatch(e -> e.getTitle().equals("Youth caution")));
        IndicatorCount month = indicator("youth-justice.first-time-entrants").count(YearMonth.from(today), YearMonth.from(today))
                .get(YearMonth.from(today));
        assertTrue(month.numeratorPeople().contains(child), "a first youth caution makes a first time entrant");

        JsonObject programme = json(created(dan.postJson(API + "children/" + child + "/outcomes",
                "{\"type\":\"TURNAROUND\",\"outcomeOn\":\"" + today + "\"}")));
        assertEquals("TURNAROUND", programme.getString("type"), "the case manager records the referral");
        assertTrue(workItems(child).stream().noneMatch(i -> i.getKind().equals("Turnaround referral")), "referred: the window is closed");
    }

    @Test
    void thePanelRecordsWhoSatItsGravityAndAConditionalCautionsConditionsAndEndDay() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Conditions", caseloads, directory);
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\""
                + today.minusDays(3) + "\",\"type\":\"CRIMINAL_DAMAGE\",\"gravity\":3,\"description\":\"Bus shelter smashed\"}")));
        JsonObject referral = json(created(dan.postJson(API + "children/" + child + "/panel-referrals",
                "{\"offenceId\":" + offence.getJsonNumber("id") + ",\"referredOn\":\"" + today.minusDays(2) + "\"}")));
        String decision = API + "panel-referrals/" + referral.getJsonNumber("id") + "/decision";
        String start = "{\"decision\":\"YOUTH_CONDITIONAL_CAUTION\",\"decidedOn\":\"" + today + "\",\"version\":"
                + referral.getJsonNumber("version") + ",\"attendees\":\"" + PANEL + "\"";

        HttpResponse<String> noConditions = dan.postJson(decision, start + ",\"gravity\":4}");
        assertEquals(400, noConditions.statusCode(), noConditions.body());
        assertTrue(noConditions.body().contains("conditions"), "a conditional caution needs its conditions: " + noConditions.body());
        HttpResponse<String> gravity = dan.postJson(decision, start + ",\"gravity\":9,\"conditions\":\"Repair the shelter\","
                + "\"conditionsEndOn\":\"" + today.plusWeeks(12) + "\"}");
        assertEquals(400, gravity.statusCode(), gravity.body());
        assertTrue(gravity.body().contains("gravity"), gravity.body());
        HttpResponse<String> unnamed = dan.postJson(decision, "{\"decision\":\"COMMUNITY_RESOLUTION\",\"decidedOn\":\"" + today
                + "\",\"version\":" + referral.getJsonNumber("version") + "}");
        assertEquals(400, unnamed.statusCode(), "the panel is named: " + unnamed.body());
        assertTrue(unnamed.body().contains("attendees"), unnamed.body());

        HttpResponse<String> decided = dan.postJson(decision, start + ",\"gravity\":4,\"conditions\":\"Repair the shelter\","
                + "\"conditionsEndOn\":\"" + today.plusWeeks(12) + "\"}");
        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject done = json(decided.body());
        assertEquals(PANEL, done.getString("attendees"));
        assertEquals(4, done.getInt("panelGravity"), "the panel's own score beside the offence's 3");
        assertEquals("Repair the shelter", done.getString("cautionConditions"));
        assertEquals(today.plusWeeks(12).toString(), done.getString("conditionsEndOn"));
        String page = dan.get("youth-justice/jdmp.xhtml?referral=" + referral.getJsonNumber("id")).body();
        assertTrue(page.contains("Repair the shelter") && page.contains(PANEL), "the panel page shows them");
    }

    @Test
    void healthDataIsWithheldFromAWorkerWithoutTheHealthPermissionWhoseTriesAreRefusedAndAudited() throws Exception {
        // A reparation worker of the service: a practitioner's permissions but youth-justice:health.
        long n = System.nanoTime() % 1_000_000_000L;
        String code = "YJ_REPARATION_" + n;
        roles.create(code, "Reparation worker " + n, "Youth justice reparation: the plan without health data", "admin");
        long version = roles.roles().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().version();
        List<String> practitioner = roles.roles().stream().filter(r -> r.code().equals("PRACTITIONER")).findFirst().orElseThrow()
                .permissions().stream().filter(p -> !p.equals("youth-justice:health")).toList();
        assertTrue(practitioner.contains("youth-justice:record"), practitioner.toString());
        roles.setPermissions(code, version, practitioner, "admin");
        String username = "yj.reparation." + n;
        directory.createUser(username, "Test reparation worker " + n, "Reparation worker", hasher.hash(PASSWORD.toCharArray()),
                List.of(code), List.copyOf(directory.findByUsername("dan.hughes").orElseThrow().getServiceAreas()));
        long child = TestChildren.allocatedTo(username, "Health", caseloads, directory);
        PortalSession worker = signIn(username);
        String plans = API + "plans/children/" + child;

        HttpResponse<String> mentalHealth = worker.postJson(plans + "/interventions", "{\"type\":\"MENTAL_HEALTH\",\"startedOn\":\""
                + today + "\"}");
        assertEquals(403, mentalHealth.statusCode(), "a mental health intervention is health data: " + mentalHealth.body());
        JsonObject reparation = json(created(worker.postJson(plans + "/interventions", "{\"type\":\"REPARATION\",\"startedOn\":\""
                + today + "\"}")));
        String status = "{\"subjectType\":\"INTERVENTION\",\"subjectId\":" + reparation.getJsonNumber("id") + ",\"point\":\"START\","
                + "\"assessedOn\":\"" + today + "\",\"accommodationSuitable\":true";
        HttpResponse<String> withNeed = worker.postJson(plans + "/statuses", status + ",\"substanceMisuseNeed\":true}");
        assertEquals(403, withNeed.statusCode(), "a substance misuse need is health data: " + withNeed.body());
        HttpResponse<String> taken = worker.postJson(plans + "/statuses", status + "}");
        assertEquals(201, taken.statusCode(), taken.body());
        assertFalse(taken.body().contains("mentalHealthNeed") || taken.body().contains("substanceMisuse"), taken.body());

        HttpResponse<String> plan = worker.get(plans);
        assertEquals(200, plan.statusCode(), plan.body());
        assertTrue(plan.body().contains("\"accommodationSuitable\":true"), plan.body());
        assertFalse(plan.body().contains("mentalHealth") || plan.body().contains("substanceMisuse"), "withheld: " + plan.body());
        String page = worker.get("youth-justice/plan.xhtml?person=" + child).body();
        assertFalse(page.contains("Mental health need") || page.contains("Substance misuse need"), "nor on the plan page");
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_STATUS_CREATE")
                && e.getOutcome().equals("DENIED") && e.getActor().equals(username)), "the refusal is audited on the child");
    }

    @Test
    void aChildOnTheTurnaroundListDropsOffWhenTheyBecomeLookedAfter() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        PortalSession manager = signIn("kwame.boateng");
        long child = TestChildren.allocatedTo("dan.hughes", "Turnaround", caseloads, directory);
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\""
                + today.minusDays(20) + "\",\"type\":\"CRIMINAL_DAMAGE\",\"gravity\":2,\"description\":\"Graffiti\"}")));
        JsonObject referral = json(created(dan.postJson(API + "children/" + child + "/panel-referrals",
                "{\"offenceId\":" + offence.getJsonNumber("id") + ",\"referredOn\":\"" + today.minusDays(15) + "\"}")));
        assertEquals(200, decide(dan, referral.getJsonNumber("id").longValue(), "COMMUNITY_RESOLUTION",
                referral.getJsonNumber("version").longValue()).statusCode());

        assertTrue(manager.get(API + "measures/turnaround").body().contains("\"personId\":" + child + ","),
                "a community resolution within three months makes the child eligible");
        assertTrue(manager.get("youth-justice/index.xhtml").body().contains("data-person=\"" + child + "\""),
                "the service manager's home lists the child for Turnaround");
        assertEquals(201, dan.postJson(API + "children/" + child + "/remands",
                "{\"kind\":\"LOCAL_AUTHORITY\",\"startedOn\":\"" + today + "\"}").statusCode());
        assertFalse(manager.get(API + "measures/turnaround").body().contains("\"personId\":" + child + ","),
                "looked after today (read from the social care record): no longer eligible");
    }

    @Test
    void aCustodialSentenceIsCountedUntilItIsQuashedOnAppeal() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Custody", caseloads, directory);
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\""
                + today.minusDays(1) + "\",\"type\":\"VIOLENCE_AGAINST_THE_PERSON\",\"gravity\":7,\"description\":\"Serious assault\"}")));
        JsonObject dto = json(created(dan.postJson(API + "children/" + child + "/outcomes", "{\"type\":\"DETENTION_AND_TRAINING_ORDER\","
                + "\"offenceId\":" + offence.getJsonNumber("id") + ",\"outcomeOn\":\"" + today + "\"}")));
        YearMonth month = YearMonth.from(today);
        ModuleIndicator custody = indicator("youth-justice.custodial-sentences");
        assertTrue(custody.count(month, month).get(month).numeratorPeople().contains(child));

        HttpResponse<String> quashed = dan.postJson(API + "outcomes/" + dto.getJsonNumber("id") + "/quash",
                "{\"on\":\"" + today + "\",\"version\":" + dto.getJsonNumber("version") + "}");
        assertEquals(200, quashed.statusCode(), quashed.body());
        assertFalse(custody.count(month, month).get(month).numeratorPeople().contains(child), "a quashed sentence is not counted");
    }

    @Test
    void badInputIsAFieldProblemAndAnotherAreasWorkerNeitherReadsNorIsSilentlyRefused() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Refused", caseloads, directory);
        String offences = API + "children/" + child + "/offences";
        HttpResponse<String> gravity = dan.postJson(offences, "{\"committedOn\":\"" + today
                + "\",\"type\":\"ROBBERY\",\"gravity\":9,\"description\":\"x\"}");
        assertEquals(400, gravity.statusCode(), gravity.body());
        assertTrue(gravity.body().contains("gravity"), gravity.body());
        HttpResponse<String> type = dan.postJson(offences, "{\"committedOn\":\"" + today + "\",\"type\":\"PURPLE\",\"gravity\":2,\"description\":\"x\"}");
        assertEquals(400, type.statusCode(), type.body());
        assertTrue(type.body().contains("type"), type.body());
        assertEquals(400, dan.postJson(offences, "{not json").statusCode());
        assertEquals(403, dan.get(API + "measures/turnaround").statusCode(), "the measures are for managers and analysts");
        created(dan.postJson(offences, "{\"committedOn\":\"" + today + "\",\"type\":\"THEFT_AND_HANDLING\",\"gravity\":2,"
                + "\"description\":\"Shoplifting\"}"));

        // Family Safeguarding does not use the module: refused outright, and the refusal is audited.
        PortalSession priya = signIn("priya.shah");
        assertEquals(403, priya.get(API + "children/" + child).statusCode());
        assertTrue(audit.latest(200).stream().anyMatch(e -> e.getOutcome().equals("DENIED") && e.getActor().equals("priya.shah")),
                "the refusal is in the audit trail");
        // With the module switched on for her area, she still has no need to know: as if there were no such child.
        enableFor("FAMILY_SAFEGUARDING");
        assertEquals(404, priya.get(API + "children/" + child).statusCode());
        assertEquals(404, priya.get("youth-justice/child.xhtml?person=" + child).statusCode());
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_RECORD_VIEW")
                && e.getOutcome().equals("DENIED") && e.getActor().equals("priya.shah")), "the refused read is audited on the child");
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_OFFENCE_CREATE")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("dan.hughes")), "and Dan's write");

        // Dan's pages: the record, the panel and the home with his caseload.
        assertTrue(dan.get("youth-justice/child.xhtml?person=" + child).body().contains("Shoplifting"));
        assertTrue(dan.get("case/child.xhtml?id=" + child).body().contains("youth-justice-tab"), "the child's record has the tab");
        assertEquals(200, dan.get("youth-justice/jdmp.xhtml").statusCode());
        assertTrue(dan.get("youth-justice/index.xhtml").body().contains("data-person=\"" + child + "\""), "on his caseload");
    }

    @Test
    void courtWorkKeepsTheDiaryReportsOrdersTermsBreachesAndBailByTheRules() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Court", caseloads, directory);
        String court = API + "court/children/" + child;
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\""
                + today.minusDays(40) + "\",\"type\":\"VIOLENCE_AGAINST_THE_PERSON\",\"gravity\":6,\"description\":\"Assault\"}")));
        long offenceId = offence.getJsonNumber("id").longValue();

        // The diary: a hearing to come is listed, and its result waits until it has taken place.
        JsonObject hearing = json(created(dan.postJson(court + "/hearings", "{\"hearingOn\":\"" + today.plusDays(7)
                + "\",\"courtName\":\"City Youth Court\",\"purpose\":\"SENTENCE\",\"offenceId\":" + offenceId + "}")));
        long hearingId = hearing.getJsonNumber("id").longValue();
        assertTrue(dan.get(API + "court/diary").body().contains("\"id\":" + hearingId + ","), "the hearing is in the diary");
        assertEquals(409, dan.postJson(API + "court/hearings/" + hearingId + "/result", "{\"result\":\"Adjourned\",\"version\":"
                + hearing.getJsonNumber("version") + "}").statusCode(), "no result before the hearing");
        assertEquals(400, dan.get(API + "court/diary?from=" + today + "&to=" + today.minusDays(1)).statusCode());
        WorkItem toCome = workItems(child).stream().filter(i -> i.getKind().equals("Court hearing")).findFirst().orElseThrow();
        assertEquals(today.plusDays(7), toCome.getDueOn(), "the hearing is in My work on its day");
        assertTrue(toCome.getTitle().contains("City Youth Court") && !toCome.isOverdue(), toCome.getTitle());

        // A pre-sentence report past its day is overdue, in My work, until filed.
        JsonObject report = json(created(dan.postJson(court + "/reports", "{\"requestedOn\":\"" + today.minusDays(20)
                + "\",\"dueOn\":\"" + today.minusDays(1) + "\",\"hearingId\":" + hearingId + "}")));
        assertTrue(report.getBoolean("overdue"));
        assertTrue(dan.get(API + "court/reports?overdue=true").body().contains("\"id\":" + report.getJsonNumber("id") + ","));
        assertTrue(workItems(child).stream().anyMatch(i -> i.getTitle().startsWith("Pre-sentence report") && i.isOverdue()));
        String filed = API + "court/reports/" + report.getJsonNumber("id") + "/filed";
        assertEquals(409, dan.postJson(filed, "{\"on\":\"" + today + "\",\"version\":" + (report.getJsonNumber("version").longValue() + 1)
                + "}").statusCode(), "a stale version is refused");
        HttpResponse<String> filing = dan.postJson(filed, "{\"on\":\"" + today + "\",\"version\":" + report.getJsonNumber("version") + "}");
        assertEquals(200, filing.statusCode(), filing.body());
        assertTrue(json(filing.body()).getBoolean("late"));
        assertTrue(workItems(child).stream().noneMatch(i -> i.getTitle().startsWith("Pre-sentence report")), "filed: nothing owed");

        // Orders: lengths and requirements by the Sentencing Code, nothing recorded when refused.
        HttpResponse<String> fiveMonths = dan.postJson(court + "/outcomes", sentence("DETENTION_AND_TRAINING_ORDER", offenceId,
                today.minusDays(10), "5", "[]"));
        assertEquals(400, fiveMonths.statusCode(), fiveMonths.body());
        assertTrue(fiveMonths.body().contains("months"), fiveMonths.body());
        HttpResponse<String> unpaidWork = dan.postJson(court + "/outcomes", sentence("YOUTH_REHABILITATION_ORDER", offenceId,
                today.minusDays(10), "12", "[\"UNPAID_WORK\"]"));
        assertEquals(409, unpaidWork.statusCode(), "unpaid work is for 16 and 17 year olds: " + unpaidWork.body());
        assertTrue(unpaidWork.body().contains("Unpaid work"), unpaidWork.body());
        assertTrue(json(dan.get(API + "children/" + child).body()).getJsonArray("outcomes").isEmpty(), "a refused sentence records nothing");

        LocalDate sentenced = today.minusDays(10);
        JsonObject dto = json(created(dan.postJson(court + "/outcomes", sentence("DETENTION_AND_TRAINING_ORDER", offenceId,
                sentenced, "4", "[]")))).getJsonObject("order");
        assertEquals(sentenced.plusMonths(2).toString(), dto.getString("releaseOn"), "half in custody");
        assertEquals(sentenced.plusMonths(2).minusDays(1).toString(), dto.getString("custodyEndsOn"));
        assertEquals(sentenced.plusMonths(4).minusDays(1).toString(), dto.getString("endsOn"), "half on licence");

        JsonObject yro = json(created(dan.postJson(court + "/outcomes", sentence("YOUTH_REHABILITATION_ORDER", offenceId,
                today.minusDays(5), "12", "[\"SUPERVISION\",\"CURFEW\",\"ELECTRONIC_MONITORING\"]")))).getJsonObject("order");
        assertEquals(3, yro.getJsonArray("requirements").size());
        String breaches = API + "court/orders/" + yro.getJsonNumber("id") + "/breaches";
        JsonObject warning = json(created(dan.postJson(breaches, breach("WARNING"))));
        HttpResponse<String> secondWarning = dan.postJson(breaches, breach("WARNING"));
        assertEquals(409, secondWarning.statusCode(), "one warning in 12 months: " + secondWarning.body());
        JsonObject proceedings = json(created(dan.postJson(breaches, breach("BREACH_PROCEEDINGS"))));
        assertEquals(409, dan.postJson(API + "court/breaches/" + warning.getJsonNumber("id") + "/result",
                "{\"result\":\"Fine\",\"version\":" + warning.getJsonNumber("version") + "}").statusCode(), "a warning is not before the court");
        assertEquals(200, dan.postJson(API + "court/breaches/" + proceedings.getJsonNumber("id") + "/result",
                "{\"result\":\"Order continued with more supervision\",\"version\":" + proceedings.getJsonNumber("version") + "}").statusCode());

        // Bail support: one at a time, ended with the version read.
        JsonObject bail = json(created(dan.postJson(court + "/bail", "{\"kind\":\"BAIL_SUPERVISION_AND_SUPPORT\",\"startedOn\":\""
                + today.minusDays(3) + "\",\"conditions\":\"Curfew 7pm\",\"electronicMonitoring\":true}")));
        assertEquals(409, dan.postJson(court + "/bail", "{\"kind\":\"BAIL_SUPPORT\",\"startedOn\":\"" + today + "\"}").statusCode());
        assertEquals(409, dan.postJson(API + "court/bail/" + bail.getJsonNumber("id") + "/end", "{\"on\":\"" + today
                + "\",\"version\":" + (bail.getJsonNumber("version").longValue() + 1) + "}").statusCode());
        assertEquals(200, dan.postJson(API + "court/bail/" + bail.getJsonNumber("id") + "/end", "{\"on\":\"" + today
                + "\",\"version\":" + bail.getJsonNumber("version") + "}").statusCode());

        // Each order's end is in My work by its last day, for the child's status at the end, until it is taken.
        List<WorkItem> ends = workItems(child).stream().filter(i -> i.getKind().equals("Order ends")).toList();
        assertEquals(java.util.Set.of(LocalDate.parse(dto.getString("endsOn")), LocalDate.parse(yro.getString("endsOn"))),
                ends.stream().map(WorkItem::getDueOn).collect(java.util.stream.Collectors.toSet()), ends.toString());
        HttpResponse<String> atEnd = dan.postJson(API + "plans/children/" + child + "/statuses", "{\"subjectType\":\"ORDER\",\"subjectId\":"
                + dto.getJsonNumber("id") + ",\"point\":\"END\",\"assessedOn\":\"" + today + "\",\"accommodationSuitable\":true}");
        assertEquals(201, atEnd.statusCode(), atEnd.body());
        assertEquals(List.of(LocalDate.parse(yro.getString("endsOn"))), workItems(child).stream()
                .filter(i -> i.getKind().equals("Order ends")).map(WorkItem::getDueOn).toList(), "taken: only the other order's end is owed");

        JsonObject record = json(dan.get(court).body());
        assertEquals(2, record.getJsonArray("orders").size());
        assertEquals(2, record.getJsonArray("breaches").size());
        String page = dan.get("youth-justice/child-court.xhtml?person=" + child).body();
        assertTrue(page.contains("Detention and training order") && page.contains("Order continued with more supervision"), "the court page");
        assertTrue(dan.get("youth-justice/court.xhtml").body().contains("data-hearing=\"" + hearingId + "\""), "the diary page");
        assertTrue(audit.forRecord("person", Long.toString(child), 100).stream().anyMatch(e -> e.getAction().equals("YJ_COURT_OUTCOME_CREATE")
                && e.getOutcome().equals("SUCCESS")), "the order is audited");
        assertTrue(chronology(child).contains("Breach: Warning given") && chronology(child).contains("Pre-sentence report filed")
                && chronology(child).contains("Bail supervision and support ended"), "court work in the chronology: " + chronology(child));

        // Another area's worker neither reads nor writes the child's court work, and the refusal is audited.
        PortalSession priya = signIn("priya.shah");
        int read = priya.get(court).statusCode();
        assertTrue(read == 403 || read == 404, "refused: " + read);
        int write = priya.postJson(court + "/hearings", "{\"hearingOn\":\"" + today + "\",\"courtName\":\"X\",\"purpose\":\"PLEA\"}")
                .statusCode();
        assertTrue(write == 403 || write == 404, "refused: " + write);
        // Refused by the module's switch (audited as an access or permission refusal, whichever check comes first) or,
        // with the module on (another test may have switched it on), by need to know on the child.
        assertTrue(audit.latest(300).stream().anyMatch(e -> java.util.Set.of("YJ_COURT_VIEW", "PERMISSION", "ACCESS").contains(e.getAction())
                && e.getOutcome().equals("DENIED") && e.getActor().equals("priya.shah")), "the refused read is audited");
    }

    @Test
    void aSecondYouthCautionOwesAnAssessmentAndAnInterventionUntilBothAreRecorded() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Caution", caseloads, directory);
        LocalDate first = today.minusDays(60);
        cautioned(dan, child, first);
        assertTrue(json("{\"d\":" + dan.get(API + "caution-duties/children/" + child).body() + "}").getJsonArray("d").isEmpty(),
                "a first youth caution owes nothing");
        cautioned(dan, child, today);

        JsonObject duty = json("{\"d\":" + dan.get(API + "caution-duties/children/" + child).body() + "}").getJsonArray("d").getJsonObject(0);
        assertEquals("Second youth caution", duty.getString("reason"));
        assertEquals(calendar.addWorkingDays(today, 10).toString(), duty.getString("dueOn"));
        assertTrue(workItems(child).stream().anyMatch(i -> i.getTitle().contains("second youth caution")), "in My work");
        assertTrue(dan.get(API + "caution-duties").body().contains("\"id\":" + duty.getJsonNumber("id") + ","), "on the due list");

        String met = API + "caution-duties/" + duty.getJsonNumber("id") + "/met";
        HttpResponse<String> noIntervention = dan.postJson(met, "{\"assessedOn\":\"" + today + "\",\"version\":" + duty.getJsonNumber("version") + "}");
        assertEquals(400, noIntervention.statusCode(), noIntervention.body());
        assertTrue(noIntervention.body().contains("intervention"), noIntervention.body());
        HttpResponse<String> done = dan.postJson(met, "{\"assessedOn\":\"" + today + "\",\"intervention\":\"Weapons awareness programme\","
                + "\"version\":" + duty.getJsonNumber("version") + "}");
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(workItems(child).stream().noneMatch(i -> i.getTitle().contains("second youth caution")), "met: nothing owed");
        assertEquals(409, dan.postJson(met, "{\"assessedOn\":\"" + today + "\",\"intervention\":\"x\",\"version\":"
                + json(done.body()).getJsonNumber("version") + "}").statusCode(), "met once");
        assertTrue(audit.forRecord("person", Long.toString(child), 100).stream().anyMatch(e -> e.getAction().equals("YJ_CAUTION_DUTY_CREATE")));
    }

    @Test
    void victimsAreSeenOnlyWithTheVictimsPermissionAndContactNeedsConsent() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Victim", caseloads, directory);
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\"" + today
                + "\",\"type\":\"CRIMINAL_DAMAGE\",\"gravity\":3,\"description\":\"Shop window broken\"}")));
        String victims = API + "victims/children/" + child;
        HttpResponse<String> noConsent = dan.postJson(victims, "{\"offenceId\":" + offence.getJsonNumber("id")
                + ",\"name\":\"Corner Shop Ltd\",\"consentToContact\":false,\"consentAskedOn\":\"" + today + "\",\"supportOffered\":true}");
        assertEquals(400, noConsent.statusCode(), noConsent.body());
        assertTrue(noConsent.body().contains("consentToContact"), noConsent.body());
        JsonObject victim = json(created(dan.postJson(victims, "{\"offenceId\":" + offence.getJsonNumber("id")
                + ",\"name\":\"Corner Shop Ltd\",\"contactDetails\":\"01632 960001\",\"consentToContact\":true,\"consentAskedOn\":\""
                + today + "\",\"viewsSought\":true}")));
        String update = API + "victims/" + victim.getJsonNumber("id");
        String change = "{\"name\":\"Corner Shop Ltd\",\"consentToContact\":true,\"consentAskedOn\":\"" + today
                + "\",\"viewsSought\":true,\"keptInformed\":true,\"restorativeJusticeOffered\":true,\"version\":";
        assertEquals(409, dan.putJson(update, change + (victim.getJsonNumber("version").longValue() + 1) + "}").statusCode());
        HttpResponse<String> updated = dan.putJson(update, change + victim.getJsonNumber("version") + "}");
        assertEquals(200, updated.statusCode(), updated.body());
        assertTrue(json(updated.body()).getBoolean("restorativeJusticeOffered"));
        assertTrue(dan.get(victims).body().contains("Corner Shop Ltd"));
        assertFalse(dan.get(API + "children/" + child).body().contains("Corner Shop"), "the child's record carries no victim details");
        assertTrue(dan.get("youth-justice/victims.xhtml?person=" + child).body().contains("Corner Shop Ltd"));
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_VICTIM_VIEW")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("dan.hughes")), "reading victims is audited");

        // Neither the analyst (no victims permission) nor another area's worker reads them; both refusals are audited.
        PortalSession olivia = signIn("olivia.brown");
        HttpResponse<String> analyst = olivia.get(victims);
        assertEquals(403, analyst.statusCode(), analyst.body());
        assertFalse(analyst.body().contains("Corner Shop"));
        PortalSession priya = signIn("priya.shah");
        HttpResponse<String> other = priya.get(victims);
        assertTrue(other.statusCode() == 403 || other.statusCode() == 404, "refused: " + other.statusCode());
        assertFalse(other.body().contains("Corner Shop"));
        assertTrue(audit.latest(300).stream().anyMatch(e -> e.getOutcome().equals("DENIED") && e.getActor().equals("olivia.brown")),
                "the analyst's refusal is audited");
    }

    @Test
    void interventionsKeepAttendanceAndCompletionAndTheStatusIsTakenOnceAtEachEnd() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Plan", caseloads, directory);
        String plans = API + "plans/children/" + child;
        JsonObject intervention = json(created(dan.postJson(plans + "/interventions", "{\"type\":\"WEAPONS_AWARENESS\",\"startedOn\":\""
                + today.minusDays(30) + "\"}")));
        assertEquals("ONGOING", intervention.getString("completion"));
        String progress = API + "plans/interventions/" + intervention.getJsonNumber("id");
        HttpResponse<String> tooMany = dan.putJson(progress, "{\"type\":\"WEAPONS_AWARENESS\",\"startedOn\":\"" + today.minusDays(30)
                + "\",\"sessionsOffered\":4,\"sessionsAttended\":5,\"version\":" + intervention.getJsonNumber("version") + "}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("sessionsAttended"), tooMany.body());
        String done = "{\"type\":\"WEAPONS_AWARENESS\",\"startedOn\":\"" + today.minusDays(30) + "\",\"sessionsOffered\":6,"
                + "\"sessionsAttended\":6,\"endedOn\":\"" + today + "\",\"completion\":\"COMPLETED\",\"version\":";
        assertEquals(409, dan.putJson(progress, done + (intervention.getJsonNumber("version").longValue() + 1) + "}").statusCode());
        HttpResponse<String> completed = dan.putJson(progress, done + intervention.getJsonNumber("version") + "}");
        assertEquals(200, completed.statusCode(), completed.body());
        assertEquals("COMPLETED", json(completed.body()).getString("completion"));

        String status = "{\"subjectType\":\"INTERVENTION\",\"subjectId\":" + intervention.getJsonNumber("id") + ",\"point\":\"START\","
                + "\"assessedOn\":\"" + today.minusDays(30) + "\",\"accommodationSuitable\":true,\"educationHoursOffered\":25,"
                + "\"educationHoursAttended\":18,\"sendNeed\":true,\"sendPlan\":true,\"mentalHealthNeed\":true,";
        HttpResponse<String> attendingUnoffered = dan.postJson(plans + "/statuses", status + "\"mentalHealthAttending\":true}");
        assertEquals(400, attendingUnoffered.statusCode(), attendingUnoffered.body());
        assertTrue(attendingUnoffered.body().contains("mentalHealthAttending"), attendingUnoffered.body());
        assertEquals(201, dan.postJson(plans + "/statuses", status + "\"mentalHealthOffered\":true,\"mentalHealthAttending\":true}").statusCode());
        assertEquals(409, dan.postJson(plans + "/statuses", status + "\"mentalHealthOffered\":true}").statusCode(), "one status at the start");
        HttpResponse<String> notTheirs = dan.postJson(plans + "/statuses", status.replace("\"subjectId\":" + intervention.getJsonNumber("id"),
                "\"subjectId\":-5") + "\"mentalHealthOffered\":true}");
        assertEquals(400, notTheirs.statusCode(), notTheirs.body());

        JsonObject plan = json(dan.get(plans).body());
        assertEquals(1, plan.getJsonArray("interventions").size());
        assertEquals(1, plan.getJsonArray("statuses").size());
        assertTrue(plan.getJsonArray("statuses").getJsonObject(0).getBoolean("mentalHealthAttending"),
                "the case manager holds youth-justice:health and sees the health answers");
        assertTrue(dan.get("youth-justice/plan.xhtml?person=" + child).body().contains("Weapons awareness"));
        assertTrue(chronology(child).contains("Intervention completed: Weapons awareness"), chronology(child).toString());
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_STATUS_CREATE")
                && e.getOutcome().equals("SUCCESS")));
        int refused = signIn("priya.shah").get(plans).statusCode();
        assertTrue(refused == 403 || refused == 404, "another area's worker is refused: " + refused);
    }

    @Test
    void anAssessmentIsRatedReviewedAsItsRatingsSayAndInMyWorkUntilDone() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Assessed", caseloads, directory);
        String assessments = API + "assessments/children/" + child;
        LocalDate started = today.minusDays(45);
        JsonObject assessment = json(created(dan.postJson(assessments, "{\"type\":\"ASSET_PLUS\",\"startedOn\":\"" + started + "\"}")));
        assertEquals(calendar.addWorkingDays(started, 20).toString(), assessment.getString("completionDueOn"));
        assertEquals("dan.hughes", assessment.getString("author"));
        WorkItem owed = workItems(child).stream().filter(i -> i.getTitle().equals("Complete assessment: AssetPlus")).findFirst().orElseThrow();
        assertTrue(owed.isOverdue(), "20 working days have passed");

        String one = API + "assessments/" + assessment.getJsonNumber("id");
        long version = assessment.getJsonNumber("version").longValue();
        HttpResponse<String> unrated = dan.putJson(one, "{\"type\":\"ASSET_PLUS\",\"startedOn\":\"" + started + "\",\"completedOn\":\""
                + today + "\",\"likelihoodOfReoffending\":\"LOW\",\"safetyAndWellbeing\":\"LOW\",\"version\":" + version + "}");
        assertEquals(400, unrated.statusCode(), unrated.body());
        assertTrue(unrated.body().contains("riskOfSeriousHarm"), unrated.body());
        String rated = "{\"type\":\"ASSET_PLUS\",\"startedOn\":\"" + started + "\",\"completedOn\":\"" + today
                + "\",\"likelihoodOfReoffending\":\"MEDIUM\",\"riskOfSeriousHarm\":\"HIGH\",\"safetyAndWellbeing\":\"LOW\",\"version\":";
        assertEquals(409, dan.putJson(one, rated + (version + 1) + "}").statusCode(), "a stale version is refused");
        assertEquals(400, dan.putJson(one, rated.replace("\"HIGH\"", "\"SEVERE\"") + version + "}").statusCode(), "no such rating");
        JsonObject completed = json(dan.putJson(one, rated + version + "}").body());
        assertEquals(today.plusMonths(3).toString(), completed.getString("reviewDueOn"), "a high rating: reviewed within 3 months");
        assertEquals("High", completed.getString("riskOfSeriousHarm"));
        assertTrue(workItems(child).stream().noneMatch(i -> i.getTitle().startsWith("Complete assessment")));
        WorkItem review = workItems(child).stream().filter(i -> i.getTitle().equals("Review assessment: AssetPlus")).findFirst().orElseThrow();
        assertEquals(today.plusMonths(3), review.getDueOn());
        assertFalse(review.isOverdue());

        String countersign = one + "/countersigned";
        long now = completed.getJsonNumber("version").longValue();
        HttpResponse<String> own = dan.postJson(countersign, "{\"on\":\"" + today + "\",\"version\":" + now + "}");
        assertEquals(400, own.statusCode(), "not by its author: " + own.body());
        HttpResponse<String> signed = signIn("kwame.boateng").postJson(countersign, "{\"on\":\"" + today + "\",\"version\":" + now + "}");
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals("kwame.boateng", json(signed.body()).getString("countersignedBy"));

        assertTrue(dan.get("youth-justice/assessments.xhtml?person=" + child).body().contains("data-assessment=\""
                + assessment.getJsonNumber("id") + "\""), "the assessments page");
        assertTrue(dan.get("youth-justice/child.xhtml?person=" + child).body().contains("yj-assessments"), "on the record");
        assertTrue(chronology(child).contains("Assessment completed: AssetPlus"), chronology(child).toString());
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_ASSESSMENT_COUNTERSIGN")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("kwame.boateng")), "the countersignature is audited");
        int refused = signIn("priya.shah").get(assessments).statusCode();
        assertTrue(refused == 403 || refused == 404, "another area's worker is refused: " + refused);
    }

    @Test
    void custodyServesADetentionAndTrainingOrdersCustodyHalfAndReleaseNeedsAResettlementPlan() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Secure", caseloads, directory);
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\""
                + today.minusDays(60) + "\",\"type\":\"ROBBERY\",\"gravity\":6,\"description\":\"Robbery with a knife\"}")));
        LocalDate sentenced = today.minusDays(10);
        JsonObject dto = json(created(dan.postJson(API + "court/children/" + child + "/outcomes",
                sentence("DETENTION_AND_TRAINING_ORDER", offence.getJsonNumber("id").longValue(), sentenced, "4", "[]")))).getJsonObject("order");
        String custody = API + "custody/children/" + child;
        HttpResponse<String> before = dan.postJson(custody, "{\"orderId\":" + dto.getJsonNumber("id") + ",\"establishmentType\":\"STC\","
                + "\"establishmentName\":\"Oakhill\",\"startedOn\":\"" + sentenced.minusDays(1) + "\"}");
        assertEquals(400, before.statusCode(), "not before the sentence: " + before.body());
        JsonObject episode = json(created(dan.postJson(custody, "{\"orderId\":" + dto.getJsonNumber("id") + ",\"establishmentType\":\"STC\","
                + "\"establishmentName\":\"Oakhill\",\"startedOn\":\"" + sentenced + "\"}")));
        assertEquals(sentenced.plusMonths(2).toString(), episode.getString("expectedReleaseOn"), "the custody half ends at half");
        assertEquals(409, dan.postJson(custody, "{\"orderId\":" + dto.getJsonNumber("id") + ",\"establishmentType\":\"YOI\","
                + "\"establishmentName\":\"Cookham Wood\",\"startedOn\":\"" + today + "\"}").statusCode(), "one custody at a time");
        assertTrue(workItems(child).stream().anyMatch(i -> i.getTitle().startsWith("Agree the resettlement plan")));

        String one = API + "custody/" + episode.getJsonNumber("id");
        long version = episode.getJsonNumber("version").longValue();
        HttpResponse<String> early = dan.postJson(one + "/release", "{\"on\":\"" + today + "\",\"version\":" + version + "}");
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.body().contains("resettlement plan"), early.body());
        String plan = "{\"resettlementPlanOn\":\"" + today + "\",\"resettlementPlan\":\"College place and CAMHS on release\","
                + "\"releaseAccommodation\":\"FAMILY_HOME\",\"version\":";
        assertEquals(409, dan.putJson(one + "/resettlement", plan + (version + 1) + "}").statusCode(), "a stale version is refused");
        JsonObject planned = json(dan.putJson(one + "/resettlement", plan + version + "}").body());
        assertTrue(planned.getBoolean("accommodationSuitable"));
        assertTrue(workItems(child).stream().noneMatch(i -> i.getTitle().startsWith("Agree the resettlement plan")));
        HttpResponse<String> released = dan.postJson(one + "/release", "{\"on\":\"" + today + "\",\"version\":"
                + planned.getJsonNumber("version") + "}");
        assertEquals(200, released.statusCode(), released.body());
        assertEquals(today.toString(), json(released.body()).getString("releasedOn"));
        assertTrue(dan.get("youth-justice/custody.xhtml?person=" + child).body().contains("Secure training centre"), "the custody page");
        assertTrue(chronology(child).contains("Custody began: Secure training centre"), chronology(child).toString());
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_CUSTODY_RELEASE")
                && e.getOutcome().equals("SUCCESS")), "the release is audited");

        YearMonth month = YearMonth.from(sentenced);
        assertTrue(indicator("youth-justice.custody-rate").count(month, month).get(month).numeratorPeople().contains(child),
                "the custody rate counts the sentence");
    }

    @Test
    void theKpisCountProvenSeriousViolenceAndTheStatusAtTheEndOfAnIntervention() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Kpi", caseloads, directory);
        YearMonth month = YearMonth.from(today);
        JsonObject robbery = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\"" + today
                + "\",\"type\":\"ROBBERY\",\"gravity\":5,\"description\":\"Bike taken by force\"}")));
        ModuleIndicator violence = indicator("youth-justice.serious-violence");
        assertFalse(violence.count(month, month).get(month).numeratorPeople().contains(child), "not proven yet");
        JsonObject referral = json(created(dan.postJson(API + "children/" + child + "/panel-referrals",
                "{\"offenceId\":" + robbery.getJsonNumber("id") + ",\"referredOn\":\"" + today + "\"}")));
        assertEquals(200, decide(dan, referral.getJsonNumber("id").longValue(), "YOUTH_CAUTION",
                referral.getJsonNumber("version").longValue()).statusCode());
        assertTrue(violence.count(month, month).get(month).numeratorPeople().contains(child), "a caution proves it");

        String plans = API + "plans/children/" + child;
        JsonObject intervention = json(created(dan.postJson(plans + "/interventions", "{\"type\":\"REPARATION\",\"startedOn\":\""
                + today + "\"}")));
        created(dan.postJson(plans + "/statuses", "{\"subjectType\":\"INTERVENTION\",\"subjectId\":" + intervention.getJsonNumber("id")
                + ",\"point\":\"END\",\"assessedOn\":\"" + today + "\",\"accommodationSuitable\":true,\"educationHoursOffered\":25,"
                + "\"educationHoursAttended\":20,\"neet\":false,\"mentalHealthNeed\":true,\"mentalHealthOffered\":true}"));
        IndicatorCount ete = indicator("youth-justice.ete-at-end").count(month, month).get(month);
        assertTrue(ete.numeratorPeople().contains(child) && ete.denominatorPeople().contains(child));
        IndicatorCount attending = indicator("youth-justice.mental-health-attending").count(month, month).get(month);
        assertTrue(attending.denominatorPeople().contains(child) && !attending.numeratorPeople().contains(child),
                "a need offered help but not attending");
        assertTrue(indicator("youth-justice.send-plan-at-end").count(month, month).get(month).denominatorPeople().stream()
                .noneMatch(p -> p == child), "no SEND need: not in that measure");
    }

    @Test
    void theBoardSeesTheKpiSetRecordsAMeetingWithItsFiguresAndDownloadsTheScrutinyPdf() throws Exception {
        PortalSession manager = signIn("kwame.boateng");
        JsonArray kpis = Json.createReader(new StringReader(manager.get(API + "board/kpis?months=6").body())).readArray();
        assertTrue(kpis.stream().map(JsonValue::asJsonObject).anyMatch(k -> k.getString("indicatorId").equals("youth-justice.custody-rate")
                && k.getString("unit").equals("RATE_PER_1000_AGED_10_TO_17")), kpis.toString());
        assertEquals(400, manager.get(API + "board/kpis?months=0").statusCode());
        assertEquals(400, manager.postJson(API + "board/meetings", "{\"metOn\":\"" + today + "\",\"attendees\":\"Chair\"}").statusCode(),
                "the minutes are needed");
        JsonObject meeting = json(created(manager.postJson(API + "board/meetings", "{\"metOn\":\"" + today + "\",\"partnersPresent\":"
                + "[\"POLICE\",\"HEALTH\"],\"attendees\":\"Director of children's services (chair), Supt. Reid\",\"minutesSummary\":"
                + "\"Custody and ETE reviewed\",\"months\":3}")));
        assertFalse(meeting.getBoolean("quorate"), "probation and the local authority were not there");
        assertEquals(kpis.size(), meeting.getJsonArray("figures").size(), "the whole KPI set is kept with the meeting");
        assertEquals(YearMonth.from(today).minusMonths(3).atDay(1).toString(), meeting.getString("periodFrom"));
        HttpResponse<byte[]> pdf = manager.getBytes(API + "board/scrutiny.pdf?months=6");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(manager.get("youth-justice/board.xhtml").body().contains("data-meeting=\"" + meeting.getJsonNumber("id") + "\""));
        assertTrue(audit.latest(200).stream().anyMatch(e -> e.getAction().equals("YJ_SCRUTINY_PDF") && e.getOutcome().equals("SUCCESS")
                && e.getActor().equals("kwame.boateng")), "the download is audited");

        PortalSession dan = signIn("dan.hughes");
        assertEquals(403, dan.get(API + "board/meetings").statusCode(), "the board's papers need the measures permission");
        assertTrue(audit.latest(200).stream().anyMatch(e -> e.getAction().equals("PERMISSION") && e.getOutcome().equals("DENIED")
                && e.getActor().equals("dan.hughes")), "the refusal is audited");
    }

    @Test
    void theYjbCaseLevelDataOfAQuarterIsAReturnInTheMappedCodesWithItsOwnChecksForThoseWhoMayExport() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Extract", caseloads, directory);
        created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\"" + today
                + "\",\"type\":\"CRIMINAL_DAMAGE\",\"gravity\":2,\"description\":\"Broken window\"}"));
        ReturnPeriodRule quarters = ReturnPeriodRule.aprilToMarchQuarters();
        String thisQuarter = "{\"period\":\"" + quarters.containing(today).label() + "\"}";
        String runs = "api/returns/youth-justice-yjb-case-level/runs";
        assertEquals(403, dan.postJson(runs, thisQuarter).statusCode(), "the extract needs youth-justice:export");

        // The analyst makes it; the returns list says no public schema exists and names the quarters.
        PortalSession olivia = signIn("olivia.brown");
        JsonObject listed = Json.createReader(new StringReader(olivia.get("api/returns").body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("id").equals("youth-justice-yjb-case-level")).findFirst().orElseThrow();
        assertTrue(listed.getString("title").contains("no public schema exists"), listed.toString());
        assertTrue(listed.getString("currentPeriod").matches("\\d{4}-\\d{2} Q[1-4]"), listed.toString());
        assertEquals(400, olivia.postJson(runs, "{\"period\":\"2025-26\"}").statusCode(), "a year is not a quarter");

        String xml = caseLevelXml(olivia, runs, thisQuarter);
        assertTrue(xml.contains("layout=\"harbour-yj-1\""), "the file names its own layout: no public schema exists");
        assertTrue(xml.contains("codeMap=\"1\""), "and the version of the code map it used");
        assertTrue(xml.contains("<LocalId>" + child + "</LocalId>"), "the child with an offence this quarter is in the data");
        assertTrue(xml.contains("<OffenceType>CDM</OffenceType>"), "the offence type in the map's code");
        assertFalse(xml.contains("Test"), "children by local id, never by name");

        // Last quarter on the demo data: children with outcomes, every outcome and offence type coded by the map.
        String lastQuarter = "{\"period\":\"" + quarters.containing(today.minusMonths(3)).label() + "\"}";
        HttpResponse<String> started = olivia.postJson(runs, lastQuarter);
        assertEquals(201, started.statusCode(), started.body());
        JsonObject run = json(started.body());
        String demo = download(olivia, run);
        long childrenInFile = demo.split("<Child>", -1).length - 1L;
        assertTrue(childrenInFile >= 3, "the demo data's children of the quarter: " + childrenInFile);
        assertEquals(demo.split("<Outcome>", -1).length - 1, demo.split("<OutcomeCode>", -1).length - 1, "every outcome coded");
        assertEquals(demo.split("<Offence>", -1).length - 1, demo.split("<OffenceType>", -1).length - 1, "every offence type coded");
        JsonArray messages = Json.createReader(new StringReader(olivia.get("api/returns/runs/" + run.getJsonNumber("id") + "/messages")
                .body())).readArray();
        assertTrue(messages.stream().map(JsonValue::asJsonObject).noneMatch(m -> m.getString("ruleCode").equals("YJ06")),
                "no demo outcome or offence type is left unmapped: " + messages);
    }

    @Test
    void theAnalystSeesTheMeasuresChartedAndAYjFamilyComparatorImportedWithTheOthersOnTheMeasuresTrend() throws Exception {
        PortalSession olivia = signIn("olivia.brown");
        HttpResponse<String> measures = olivia.get("youth-justice/measures.xhtml");
        assertEquals(200, measures.statusCode(), "the analyst opens the module's measures");
        String page = measures.body();
        assertTrue(page.contains("id=\"monthly-chart\"") && page.contains("id=\"cohorts-chart\""), "both charts are drawn");
        assertTrue(page.contains("Every figure of the chart above, month by month"), "with the table of its figures");
        assertTrue(page.contains("performance/indicator.xhtml?id=youth-justice.first-time-entrants"), "each measure links to its trend");

        // The YJ family (the statistical neighbours of youth justice), the region and England come in by the comparator import.
        int first = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String year = first + "-" + String.format("%02d", (first + 1) % 100);
        HttpResponse<String> imported = importComparators(olivia, "indicator,comparator,period,value\n"
                + "youth-justice.first-time-entrants,STATISTICAL_NEIGHBOURS," + year + ",187.3\n"
                + "youth-justice.first-time-entrants,REGION," + year + ",201.6\n"
                + "youth-justice.first-time-entrants,ENGLAND," + year + ",165.4\n");
        assertTrue(imported.body().contains("3 comparator value(s) imported."), imported.body());
        String trend = olivia.get("performance/indicator.xhtml?id=youth-justice.first-time-entrants").body();
        for (String shown : List.of("187.3", "201.6", "165.4", "Statistical neighbours", "Region", "England")) {
            assertTrue(trend.contains(shown), shown + " on the trend of first time entrants");
        }
    }

    private static HttpResponse<String> importComparators(PortalSession session, String csv) throws Exception {
        HttpResponse<String> page = session.get("performance/data.xhtml");
        String boundary = "----harbour" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("import-form", "import-form");
        fields.put("import-form:import", "Import comparators");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        fields.put(PortalSession.NONCE_FIELD, session.nonceFor(PortalSession.viewState(page.body())));
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"import-form:file\"; filename=\"comparators.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return session.postBytes("performance/data.xhtml", body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    @Test
    void onTheDemoDataEveryMeasureOfChildrenListsExactlyTheChildrenItCountsEveryMonth() {
        // Months the other tests leave alone: they record with dates near today.
        YearMonth to = YearMonth.from(today).minusMonths(3);
        YearMonth from = to.minusMonths(32);
        List<String> differing = new java.util.ArrayList<>();
        long counted = 0;
        for (ModuleIndicator indicator : indicators) {
            if (!indicator.spec().moduleId().equals("youth-justice") || indicator.spec().id().equals("youth-justice.board-attendance")
                    || indicator.spec().id().equals("youth-justice.reoffending-frequency")) {
                continue; // board attendance counts partners' places, no child behind it; the frequency counts reoffences, listing reoffenders
            }
            for (java.util.Map.Entry<YearMonth, IndicatorCount> e : indicator.count(from, to).entrySet()) {
                IndicatorCount c = e.getValue();
                counted += c.numerator();
                if (c.numerator() != c.numeratorPeople().size()
                        || indicator.spec().unit() == org.harbour.core.spi.indicator.IndicatorUnit.PERCENT
                        && c.denominator() != c.denominatorPeople().size()) {
                    differing.add(indicator.spec().id() + " " + e.getKey() + " " + c);
                }
            }
        }
        assertTrue(counted > 100, "the demo data gives real figures: " + counted);
        assertEquals(List.of(), differing, "figures whose children listed differ from the figure");
    }

    private static String caseLevelXml(PortalSession session, String runs, String period) throws Exception {
        HttpResponse<String> started = session.postJson(runs, period);
        assertEquals(201, started.statusCode(), started.body());
        return download(session, json(started.body()));
    }

    private static String download(PortalSession session, JsonObject run) throws Exception {
        JsonObject file = run.getJsonArray("files").getJsonObject(0);
        assertEquals("yjb_case_level.xml", file.getString("name"));
        return new String(session.getBytes("api/returns/runs/" + run.getJsonNumber("id") + "/files/" + file.getJsonNumber("id")).body(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theVictimsKpiCountsConsentAndContactAndTheOutOfCourtKpiCountsCompletions() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "VictimKpi", caseloads, directory);
        YearMonth month = YearMonth.from(today);
        cautioned(dan, child, today);
        long offenceId = json(dan.get(API + "children/" + child).body()).getJsonArray("offences").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String victims = API + "victims/children/" + child;
        created(dan.postJson(victims, "{\"offenceId\":" + offenceId + ",\"name\":\"Park Cafe\",\"consentToContact\":true,"
                + "\"consentAskedOn\":\"" + today + "\",\"viewsSought\":true,\"restorativeJusticeOffered\":true}"));
        created(dan.postJson(victims, "{\"offenceId\":" + offenceId + ",\"name\":\"A passer-by\",\"consentToContact\":false,"
                + "\"consentAskedOn\":\"" + today + "\"}"));

        IndicatorCount consented = indicator("youth-justice.victims-consented").count(month, month).get(month);
        assertTrue(consented.numeratorPeople().contains(child) && consented.denominatorPeople().contains(child), consented.toString());
        IndicatorCount rj = indicator("youth-justice.victims-restorative-justice").count(month, month).get(month);
        assertTrue(rj.numeratorPeople().contains(child), "restorative justice offered to the victim who consented");
        IndicatorCount support = indicator("youth-justice.victims-support-offered").count(month, month).get(month);
        assertTrue(support.denominatorPeople().contains(child) && !support.numeratorPeople().contains(child), "no support offered yet");

        String plans = API + "plans/children/" + child;
        JsonObject intervention = json(created(dan.postJson(plans + "/interventions", "{\"type\":\"REPARATION\",\"startedOn\":\""
                + today + "\"}")));
        HttpResponse<String> completed = dan.putJson(API + "plans/interventions/" + intervention.getJsonNumber("id"),
                "{\"type\":\"REPARATION\",\"startedOn\":\"" + today + "\",\"sessionsOffered\":3,\"sessionsAttended\":3,\"endedOn\":\""
                        + today + "\",\"completion\":\"COMPLETED\",\"version\":" + intervention.getJsonNumber("version") + "}");
        assertEquals(200, completed.statusCode(), completed.body());
        IndicatorCount outOfCourt = indicator("youth-justice.out-of-court-completed").count(month, month).get(month);
        assertTrue(outOfCourt.numeratorPeople().contains(child) && outOfCourt.denominatorPeople().contains(child),
                "the intervention after the caution was completed: " + outOfCourt);
    }

    @Test
    void disproportionalitySetsEachRungAgainstThePopulationLoadedAndNeedsTheMeasuresPermission() throws Exception {
        PortalSession manager = signIn("kwame.boateng");
        int first = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String year = API + "measures/disproportionality?from=" + first + "-04-01&to=" + (first + 1) + "-03-31&by=SEX";
        HttpResponse<String> before = manager.get(year);
        assertEquals(200, before.statusCode(), before.body());
        long outOfCourtBefore = atStage(json(before.body()), "OUT_OF_COURT");

        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Groups", caseloads, directory);
        cautioned(dan, child, today);
        JsonObject after = json(manager.get(year).body());
        assertEquals(outOfCourtBefore + 1, atStage(after, "OUT_OF_COURT"), "the child cautioned today is at the out-of-court rung");
        assertEquals(5, after.getJsonArray("stages").size(), "five stages");
        assertEquals("Girls", after.getString("reference"));

        // The analyst loads a year's population; a correction sends the version read.
        JsonArray loaded = Json.createReader(new StringReader(manager.get(API + "measures/population?year=2002").body())).readArray();
        String figure = "{\"year\":2002,\"dimension\":\"SEX\",\"group\":\"F\",\"population\":12000";
        HttpResponse<String> set = manager.putJson(API + "measures/population", figure + (loaded.isEmpty() ? "" : ",\"version\":"
                + loaded.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("group").equals("F")
                        && p.getString("dimension").equals("SEX")).findFirst().orElseThrow().getJsonNumber("version")) + "}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals(409, manager.putJson(API + "measures/population", figure + ",\"version\":"
                + (json(set.body()).getJsonNumber("version").longValue() + 5) + "}").statusCode(), "a stale correction");
        HttpResponse<String> badGroup = manager.putJson(API + "measures/population",
                "{\"year\":2002,\"dimension\":\"SEX\",\"group\":\"WHITE\",\"population\":10}");
        assertEquals(400, badGroup.statusCode(), badGroup.body());
        assertTrue(badGroup.body().contains("group"), badGroup.body());
        assertEquals(400, manager.get(API + "measures/disproportionality?from=" + first + "-04-01&to=" + first + "-03-31").statusCode());
        assertTrue(manager.get("youth-justice/measures.xhtml?by=ETHNICITY").body().contains("id=\"disproportionality\""));
        HttpResponse<String> farYear = manager.get("youth-justice/measures.xhtml?year=%2B999999999-12-31");
        assertEquals(200, farYear.statusCode(), "a year the page does not offer is said, not a server error");
        assertTrue(farYear.body().contains("Choose the year from the list."), farYear.body());

        assertEquals(403, dan.get(year).statusCode(), "figures for the measures permission only");
        assertEquals(403, dan.get("youth-justice/measures.xhtml").statusCode());
        assertTrue(audit.latest(200).stream().anyMatch(e -> e.getAction().equals("YJ_DISPROPORTIONALITY_VIEW")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("kwame.boateng")), "the view is audited");
    }

    @Test
    void theKpisComeByTheYjbsQuartersAndReoffendingIsTrackedForTheMonthsSet() throws Exception {
        PortalSession manager = signIn("kwame.boateng");
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        HttpResponse<String> kpis = manager.get(API + "board/kpis?quarter=" + quarter);
        assertEquals(200, kpis.statusCode(), kpis.body());
        List<String> ids = Json.createReader(new StringReader(kpis.body())).readArray().stream()
                .map(k -> k.asJsonObject().getString("indicatorId")).toList();
        assertTrue(ids.containsAll(List.of("youth-justice.victims-consented", "youth-justice.out-of-court-completed",
                "youth-justice.board-attendance", "youth-justice.wider-services")), ids.toString());
        assertEquals(400, manager.get(API + "board/kpis?quarter=" + quarter.plusMonths(1)).statusCode(), "not a quarter's first day");
        assertEquals(400, manager.get(API + "board/kpis?quarter=" + quarter.plusMonths(3)).statusCode(), "not begun");
        HttpResponse<String> oddQuarter = manager.get("youth-justice/board.xhtml?quarter=" + quarter.plusMonths(1));
        assertEquals(200, oddQuarter.statusCode(), "a quarter the page does not offer is said, not a server error");
        assertTrue(oddQuarter.body().contains("There is no such quarter to show."), oddQuarter.body());
        HttpResponse<byte[]> pdf = manager.getBytes(API + "board/scrutiny.pdf?quarter=" + quarter.minusMonths(3));
        assertEquals(200, pdf.statusCode());
        assertTrue(manager.get("youth-justice/board.xhtml?quarter=" + quarter).body().contains("quarter=" + quarter));

        JsonObject reoffending = json(manager.get(API + "measures/reoffending?quarter=" + quarter.minusYears(2)).body());
        int months = settings.intValue("youth-justice", "reoffending-tracking-months");
        assertEquals(months, reoffending.getInt("trackingMonths"));
        assertEquals(months * 365 / 12, reoffending.getInt("trackedDays"));
        assertEquals(quarter.minusYears(2).plusMonths(3).minusDays(1).plusMonths(months + 6).toString(), reoffending.getString("provenBy"));

        // On the scorecard, the month the cohort's results became final shows that quarter's cohort, rate and frequency.
        YearMonth finalMonth = YearMonth.from(quarter.minusYears(2).plusMonths(2)).plusMonths(months + 6);
        IndicatorCount binary = indicator("youth-justice.reoffending-binary").count(finalMonth, finalMonth).get(finalMonth);
        assertEquals(reoffending.getInt("cohort"), binary.denominator().intValue(), binary.toString());
        assertEquals(reoffending.getInt("reoffenders"), binary.numerator(), binary.toString());
        IndicatorCount frequency = indicator("youth-justice.reoffending-frequency").count(finalMonth, finalMonth).get(finalMonth);
        assertEquals(reoffending.getInt("reoffences"), frequency.numerator(), frequency.toString());
    }

    @Test
    void anAlternativeToCustodyPackageHasItsRiskManagementPlanAndIsReviewedWithinThreeMonths() throws Exception {
        PortalSession dan = signIn("dan.hughes");
        long child = TestChildren.allocatedTo("dan.hughes", "Package", caseloads, directory);
        String packages = API + "alternative-packages/children/" + child;
        String begin = "{\"startedOn\":\"" + today + "\",\"summary\":\"Intensive supervision, curfew and education\","
                + "\"riskManagementPlan\":\"Daily contact; curfew checks; no contact with co-accused\",\"reviewDueOn\":\"";
        HttpResponse<String> tooLate = dan.postJson(packages, begin + today.plusMonths(4) + "\"}");
        assertEquals(400, tooLate.statusCode(), tooLate.body());
        assertTrue(tooLate.body().contains("reviewDueOn"), tooLate.body());
        assertEquals(400, dan.postJson(packages, "{\"startedOn\":\"" + today + "\",\"summary\":\"ISS\",\"reviewDueOn\":\""
                + today.plusMonths(1) + "\"}").statusCode(), "a package needs its risk management plan");
        JsonObject started = json(created(dan.postJson(packages, begin + today.plusMonths(1) + "\"}")));
        assertEquals(409, dan.postJson(packages, begin + today.plusMonths(1) + "\"}").statusCode(), "one package at a time");
        assertTrue(workItems(child).stream().anyMatch(w -> w.getTitle().startsWith("Review the alternative-to-custody package")
                && w.getDueOn().equals(today.plusMonths(1))), workItems(child).toString());

        String review = API + "alternative-packages/" + started.getJsonNumber("id") + "/review";
        String body = "{\"reviewedOn\":\"" + today + "\",\"reviewDueOn\":\"" + today.plusMonths(3) + "\",\"riskManagementPlan\":"
                + "\"Curfew eased at weekends\",\"version\":";
        assertEquals(409, dan.putJson(review, body + (started.getJsonNumber("version").longValue() + 1) + "}").statusCode());
        HttpResponse<String> reviewed = dan.putJson(review, body + started.getJsonNumber("version") + "}");
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        assertEquals("Curfew eased at weekends", json(reviewed.body()).getString("riskManagementPlan"));
        assertTrue(dan.get("youth-justice/child-court.xhtml?person=" + child).body().contains("data-package=\"" + started.getJsonNumber("id")));
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("YJ_ATC_REVIEW")
                && e.getOutcome().equals("SUCCESS")), "the review is audited");
        int refused = signIn("priya.shah").get(packages).statusCode();
        assertTrue(refused == 403 || refused == 404, "another area's worker is refused: " + refused);
    }

    private static long atStage(JsonObject view, String stage) {
        return view.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .flatMap(r -> r.getJsonArray("stages").stream().map(JsonValue::asJsonObject))
                .filter(c -> c.getString("stage").equals(stage)).mapToLong(c -> c.getJsonNumber("children").longValue()).sum();
    }

    private List<String> chronology(long child) {
        return chronologySources.stream().filter(s -> s.moduleId().equals("youth-justice"))
                .flatMap(s -> s.eventsFor(child).stream()).map(e -> e.getTitle()).toList();
    }

    private void cautioned(PortalSession dan, long child, LocalDate on) throws Exception {
        JsonObject offence = json(created(dan.postJson(API + "children/" + child + "/offences", "{\"committedOn\":\"" + on
                + "\",\"type\":\"THEFT_AND_HANDLING\",\"gravity\":3,\"description\":\"Theft\"}")));
        JsonObject referral = json(created(dan.postJson(API + "children/" + child + "/panel-referrals",
                "{\"offenceId\":" + offence.getJsonNumber("id") + ",\"referredOn\":\"" + on + "\"}")));
        HttpResponse<String> decided = dan.postJson(API + "panel-referrals/" + referral.getJsonNumber("id") + "/decision",
                "{\"decision\":\"YOUTH_CAUTION\",\"decidedOn\":\"" + on + "\",\"attendees\":\"" + PANEL
                + "\",\"version\":" + referral.getJsonNumber("version") + "}");
        assertEquals(200, decided.statusCode(), decided.body());
    }

    private static String sentence(String type, long offenceId, LocalDate on, String months, String requirements) {
        return "{\"type\":\"" + type + "\",\"offenceId\":" + offenceId + ",\"sentencedOn\":\"" + on + "\",\"months\":" + months
                + ",\"requirements\":" + requirements + "}";
    }

    private String breach(String action) {
        return "{\"failedOn\":\"" + today + "\",\"action\":\"" + action + "\",\"description\":\"Missed supervision\"}";
    }

    /** The children core's "Children in care" figure counts for the month, as the scorecard computes it from today's records. */
    private Set<Long> childrenInCare(YearMonth month) {
        CountedIndicator inCare = catalogue.counted("cla").orElseThrow();
        return caseData.read(q -> inCare.compute(q, Window.single(month)).get(month)).numeratorChildren();
    }

    private InvolvementRow lookedAfterToday(long child) {
        List<InvolvementRow> rows = caseData.read(q -> q.involvementsOverlapping("LOOKED_AFTER", today, today));
        return rows.stream().filter(i -> i.personId() == child && i.openAt(today)).findFirst().orElse(null);
    }

    private HttpResponse<String> decide(PortalSession session, long referral, String decision, long version) throws Exception {
        return session.postJson(API + "panel-referrals/" + referral + "/decision",
                "{\"decision\":\"" + decision + "\",\"decidedOn\":\"" + today + "\",\"attendees\":\"" + PANEL
                + "\",\"version\":" + version + "}");
    }

    private List<WorkItem> workItems(long child) {
        return workItemSources.stream().filter(s -> s.moduleId().equals("youth-justice"))
                .flatMap(s -> s.dueFor(Set.of(child), today).stream()).toList();
    }

    private ModuleIndicator indicator(String id) {
        return indicators.stream().filter(i -> i.spec().id().equals(id)).findFirst().orElseThrow();
    }

    private void enableFor(String areaCode) throws Exception {
        ModuleSwitchSql.enable(database.dataSource(), "youth-justice", areaCode);
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
