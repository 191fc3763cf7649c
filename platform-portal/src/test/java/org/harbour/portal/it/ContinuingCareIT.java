package org.harbour.portal.it;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The continuing-care pathway's rules on the real portal, through its API as each role uses it:
 * Helen Ward refers and assesses, Raj Patel sets up and chairs panels and commissions packages.
 * Each test starts its own referral, so the tests do not depend on one another.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class ContinuingCareIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String API = "api/continuing-care/";
    private static final String[] REQUIRED = {"CONSENT", "GP_SUMMARY", "CONSULTANT_REPORT", "NURSING_CARE_PLAN", "MEDICATION_CHART"};
    private static final String[] DOMAINS = {"BREATHING", "EATING_AND_DRINKING", "MOBILITY", "CONTINENCE", "SKIN",
            "COMMUNICATION", "DRUG_THERAPIES", "PSYCHOLOGICAL", "SEIZURES", "CHALLENGING_BEHAVIOUR"};

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(ContinuingCareIT.class, PortalSession.class, ModuleSwitchSql.class);
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    Instance<WorkItemSource> workItemSources;

    @Inject
    AuditTrail audit;

    @Inject
    PortalDatabase database;

    @ArquillianResource
    URL portal;

    private final LocalDate today = LocalDate.now(Clock.systemUTC());

    @Test
    void aReferralGoesToAssessmentOnlyWhenEveryRequiredItemOfEvidenceIsIn() throws Exception {
        PortalSession helen = signIn("helen.ward");
        JsonObject referral = refer(helen, helensChild(0));
        long id = referral.getJsonNumber("id").longValue();
        assertEquals(5, referral.getJsonArray("gaps").size(), "five required items start missing");

        HttpResponse<String> refused = helen.postJson(API + "referrals/" + id + "/send-to-assessment",
                "{\"assessor\":\"helen.ward\",\"version\":" + referral.getJsonNumber("version") + "}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals(5, json(refused.body()).getJsonArray("errors").size(), refused.body());
        assertTrue(refused.body().contains("Report of the lead consultant or paediatrician"), refused.body());

        for (int i = 0; i < REQUIRED.length - 1; i++) {
            referral = evidence(helen, referral, REQUIRED[i]);
        }
        refused = helen.postJson(API + "referrals/" + id + "/send-to-assessment",
                "{\"assessor\":\"helen.ward\",\"version\":" + referral.getJsonNumber("version") + "}");
        assertEquals(409, refused.statusCode(), refused.body());
        List<String> gaps = json(refused.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("message")).toList();
        assertEquals(List.of("Medication administration record"), gaps, "the one gap left is named");

        referral = evidence(helen, referral, REQUIRED[REQUIRED.length - 1]);
        HttpResponse<String> sent = helen.postJson(API + "referrals/" + id + "/send-to-assessment",
                "{\"assessor\":\"helen.ward\",\"version\":" + referral.getJsonNumber("version") + "}");
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals("ASSESSMENT", json(sent.body()).getString("status"));
        assertEquals(today.toString(), json(sent.body()).getString("checklistCompletedOn"));

        // A stale version is refused with who changed it, not overwritten.
        HttpResponse<String> stale = helen.putJson(API + "referrals/" + id + "/evidence/THERAPY_REPORTS",
                "{\"receivedOn\":\"" + today + "\",\"version\":" + referral.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("helen.ward changed this record"), stale.body());
    }

    @Test
    void noDecisionWithoutAQuorumOfDecisionMakers() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        long child = helensChild(1);
        long referral = readyForPanel(helen, child);
        JsonObject panel = panel(raj, "FUNDING_DECISION", 3);
        long meeting = meeting(raj, panel.getJsonNumber("id").longValue());
        JsonObject listed = json(raj.postJson(API + "meetings/" + meeting + "/agenda", "{\"referralId\":" + referral + "}").body());
        long item = listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long itemVersion = listed.getJsonArray("items").getJsonObject(0).getJsonNumber("version").longValue();
        List<Long> members = ids(panel);

        // Two of the three decision-makers and the presenting assessor are there: not quorate.
        JsonObject attended = attend(raj, meeting, Set.of(members.get(0), members.get(1), members.get(3)), listed.getJsonNumber("version").longValue());
        assertFalse(attended.getBoolean("quorate"));
        HttpResponse<String> refused = decide(raj, item, "ELIGIBLE", itemVersion);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not quorate"), refused.body());
        assertTrue(refused.body().contains("Decision Maker Three"), "the absent decision-maker is named: " + refused.body());
        assertTrue(audit.forRecord("person", Long.toString(child), 30).stream().anyMatch(e -> e.getAction().equals("CC_DECISION_RECORD")
                && e.getOutcome().equals("DENIED") && e.getActor().equals("raj.patel")), "the refusal is in the audit trail");

        attend(raj, meeting, Set.copyOf(members), attended.getJsonNumber("version").longValue());
        HttpResponse<String> decided = decide(raj, item, "ELIGIBLE", itemVersion);
        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject after = json(helen.get(API + "referrals/" + referral).body());
        assertEquals("DECIDED", after.getString("status"));
        assertEquals("ELIGIBLE", after.getString("outcome"));
        assertEquals(0, after.getJsonNumber("daysToDecision").longValue(), "referred, assessed and decided today");
        HttpResponse<byte[]> letter = raj.getBytes(API + "agenda-items/" + item + "/letter.pdf");
        assertEquals(200, letter.statusCode());
        assertTrue(new String(letter.body(), 0, 5).startsWith("%PDF"), "the family's letter is a PDF");
    }

    @Test
    void aDecidedQuestionCannotGoToASecondPanelAndTheRefusalSaysWhereItWasDecided() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        long referral = readyForPanel(helen, helensChild(2));
        JsonObject first = panel(raj, "FUNDING_DECISION", 2);
        long firstMeeting = meeting(raj, first.getJsonNumber("id").longValue());
        JsonObject listed = json(raj.postJson(API + "meetings/" + firstMeeting + "/agenda", "{\"referralId\":" + referral + "}").body());
        attend(raj, firstMeeting, Set.copyOf(ids(first)), listed.getJsonNumber("version").longValue());
        JsonObject item = listed.getJsonArray("items").getJsonObject(0);
        assertEquals(200, decide(raj, item.getJsonNumber("id").longValue(), "NOT_ELIGIBLE", item.getJsonNumber("version").longValue()).statusCode());

        JsonObject second = panel(raj, "FUNDING_DECISION", 2);
        long secondMeeting = meeting(raj, second.getJsonNumber("id").longValue());
        HttpResponse<String> refused = raj.postJson(API + "meetings/" + secondMeeting + "/agenda", "{\"referralId\":" + referral + "}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("was decided by " + first.getString("name")), refused.body());
        assertTrue(json(raj.get(API + "meetings/" + secondMeeting).body()).getJsonArray("items").isEmpty(), "nothing was listed");

        // The same panel cannot hear it twice either; a different question (case management) may be listed.
        assertEquals(409, raj.postJson(API + "meetings/" + firstMeeting + "/agenda", "{\"referralId\":" + referral + "}").statusCode());
        JsonObject caseManagement = panel(raj, "CASE_MANAGEMENT", 2);
        long cmMeeting = meeting(raj, caseManagement.getJsonNumber("id").longValue());
        assertEquals(200, raj.postJson(API + "meetings/" + cmMeeting + "/agenda", "{\"referralId\":" + referral + "}").statusCode());
    }

    @Test
    void aClinicalReviewIsRequiredAboveTheAnnualCostThreshold() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        JsonObject referral = refer(helen, helensChild(3));
        long id = referral.getJsonNumber("id").longValue();
        BigDecimal threshold = new BigDecimal(setting("clinical-review-threshold-gbp"));
        // The highest weekly cost whose 52-week year is not above the threshold, and a penny more.
        BigDecimal atThreshold = threshold.divide(BigDecimal.valueOf(52), 2, RoundingMode.FLOOR);
        BigDecimal above = atThreshold.add(new BigDecimal("0.01"));
        assertTrue(atThreshold.multiply(BigDecimal.valueOf(52)).compareTo(threshold) <= 0);
        assertTrue(above.multiply(BigDecimal.valueOf(52)).compareTo(threshold) > 0);

        JsonObject under = propose(raj, id, "HOME_CARE", today, atThreshold.toPlainString());
        assertFalse(under.getBoolean("clinicalReviewRequired"), under.toString());
        JsonObject over = propose(raj, id, "HOME_CARE", today, above.toPlainString());
        assertTrue(over.getBoolean("clinicalReviewRequired"), over.toString());
        assertEquals(0, above.multiply(BigDecimal.valueOf(52)).compareTo(over.getJsonNumber("annualCost").bigDecimalValue()));

        // Lowering the cost of the first package keeps it under; raising it over sets the flag on save.
        String change = "{\"provider\":\"Brightwater\",\"type\":\"HOME_CARE\",\"startDate\":\"" + today + "\",\"weeklyCost\":"
                + above.toPlainString() + ",\"version\":" + under.getJsonNumber("version") + "}";
        HttpResponse<String> changed = raj.putJson(API + "packages/" + under.getJsonNumber("id") , change);
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(json(changed.body()).getBoolean("clinicalReviewRequired"));
        HttpResponse<String> stale = raj.putJson(API + "packages/" + under.getJsonNumber("id"), change);
        assertEquals(409, stale.statusCode(), "a save on the version before is refused");
    }

    @Test
    void reviewsFallDueThreeMonthsAfterTheStartThenAYearAfterEachReview() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        long child = helensChild(4);
        long referral = decidedEligible(helen, raj, child);
        int year = today.getYear() - 2;
        LocalDate start = LocalDate.of(year, 11, 30);
        JsonObject proposed = propose(raj, referral, "HOME_CARE", start, "1500.00");
        assertTrue(!proposed.containsKey("nextReviewDue") || proposed.isNull("nextReviewDue"), "a proposed package has no review yet");
        JsonObject agreed = json(raj.postJson(API + "packages/" + proposed.getJsonNumber("id") + "/agree",
                "{\"version\":" + proposed.getJsonNumber("version") + "}").body());
        LocalDate firstDue = LocalDate.of(year + 1, 2, java.time.Year.isLeap(year + 1) ? 29 : 28);
        assertEquals(firstDue.toString(), agreed.getString("nextReviewDue"), "30 November plus three months is the end of February");
        assertTrue(agreed.getBoolean("reviewOverdue"));
        WorkItem due = items(child).stream().filter(i -> i.getTitle().startsWith("Continuing care review due")
                && i.getDueOn().equals(firstDue)).findFirst().orElseThrow();
        assertTrue(due.isOverdue(), "the overdue review is in My work");

        HttpResponse<String> reviewed = helen.postJson(API + "packages/" + proposed.getJsonNumber("id") + "/reviews",
                "{\"reviewedOn\":\"" + LocalDate.of(year + 1, 3, 15) + "\",\"outcome\":\"Needs met; hours unchanged.\"}");
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        assertEquals(LocalDate.of(year + 2, 3, 15).toString(), json(reviewed.body()).getString("nextReviewDue"), "then a year on");
        assertTrue(items(child).stream().anyMatch(i -> i.getTitle().startsWith("Continuing care review due")
                && i.getDueOn().equals(LocalDate.of(year + 2, 3, 15))));
    }

    @Test
    void aFundingSplitMustTotalExactlyOneHundredPercentAndFeedsTheTotalsByFunder() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        JsonObject referral = refer(helen, helensChild(0));
        // A residential placement is commissioned outside the complex-needs panel: agreed without a decision.
        JsonObject placement = propose(raj, referral.getJsonNumber("id").longValue(), "RESIDENTIAL", today.minusDays(10), "1000.00");
        long id = placement.getJsonNumber("id").longValue();
        assertEquals(200, raj.postJson(API + "packages/" + id + "/agree", "{\"version\":" + placement.getJsonNumber("version") + "}").statusCode());

        HttpResponse<String> short1 = split(raj, id, "60.00", "30.00", "9.99");
        assertEquals(400, short1.statusCode(), short1.body());
        assertTrue(short1.body().contains("total 99.99%"), short1.body());
        HttpResponse<String> over = split(raj, id, "60.00", "30.01", "10.00");
        assertEquals(400, over.statusCode(), over.body());
        assertTrue(over.body().contains("total 100.01%"), over.body());
        assertEquals(400, split(raj, id, "60.005", "30", "9.995").statusCode(), "shares have at most two decimals");

        JsonObject before = json(raj.get(API + "packages/funding-totals").body());
        HttpResponse<String> whole = split(raj, id, "33.33", "33.33", "33.34");
        assertEquals(200, whole.statusCode(), whole.body());
        JsonObject after = json(raj.get(API + "packages/funding-totals").body());
        assertEquals(new BigDecimal("333.30"), difference(after, before, "healthWeekly"));
        assertEquals(new BigDecimal("333.30"), difference(after, before, "socialCareWeekly"));
        assertEquals(new BigDecimal("333.40"), difference(after, before, "educationWeekly"));
        assertEquals(new BigDecimal("-1000.00"), difference(after, before, "unsplitWeekly"));
        assertEquals(403, helen.get(API + "packages/funding-totals").statusCode(), "totals are for commissioners");
    }

    @Test
    void refusalsArePermissionDeniedAuditedAndAnotherAreasPractitionerFindsNothing() throws Exception {
        PortalSession helen = signIn("helen.ward");
        long child = helensChild(1);
        JsonObject referral = refer(helen, child);
        long id = referral.getJsonNumber("id").longValue();

        HttpResponse<String> notCommissioner = helen.postJson(API + "referrals/" + id + "/packages",
                "{\"provider\":\"X\",\"type\":\"HOME_CARE\",\"startDate\":\"" + today + "\",\"weeklyCost\":100}");
        assertEquals(403, notCommissioner.statusCode(), notCommissioner.body());
        assertTrue(audit.forRecord("person", Long.toString(child), 30).stream().anyMatch(e -> e.getAction().equals("CC_PACKAGE_CREATE")
                && e.getOutcome().equals("DENIED") && e.getActor().equals("helen.ward")));

        // Raj may chair and commission but is no assessor: the health assessment is not his to write.
        HttpResponse<String> notAssessor = signIn("raj.patel").putJson(API + "referrals/" + id + "/assessment", "{}");
        assertEquals(403, notAssessor.statusCode(), notAssessor.body());

        // Family Safeguarding with the module switched on: Priya has the permission but not the child.
        enableFor("FAMILY_SAFEGUARDING");
        PortalSession priya = signIn("priya.shah");
        assertEquals(404, priya.get(API + "referrals/" + id).statusCode());
        assertEquals(404, priya.get("continuing-care/referral.xhtml?id=" + id).statusCode());
        assertTrue(audit.forRecord("person", Long.toString(child), 30).stream().anyMatch(e -> e.getAction().equals("CC_REFERRAL_VIEW")
                && e.getOutcome().equals("DENIED") && e.getActor().equals("priya.shah")));
        // Dan's area does not use the module at all.
        assertEquals(403, signIn("dan.hughes").get(API + "referrals/" + id).statusCode());

        HttpResponse<String> page = helen.get("continuing-care/referral.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Medication administration record"), "the checklist is on the page");
        HttpResponse<String> record = helen.get("case/child.xhtml?id=" + child);
        assertTrue(record.body().contains("continuing-care-tab"), "the child's record has the continuing care tab");
        HttpResponse<String> landing = helen.get("continuing-care/index.xhtml");
        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("cc-median") && landing.body().contains("data-referral=\"" + id + "\""), "dashboard and list");
    }

    @Test
    void theSupportRegisterIsKeptWithRatingsReviewsActionsConflictsAndRefusals() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        Set<Long> onRegister = json("{\"e\":" + helen.get(API + "dsr").body() + "}").getJsonArray("e").stream()
                .map(v -> v.asJsonObject().getJsonNumber("personId").longValue()).collect(Collectors.toSet());
        long child = helensChildren().stream().filter(id -> !onRegister.contains(id)).findFirst().orElseThrow();
        LocalDate reviewed = today.minusWeeks(20);
        String entry = "{\"personId\":" + child + ",\"learningDisability\":true,\"autism\":false,\"rag\":\"RED\","
                + "\"ragReason\":\"Two crisis presentations this month.\",\"lastReviewOn\":\"" + reviewed + "\",\"actions\":["
                + "{\"description\":\"Refresh the behaviour support plan\",\"owner\":\"LD nurse\",\"dueOn\":\"" + today.plusWeeks(2) + "\"}]}";
        HttpResponse<String> noNeeds = helen.postJson(API + "dsr", entry.replace("\"learningDisability\":true", "\"learningDisability\":false"));
        assertEquals(400, noNeeds.statusCode(), noNeeds.body());
        assertTrue(noNeeds.body().contains("learningDisability"), noNeeds.body());
        HttpResponse<String> added = helen.postJson(API + "dsr", entry);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject red = json(added.body());
        long id = red.getJsonNumber("id").longValue();
        assertEquals("RED", red.getString("rag"));
        assertTrue(red.getBoolean("reviewOverdue"), "a review 20 weeks ago is overdue after 12");
        assertEquals("LD nurse", red.getJsonArray("actions").getJsonObject(0).getString("owner"));
        assertEquals(400, helen.postJson(API + "dsr", entry).statusCode(), "a child is on the register once");

        // The filter by rating, and the overdue review in My work.
        assertTrue(helen.get(API + "dsr?rag=RED").body().contains("\"id\":" + id + ","), "the red filter finds the entry");
        String green = helen.get(API + "dsr?rag=GREEN").body();
        assertFalse(green.contains("\"id\":" + id + ","), green);
        assertFalse(green.contains("\"rag\":\"RED\"") || green.contains("\"rag\":\"AMBER\""), green);
        assertEquals(400, helen.get(API + "dsr?rag=PURPLE").statusCode());
        WorkItem due = items(child).stream().filter(i -> i.getTitle().startsWith("Dynamic Support Register")).findFirst().orElseThrow();
        assertEquals(reviewed.plusWeeks(Long.parseLong(setting("dsr-review-weeks"))), due.getDueOn());
        assertTrue(due.isOverdue());
        HttpResponse<String> page = raj.get("continuing-care/dsr.xhtml?rag=RED");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-entry=\"" + id + "\"") && page.body().contains("Review overdue"), "the page flags it");
        HttpResponse<String> whole = raj.get("continuing-care/dsr.xhtml");
        assertEquals(200, whole.statusCode());
        assertTrue(whole.body().contains("data-entry=\"" + id + "\"") && whole.body().contains("data-rag=\"GREEN\""), "unfiltered, all ratings");
        assertEquals(200, raj.get("continuing-care/dsr.xhtml?entry=" + id).statusCode(), "an entry opens for editing");

        // Raj records today's review; Helen's save on the version she read is refused, naming him.
        String update = entry.replace("\"RED\"", "\"AMBER\"").replace(reviewed.toString(), today.toString());
        HttpResponse<String> changed = raj.putJson(API + "dsr/" + id, update.replace("}]}", "}],\"version\":" + red.getJsonNumber("version") + "}"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("AMBER", json(changed.body()).getString("rag"));
        assertTrue(items(child).stream().noneMatch(i -> i.getTitle().startsWith("Dynamic Support Register")), "reviewed today: nothing due");
        HttpResponse<String> stale = helen.putJson(API + "dsr/" + id, entry.replace("}]}", "}],\"version\":" + red.getJsonNumber("version") + "}"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("raj.patel changed this record"), stale.body());
        assertEquals("AMBER", json(helen.get(API + "dsr/" + id).body()).getString("rag"), "nothing was overwritten");

        // Without health-data permission (the administrator) or need to know (another area) the register is closed.
        PortalSession admin = signIn("admin");
        HttpResponse<String> refused = admin.putJson(API + "dsr/" + id, update.replace("}]}", "}],\"version\":" + json(changed.body()).getJsonNumber("version") + "}"));
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(403, admin.get(API + "dsr").statusCode());
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("CC_DSR_UPDATE")
                && e.getOutcome().equals("DENIED") && e.getActor().equals("admin")), "the refusal is audited");
        enableFor("FAMILY_SAFEGUARDING");
        assertEquals(404, signIn("priya.shah").get(API + "dsr/" + id).statusCode());
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e -> e.getAction().equals("CC_DSR_VIEW")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("helen.ward")), "reads are audited");

        HttpResponse<String> closed = helen.postJson(API + "dsr/" + id + "/close", "{\"reason\":\"Risk reduced; support in place.\",\"version\":"
                + json(changed.body()).getJsonNumber("version") + "}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals(today.toString(), json(closed.body()).getString("closedOn"));
        assertFalse(helen.get(API + "dsr").body().contains("\"id\":" + id + ","), "off the register");
    }

    @Test
    void aMonitoringVisitIsRatedAndTheRequiredClinicalReviewMarkedDone() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        long referral = refer(helen, helensChild(0)).getJsonNumber("id").longValue();
        BigDecimal threshold = new BigDecimal(setting("clinical-review-threshold-gbp"));
        String above = threshold.divide(BigDecimal.valueOf(52), 2, RoundingMode.CEILING).add(new BigDecimal("1.00")).toPlainString();
        JsonObject costly = propose(raj, referral, "RESIDENTIAL", today, above);
        long pkg = costly.getJsonNumber("id").longValue();
        assertTrue(costly.getBoolean("clinicalReviewOpen"), costly.toString());
        assertTrue(raj.get("continuing-care/referral.xhtml?id=" + referral).body().contains("A clinical review is required and still open"));

        assertEquals(400, raj.postJson(API + "packages/" + pkg + "/quality-rating", "{\"rating\":\"SUPERB\",\"visitedOn\":\"" + today
                + "\",\"version\":" + costly.getJsonNumber("version") + "}").statusCode());
        HttpResponse<String> rated = raj.postJson(API + "packages/" + pkg + "/quality-rating", "{\"rating\":\"REQUIRES_IMPROVEMENT\","
                + "\"visitedOn\":\"" + today + "\",\"note\":\"Night staffing below plan.\",\"version\":" + costly.getJsonNumber("version") + "}");
        assertEquals(200, rated.statusCode(), rated.body());
        assertEquals("Requires improvement", json(rated.body()).getString("qualityRating"));
        assertEquals("Night staffing below plan.", json(rated.body()).getString("qualityNote"));
        assertEquals(403, helen.postJson(API + "packages/" + pkg + "/clinical-review", "{\"doneOn\":\"" + today
                + "\",\"outcome\":\"x\",\"version\":" + json(rated.body()).getJsonNumber("version") + "}").statusCode());

        HttpResponse<String> stale = raj.postJson(API + "packages/" + pkg + "/clinical-review", "{\"doneOn\":\"" + today
                + "\",\"outcome\":\"Placement meets needs.\",\"version\":" + costly.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), "the version before the rating is stale");
        HttpResponse<String> done = raj.postJson(API + "packages/" + pkg + "/clinical-review", "{\"doneOn\":\"" + today
                + "\",\"outcome\":\"Placement meets needs; keep.\",\"version\":" + json(rated.body()).getJsonNumber("version") + "}");
        assertEquals(200, done.statusCode(), done.body());
        assertFalse(json(done.body()).getBoolean("clinicalReviewOpen"));
        assertEquals("Placement meets needs; keep.", json(done.body()).getString("clinicalReviewOutcome"));

        JsonObject cheap = propose(raj, referral, "RESPITE", today, "100.00");
        HttpResponse<String> notRequired = raj.postJson(API + "packages/" + cheap.getJsonNumber("id") + "/clinical-review", "{\"doneOn\":\""
                + today + "\",\"outcome\":\"x\",\"version\":" + cheap.getJsonNumber("version") + "}");
        assertEquals(409, notRequired.statusCode(), notRequired.body());
        assertTrue(notRequired.body().contains("No clinical review is required"), notRequired.body());
    }

    @Test
    void aPanelIsSetUpAndChangedOnlyWithAQuorumItsDecisionMakersCanMake() throws Exception {
        PortalSession raj = signIn("raj.patel");
        String members = "\"members\":[{\"name\":\"A Chair\",\"role\":\"Chair\",\"agency\":\"ICB\",\"decisionMaker\":true},"
                + "{\"name\":\"B Funder\",\"role\":\"Commissioner\",\"agency\":\"Social care\",\"decisionMaker\":true},"
                + "{\"name\":\"C Adviser\",\"role\":\"Adviser\",\"agency\":\"Education\",\"decisionMaker\":false}]";
        String name = "Set-up panel " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> tooMany = raj.postJson(API + "panels", "{\"name\":\"" + name + "\",\"function\":\"EQUIPMENT\","
                + "\"termsOfReference\":\"Equipment only.\",\"quorum\":3," + members + "}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("quorum") && tooMany.body().contains("2 decision-maker"), tooMany.body());
        HttpResponse<String> created = raj.postJson(API + "panels", "{\"name\":\"" + name + "\",\"function\":\"EQUIPMENT\","
                + "\"termsOfReference\":\"Equipment only.\",\"quorum\":2," + members + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();
        JsonObject panel = json(raj.get(API + "panels/" + id).body());
        long version = panel.getJsonNumber("version").longValue();
        long adviser = panel.getJsonArray("members").getJsonObject(2).getJsonNumber("id").longValue();

        // Making the adviser a decision-maker lets the quorum rise to three; a quorum of four is refused.
        String changed = "{\"name\":\"" + name + "\",\"function\":\"EQUIPMENT\",\"termsOfReference\":\"Equipment and adaptations.\","
                + "\"quorum\":%d,\"version\":" + version + ",\"members\":["
                + "{\"id\":" + panel.getJsonArray("members").getJsonObject(0).getJsonNumber("id") + ",\"name\":\"A Chair\",\"role\":\"Chair\",\"agency\":\"ICB\",\"decisionMaker\":true},"
                + "{\"id\":" + panel.getJsonArray("members").getJsonObject(1).getJsonNumber("id") + ",\"name\":\"B Funder\",\"role\":\"Commissioner\",\"agency\":\"Social care\",\"decisionMaker\":true},"
                + "{\"id\":" + adviser + ",\"name\":\"C Adviser\",\"role\":\"Head of SEND\",\"agency\":\"Education\",\"decisionMaker\":true},"
                + "{\"name\":\"D Nurse\",\"role\":\"Presenting nurse\",\"agency\":\"ICB\",\"decisionMaker\":false}]}";
        HttpResponse<String> four = raj.putJson(API + "panels/" + id, String.format(changed, 4));
        assertEquals(400, four.statusCode(), four.body());
        assertTrue(four.body().contains("3 decision-maker"), four.body());
        HttpResponse<String> three = raj.putJson(API + "panels/" + id, String.format(changed, 3));
        assertEquals(200, three.statusCode(), three.body());
        assertEquals(3, json(three.body()).getInt("quorum"));
        assertEquals(4, json(three.body()).getJsonArray("members").size());
        HttpResponse<String> stale = raj.putJson(API + "panels/" + id, String.format(changed, 2));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("raj.patel changed this record"), stale.body());
        assertEquals(403, signIn("helen.ward").putJson(API + "panels/" + id, String.format(changed, 2)).statusCode(), "administrators only");

        HttpResponse<String> page = raj.get("continuing-care/panels.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("D Nurse") && page.body().contains("Equipment and adaptations."), "the set-up page shows the panel");
        assertEquals(403, signIn("helen.ward").get("continuing-care/panels.xhtml").statusCode());
    }

    @Test
    void aDecisionCannotBeRecordedAgainstAMeetingStillToCome() throws Exception {
        PortalSession helen = signIn("helen.ward");
        PortalSession raj = signIn("raj.patel");
        long child = helensChild(2);
        long referral = readyForPanel(helen, child);
        JsonObject panel = panel(raj, "FUNDING_DECISION", 1);
        HttpResponse<String> scheduled = raj.postJson(API + "panels/" + panel.getJsonNumber("id") + "/meetings",
                "{\"meetsOn\":\"" + today.plusDays(7) + "\"}");
        assertEquals(201, scheduled.statusCode(), scheduled.body());
        long meeting = json(scheduled.body()).getJsonNumber("id").longValue();
        JsonObject listed = json(raj.postJson(API + "meetings/" + meeting + "/agenda", "{\"referralId\":" + referral + "}").body());
        attend(raj, meeting, Set.copyOf(ids(panel)), listed.getJsonNumber("version").longValue());
        JsonObject item = listed.getJsonArray("items").getJsonObject(0);
        HttpResponse<String> refused = decide(raj, item.getJsonNumber("id").longValue(), "ELIGIBLE", item.getJsonNumber("version").longValue());
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("has not come yet"), refused.body());
        assertEquals("READY_FOR_PANEL", json(helen.get(API + "referrals/" + referral).body()).getString("status"), "nothing decided");
    }

    @Test
    void aReferralFromAnotherAreaReachesTheContinuingCareTeam() throws Exception {
        enableFor("FAMILY_SAFEGUARDING");
        PortalSession priya = signIn("priya.shah");
        PortalSession helen = signIn("helen.ward");
        JsonObject referral = null;
        long child = -1;
        for (CaseloadItem item : caseloads.caseloadOf("priya.shah", today)) {
            if (helen.get("case/child.xhtml?id=" + item.getPersonId()).statusCode() != 404) {
                continue;
            }
            HttpResponse<String> created = priya.postJson(API + "referrals", "{\"personId\":" + item.getPersonId() + ",\"referredOn\":\""
                    + today + "\",\"reason\":\"Complex epilepsy; overnight care asked for.\"}");
            if (created.statusCode() == 201) {
                referral = json(created.body());
                child = item.getPersonId();
                break;
            }
        }
        assertTrue(referral != null, "one of Priya's children, unknown to continuing care, is referred");
        long id = referral.getJsonNumber("id").longValue();
        assertEquals(200, helen.get(API + "referrals/" + id).statusCode(), "the continuing care team sees the referral");
        assertEquals(200, helen.get("case/child.xhtml?id=" + child).statusCode(), "and the child's record");
        assertTrue(signIn("raj.patel").get("continuing-care/index.xhtml").body().contains("data-referral=\"" + id + "\""), "it is in the open list");
        assertEquals(200, priya.get(API + "referrals/" + id).statusCode(), "the referrer keeps her own reach");
        assertEquals(404, signIn("grace.lee").get("case/child.xhtml?id=" + child).statusCode(), "no other area gains any");
    }

    // --- the pathway's steps, as each role takes them

    private JsonObject refer(PortalSession helen, long child) throws Exception {
        HttpResponse<String> created = helen.postJson(API + "referrals", "{\"personId\":" + child + ",\"referredOn\":\"" + today
                + "\",\"reason\":\"Complex health needs; overnight care asked for.\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    private JsonObject evidence(PortalSession helen, JsonObject referral, String item) throws Exception {
        HttpResponse<String> r = helen.putJson(API + "referrals/" + referral.getJsonNumber("id") + "/evidence/" + item,
                "{\"receivedOn\":\"" + today + "\",\"version\":" + referral.getJsonNumber("version") + "}");
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body());
    }

    private long readyForPanel(PortalSession helen, long child) throws Exception {
        JsonObject referral = refer(helen, child);
        for (String item : REQUIRED) {
            referral = evidence(helen, referral, item);
        }
        long id = referral.getJsonNumber("id").longValue();
        assertEquals(200, helen.postJson(API + "referrals/" + id + "/send-to-assessment",
                "{\"assessor\":\"helen.ward\",\"version\":" + referral.getJsonNumber("version") + "}").statusCode());
        String levels = java.util.Arrays.stream(DOMAINS).map(d -> "\"" + d + "\":\"" + (d.equals("BREATHING") ? "PRIORITY" : "HIGH") + "\"")
                .collect(Collectors.joining(","));
        HttpResponse<String> assessed = helen.putJson(API + "referrals/" + id + "/assessment", "{\"levels\":{" + levels
                + "},\"preferences\":\"Care at home\",\"recommendation\":\"ELIGIBLE\",\"complete\":true}");
        assertEquals(200, assessed.statusCode(), assessed.body());
        return id;
    }

    private long decidedEligible(PortalSession helen, PortalSession raj, long child) throws Exception {
        long referral = readyForPanel(helen, child);
        JsonObject panel = panel(raj, "FUNDING_DECISION", 1);
        long meeting = meeting(raj, panel.getJsonNumber("id").longValue());
        JsonObject listed = json(raj.postJson(API + "meetings/" + meeting + "/agenda", "{\"referralId\":" + referral + "}").body());
        attend(raj, meeting, Set.copyOf(ids(panel)), listed.getJsonNumber("version").longValue());
        JsonObject item = listed.getJsonArray("items").getJsonObject(0);
        assertEquals(200, decide(raj, item.getJsonNumber("id").longValue(), "ELIGIBLE", item.getJsonNumber("version").longValue()).statusCode());
        return referral;
    }

    private JsonObject panel(PortalSession raj, String function, int quorum) throws Exception {
        String name = "Test panel " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = raj.postJson(API + "panels", "{\"name\":\"" + name + "\",\"function\":\"" + function
                + "\",\"termsOfReference\":\"Decides once.\",\"quorum\":" + quorum + ",\"members\":["
                + "{\"name\":\"Decision Maker One\",\"role\":\"Chair\",\"agency\":\"ICB\",\"decisionMaker\":true},"
                + "{\"name\":\"Decision Maker Two\",\"role\":\"Commissioner\",\"agency\":\"Social care\",\"decisionMaker\":true},"
                + "{\"name\":\"Decision Maker Three\",\"role\":\"Head of SEND\",\"agency\":\"Education\",\"decisionMaker\":true},"
                + "{\"name\":\"Presenting Nurse\",\"role\":\"Assessor\",\"agency\":\"ICB\",\"decisionMaker\":false}]}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    private long meeting(PortalSession raj, long panel) throws Exception {
        HttpResponse<String> created = raj.postJson(API + "panels/" + panel + "/meetings", "{\"meetsOn\":\"" + today + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("id").longValue();
    }

    private JsonObject attend(PortalSession raj, long meeting, Set<Long> present, long version) throws Exception {
        HttpResponse<String> r = raj.putJson(API + "meetings/" + meeting + "/attendance", "{\"present\":["
                + present.stream().map(String::valueOf).collect(Collectors.joining(",")) + "],\"version\":" + version + "}");
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body());
    }

    private HttpResponse<String> decide(PortalSession raj, long item, String outcome, long version) throws Exception {
        return raj.postJson(API + "agenda-items/" + item + "/decision", "{\"outcome\":\"" + outcome
                + "\",\"reasons\":\"Needs at priority level in breathing.\",\"version\":" + version + "}");
    }

    private JsonObject propose(PortalSession raj, long referral, String type, LocalDate start, String weekly) throws Exception {
        HttpResponse<String> created = raj.postJson(API + "referrals/" + referral + "/packages", "{\"provider\":\"Brightwater\",\"type\":\""
                + type + "\",\"startDate\":\"" + start + "\",\"weeklyCost\":" + weekly + "}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    private HttpResponse<String> split(PortalSession raj, long pkg, String health, String social, String education) throws Exception {
        return raj.postJson(API + "packages/" + pkg + "/funding-splits", "{\"effectiveFrom\":\"" + today.minusDays(10)
                + "\",\"health\":" + health + ",\"socialCare\":" + social + ",\"education\":" + education + "}");
    }

    private static BigDecimal difference(JsonObject after, JsonObject before, String field) {
        return after.getJsonNumber(field).bigDecimalValue().subtract(before.getJsonNumber(field).bigDecimalValue())
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    private static List<Long> ids(JsonObject panel) {
        return panel.getJsonArray("memberIds").stream().map(v -> Long.parseLong(v.toString())).toList();
    }

    private List<WorkItem> items(long child) {
        return workItemSources.stream().filter(s -> s.moduleId().equals("continuing-care"))
                .flatMap(s -> s.dueFor(Set.of(child), today).stream()).toList();
    }

    private List<Long> helensChildren() {
        return caseloads.caseloadOf("helen.ward", today).stream().map(CaseloadItem::getPersonId).sorted().toList();
    }

    private long helensChild(int n) {
        List<CaseloadItem> caseload = caseloads.caseloadOf("helen.ward", today).stream()
                .sorted((a, b) -> Long.compare(a.getCaseId(), b.getCaseId())).toList();
        return caseload.get(n % caseload.size()).getPersonId();
    }

    private String setting(String key) throws Exception {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT setting_value FROM core_module_setting WHERE module_id = 'continuing-care' AND setting_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the module's migration seeds " + key);
                return rs.getString(1);
            }
        }
    }

    private void enableFor(String areaCode) throws Exception {
        ModuleSwitchSql.enable(database.dataSource(), "continuing-care", areaCode);
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
