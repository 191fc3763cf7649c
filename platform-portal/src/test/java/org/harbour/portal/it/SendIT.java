package org.harbour.portal.it;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.domain.Person;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.testing.TaggedPdfCheck;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SEND module on the real portal, through its API as Grace Lee (SEND case officer) uses it:
 * a request and its decision, audited; refusals of staff without SEND; optimistic locking on the
 * plan; learner numbers; annual reviews with amended plans and phase transfers; and the module's
 * measures and SEN2 return over the demo data, with no errors. Each test makes its own
 * request, so the tests do not depend on one another.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class SendIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String API = "api/send/";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(SendIT.class, PortalSession.class, TaggedPdfCheck.class);
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory directory;

    @Inject
    Instance<ModuleIndicator> indicators;

    @Inject
    Instance<StatutoryReturn> returns;

    @ArquillianResource
    URL portal;

    private final LocalDate today = LocalDate.now(Clock.systemUTC());

    @Test
    void aDecisionToAssessIsRecordedWithinSixWeeksAndAudited() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(0);
        JsonObject request = record(grace, child, today.minusWeeks(3));
        long id = request.getJsonNumber("id").longValue();
        assertEquals("RECEIVED", request.getString("stage"));
        assertEquals(today.minusWeeks(3).plusWeeks(6).toString(), request.getString("decisionDue"));
        assertEquals(today.minusWeeks(3).plusWeeks(20).toString(), request.getString("finalPlanDue"));

        HttpResponse<String> noAnswer = grace.postJson(API + "requests/" + id + "/decision",
                "{\"on\":\"" + today + "\",\"version\":" + request.getJsonNumber("version") + "}");
        assertEquals(400, noAnswer.statusCode(), noAnswer.body());
        assertTrue(noAnswer.body().contains("assess"), noAnswer.body());
        HttpResponse<String> future = grace.postJson(API + "requests/" + id + "/decision",
                "{\"assess\":true,\"on\":\"" + today.plusDays(1) + "\",\"version\":" + request.getJsonNumber("version") + "}");
        assertEquals(400, future.statusCode(), future.body());
        HttpResponse<String> badDate = grace.postJson(API + "requests/" + id + "/decision", "{\"assess\":true,\"on\":\"31/02/2026\"}");
        assertEquals(400, badDate.statusCode(), badDate.body());

        HttpResponse<String> decided = grace.postJson(API + "requests/" + id + "/decision",
                "{\"assess\":true,\"on\":\"" + today + "\",\"version\":" + request.getJsonNumber("version") + "}");
        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject after = json(decided.body());
        assertEquals("ASSESSING", after.getString("stage"));
        assertTrue(after.getBoolean("decidedInTime"));
        assertTrue(audit.forRecord("person", Long.toString(child), 40).stream().anyMatch(e -> e.getAction().equals("SEND_DECISION")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("grace.lee") && e.getDetail().contains("request " + id)),
                "the decision is on the child's audit trail");

        // Deciding twice is refused, and the refusal is audited.
        HttpResponse<String> twice = grace.postJson(API + "requests/" + id + "/decision",
                "{\"assess\":false,\"reason\":\"x\",\"on\":\"" + today + "\",\"version\":" + after.getJsonNumber("version") + "}");
        assertEquals(409, twice.statusCode(), twice.body());
        assertTrue(audit.forRecord("person", Long.toString(child), 40).stream().anyMatch(e -> e.getAction().equals("SEND_DECISION")
                && e.getOutcome().equals("DENIED")));
    }

    @Test
    void staffWithoutSendAreRefusedAndTheRefusalIsAudited() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long id = record(grace, gracesChild(1), today.minusDays(3)).getJsonNumber("id").longValue();
        PortalSession dan = signIn("dan.hughes");
        assertEquals(403, dan.get(API + "requests/" + id).statusCode());
        HttpResponse<String> write = dan.postJson(API + "requests/" + id + "/decision", "{\"assess\":true,\"on\":\"" + today + "\"}");
        assertEquals(403, write.statusCode(), write.body());
        assertTrue(audit.forRecord("module", "send", 40).stream().anyMatch(e -> e.getOutcome().equals("DENIED")
                && e.getActor().equals("dan.hughes")), "the refusal is on the audit trail");
        assertEquals(200, grace.get(API + "requests/" + id).statusCode(), "Grace still reads her own request");
        assertEquals(404, grace.get(API + "requests/999999999").statusCode());
    }

    @Test
    void aStaleVersionOfThePlanIsRefusedWithWhoChangedIt() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(2);
        JsonObject request = record(grace, child, today.minusWeeks(19));
        long id = request.getJsonNumber("id").longValue();
        request = step(grace, id, "decision", "\"assess\":true,\"on\":\"" + today.minusWeeks(14) + "\"", request);
        request = step(grace, id, "advice", "\"kind\":\"PSYCHOLOGY\",\"askedOf\":\"EP service\",\"on\":\"" + today.minusWeeks(14) + "\"", request);
        request = step(grace, id, "draft", "\"on\":\"" + today.minusDays(16) + "\"", request);
        long plan = request.getJsonNumber("planId").longValue();
        JsonObject read = json(grace.get(API + "plans/" + plan).body());
        long version = read.getJsonNumber("version").longValue();

        HttpResponse<String> saved = grace.putJson(API + "plans/" + plan + "/sections",
                "{\"sections\":{\"A\":\"Loves football\",\"B\":\"Autism\"},\"version\":" + version + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> stale = grace.putJson(API + "plans/" + plan + "/sections",
                "{\"sections\":{\"A\":\"Something else\"},\"version\":" + version + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("grace.lee changed this record"), stale.body());
        assertEquals("Loves football", json(grace.get(API + "plans/" + plan).body()).getJsonArray("sections")
                .getJsonObject(0).getString("text"), "the first save stands");

        HttpResponse<String> badSection = grace.putJson(API + "plans/" + plan + "/sections",
                "{\"sections\":{\"Z\":\"x\"},\"version\":" + json(saved.body()).getJsonNumber("version") + "}");
        assertEquals(400, badSection.statusCode(), badSection.body());

        // The final plan waits for ranked needs; then it is issued in week 19, within 20 weeks.
        JsonObject planNow = json(grace.get(API + "plans/" + plan).body());
        HttpResponse<String> needs = grace.putJson(API + "plans/" + plan + "/needs",
                "{\"needs\":[\"ASD\",\"SLCN\"],\"version\":" + planNow.getJsonNumber("version") + "}");
        assertEquals(200, needs.statusCode(), needs.body());
        JsonObject issued = step(grace, id, "final", "\"on\":\"" + today + "\"", request);
        assertEquals("FINAL_ISSUED", issued.getString("stage"));
        assertEquals("ISSUED_ON_TIME", issued.getString("week20"));
        assertEquals(20, issued.getJsonNumber("week").longValue(), "received 19 weeks ago today: the 20th week");
        JsonObject active = json(grace.get(API + "plans/" + plan).body());
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(2, active.getJsonArray("versions").size(), "draft and final kept");
    }

    @Test
    void theMeasuresAndTheSen2ReturnCountTheDemoData() {
        Map<String, ModuleIndicator> send = indicators.stream().filter(i -> i.spec().moduleId().equals("send"))
                .collect(Collectors.toMap(i -> i.spec().key(), i -> i));
        assertEquals(Set.of("plans-within-20-weeks", "plans-within-20-weeks-with-exceptions", "decisions-within-6-weeks",
                "new-plans", "active-plans", "active-plans-rate", "annual-reviews-on-time", "amended-plans-within-12-weeks", "out-of-city-placements",
                "out-of-city-cost", "personal-budgets", "looked-after-with-plan"), send.keySet());
        YearMonth to = YearMonth.from(today).minusMonths(1);
        YearMonth from = to.minusMonths(23);
        long within = 0;
        long withExceptions = 0;
        long issued = 0;
        for (IndicatorCount c : send.get("plans-within-20-weeks").count(from, to).values()) {
            within += c.numerator();
            issued += c.denominator();
        }
        for (IndicatorCount c : send.get("plans-within-20-weeks-with-exceptions").count(from, to).values()) {
            withExceptions += c.numerator();
        }
        assertTrue(issued > 100, "two years of plans: " + issued);
        double percent = 100.0 * within / issued;
        assertTrue(percent > 30 && percent < 75, "timeliness near the national picture: " + percent);
        assertTrue(withExceptions > within, "some late plans are covered by exceptions");
        long active = send.get("active-plans").count(to, to).get(to).numerator();
        assertTrue(active > 150);
        assertEquals(IndicatorUnit.RATE_PER_10000_AGED_0_TO_25, send.get("active-plans-rate").spec().unit());
        assertEquals(send.get("active-plans").count(to, to).get(to).numeratorPeople(),
                send.get("active-plans-rate").count(to, to).get(to).numeratorPeople(),
                "the rate counts the children with an active plan, the scorecard dividing by the 0-25 population");
        IndicatorCount outOfCity = send.get("out-of-city-placements").count(to, to).get(to);
        assertTrue(outOfCity.numerator() > 20 && outOfCity.numerator() < active / 2, "about one place in five out of the city: "
                + outOfCity.numerator() + " of " + active);
        IndicatorCount cost = send.get("out-of-city-cost").count(to, to).get(to);
        assertTrue(cost.numerator() > 20_000L * cost.numeratorPeople().size(), "out-of-city places cost over 20,000 a year: " + cost);
        assertTrue(outOfCity.numeratorPeople().containsAll(cost.numeratorPeople()), "the costed places are out-of-city places");
        IndicatorCount budgets = send.get("personal-budgets").count(to, to).get(to);
        assertEquals(active, budgets.denominator().longValue(), "personal budgets are out of the children with an active plan");
        assertTrue(budgets.numerator() > 0 && budgets.numerator() < active / 3, "about one plan in seven: " + budgets);
        long amended = 0;
        long amendedInTime = 0;
        for (IndicatorCount c : send.get("amended-plans-within-12-weeks").count(from, to).values()) {
            amendedInTime += c.numerator();
            amended += c.denominator();
        }
        IndicatorCount lookedAfter = send.get("looked-after-with-plan").count(to, to).get(to);
        assertTrue(lookedAfter.denominator() > 0, "the case record has children looked after: " + lookedAfter);
        Set<Long> withPlan = send.get("active-plans").count(to, to).get(to).numeratorPeople();
        assertEquals(lookedAfter.denominatorPeople().stream().filter(withPlan::contains).collect(Collectors.toSet()),
                lookedAfter.numeratorPeople(), "the looked-after children counted are those with an active plan");
        assertTrue(amended > 10 && amendedInTime * 2 > amended, "most amended plans within 12 weeks: " + amendedInTime + " of " + amended);
        // The children behind each figure are exactly what it counts, every month of the demo's three years
        // (the cost's figure is pounds: its children are those whose place has a cost).
        for (ModuleIndicator indicator : send.values()) {
            indicator.count(to.minusMonths(35), to).forEach((month, c) -> {
                if (!indicator.spec().id().equals("send.out-of-city-cost")) {
                    assertEquals(c.numerator(), c.numeratorPeople().size(), indicator.spec().id() + " " + month);
                }
                if (c.denominator() != null) {
                    assertEquals(c.denominator().longValue(), c.denominatorPeople().size(), indicator.spec().id() + " " + month);
                    assertTrue(c.denominatorPeople().containsAll(c.numeratorPeople()), indicator.spec().id() + " " + month);
                }
            });
        }

        StatutoryReturn sen2 = returns.stream().filter(r -> r.definition().id().equals("send-sen2")).findFirst().orElseThrow();
        ReturnPeriod period = sen2.definition().periodRule().period(Integer.toString(today.getYear()));
        List<ReturnFile> files = sen2.produce(period);
        String xml = new String(files.get(0).content(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Collection>SEN2</Collection>") && xml.contains("<NamedPlan>"), xml.substring(0, 400));
        assertTrue(xml.contains("<UPN>") && xml.contains("<UniqueLearnerNumber>") && xml.contains("<UPNunknown>UN6</UPNunknown>"),
                "school children have UPNs, young people ULNs, children not yet at school a reason");
        assertTrue(xml.contains("<PB>1</PB>"), "some demo plans have personal budgets");
        assertTrue(xml.contains("<ActivePlans>") && xml.contains("<SENneed>") && xml.contains("<LastReview>"),
                "plans active on the census day carry ActivePlans with their needs and last review");
        assertTrue(xml.matches("(?s).*<TransferLA>33[0-4]</TransferLA>.*"), "some demo plans came from another authority");
        assertTrue(xml.contains("<CeaseReason>5</CeaseReason>"), "some demo plans were transferred out");
        List<ValidationMessage> messages = sen2.validate(period, files);
        assertFalse(messages.stream().anyMatch(m -> m.severity() == ValidationMessage.Severity.ERROR),
                "the demo data breaks no rule: " + messages.stream()
                        .filter(m -> m.severity() == ValidationMessage.Severity.ERROR).limit(5).toList());
    }

    @Test
    void theSen2ReturnRunThroughTheReturnsApiOnTheDemoDataHasNoErrors() throws Exception {
        PortalSession olivia = signIn("olivia.brown");
        JsonObject sen2 = Json.createReader(new StringReader(olivia.get("api/returns").body())).readArray().stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("id").equals("send-sen2")).findFirst().orElseThrow();
        String period = sen2.getString("currentPeriod");
        HttpResponse<String> run = olivia.postJson("api/returns/send-sen2/runs", "{\"period\":\"" + period + "\"}");
        assertEquals(201, run.statusCode(), run.body());
        JsonObject made = json(run.body());
        assertEquals(0, made.getInt("errors"), "SEN2 " + period + " over the demo data: " + run.body());
        long runId = made.getJsonNumber("id").longValue();
        String errors = Json.createReader(new StringReader(olivia.get("api/returns/runs/" + runId + "/messages").body())).readArray()
                .stream().map(v -> v.asJsonObject()).filter(m -> m.getString("severity").equals("ERROR"))
                .map(JsonObject::toString).limit(3).collect(Collectors.joining("; "));
        assertEquals("", errors, "no error message kept with the run");
        assertEquals(403, signIn("grace.lee").postJson("api/returns/send-sen2/runs", "{\"period\":\"" + period + "\"}").statusCode(),
                "a case officer does not make the return");
    }

    @Test
    void learnerNumbersAreCheckedAndKeptWithTheirVersion() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = -1;
        JsonObject before = null;
        for (int n = 3; n < 11 && before == null; n++) {
            JsonObject read = json(grace.get(API + "children/" + gracesChild(n) + "/learner").body());
            if (read.containsKey("upn") && !read.isNull("upn")) {
                child = gracesChild(n);
                before = read;
            }
        }
        assertTrue(before != null, "Grace's caseload has children of school age with a UPN");
        assertTrue(LearnerUpn.valid(before.getString("upn")), "a demo UPN passes the DfE check: " + before);
        String address = API + "children/" + child + "/learner";
        HttpResponse<String> badUln = grace.putJson(address, "{\"uln\":\"9276308687\",\"version\":" + before.getJsonNumber("version") + "}");
        assertEquals(400, badUln.statusCode(), badUln.body());
        assertTrue(badUln.body().contains("uln"), badUln.body());
        HttpResponse<String> badCode = grace.putJson(address, "{\"upnUnknown\":\"UN9\",\"version\":" + before.getJsonNumber("version") + "}");
        assertEquals(400, badCode.statusCode(), badCode.body());
        HttpResponse<String> saved = grace.putJson(address, "{\"uln\":\"9276308686\",\"version\":" + before.getJsonNumber("version") + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject after = json(saved.body());
        assertEquals("9276308686", after.getString("uln"));
        HttpResponse<String> beside = grace.putJson(address, "{\"uln\":\"9276308686\",\"upnUnknown\":\"UN2\",\"version\":"
                + after.getJsonNumber("version") + "}");
        assertEquals(409, beside.statusCode(), "no reason for an unknown UPN beside a UPN: " + beside.body());
        HttpResponse<String> changed = grace.putJson(address, "{\"uln\":\"5000000004\",\"version\":" + after.getJsonNumber("version") + "}");
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> stale = grace.putJson(address, "{\"uln\":\"9276308686\",\"version\":" + after.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("5000000004", json(grace.get(address).body()).getString("uln"), "nothing lost");
        assertEquals(403, signIn("dan.hughes").get(address).statusCode());
        HttpResponse<String> page = grace.get("send/learner.xhtml?person=" + child);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("5000000004") && page.body().contains("for=\"learner-form:uln\""), "the page shows the ULN, labelled");
        long audited = child;
        assertTrue(audit.forRecord("person", Long.toString(audited), 60).stream().anyMatch(e -> e.getAction().equals("SEND_LEARNER_UPDATE")
                && e.getOutcome().equals("SUCCESS") && e.getActor().equals("grace.lee")));
    }

    @Test
    void anAnnualReviewAmendsThePlanAfterTheFamilysFifteenDaysAndRefusalsAreAudited() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(4);
        long plan = activePlan(grace, child, today.minusWeeks(30), today.minusWeeks(12));
        LocalDate meeting = today.minusDays(30);
        int moveYear = meeting.getYear() + 1;

        HttpResponse<String> future = grace.postJson(API + "reviews", "{\"planId\":" + plan + ",\"meetingOn\":\"" + today.plusDays(1) + "\"}");
        assertEquals(400, future.statusCode(), future.body());
        HttpResponse<String> beforePlan = grace.postJson(API + "reviews", "{\"planId\":" + plan + ",\"meetingOn\":\""
                + today.minusWeeks(13) + "\"}");
        assertEquals(409, beforePlan.statusCode(), "a meeting before the plan started: " + beforePlan.body());
        HttpResponse<String> noYear = grace.postJson(API + "reviews", "{\"planId\":" + plan + ",\"meetingOn\":\"" + meeting
                + "\",\"phaseTransfer\":\"PRIMARY_TO_SECONDARY\"}");
        assertEquals(400, noYear.statusCode(), noYear.body());

        HttpResponse<String> met = grace.postJson(API + "reviews", "{\"planId\":" + plan + ",\"meetingOn\":\"" + meeting
                + "\",\"phaseTransfer\":\"PRIMARY_TO_SECONDARY\",\"transferYear\":" + moveYear + "}");
        assertEquals(201, met.statusCode(), met.body());
        JsonObject review = json(met.body());
        long id = review.getJsonNumber("id").longValue();
        assertEquals(today.minusWeeks(12).plusMonths(12).toString(), review.getString("dueOn"), "12 months after the plan");
        assertTrue(review.getBoolean("heldOnTime"));
        assertEquals(meeting.plusWeeks(2).toString(), review.getString("reportDue"));
        assertEquals(meeting.plusWeeks(4).toString(), review.getString("decisionDue"));
        assertEquals(moveYear + "-02-15", review.getString("transferDeadline"));
        assertEquals("Review report", review.getString("nextStep"));
        assertTrue(review.getBoolean("late"), "the report was due " + meeting.plusWeeks(2));

        review = reviewStep(grace, id, "report", "\"on\":\"" + meeting.plusDays(5) + "\"", review);
        HttpResponse<String> unknown = grace.postJson(API + "reviews/" + id + "/decision", "{\"decision\":\"KEEP\",\"on\":\""
                + meeting.plusDays(10) + "\",\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        review = reviewStep(grace, id, "decision", "\"decision\":\"AMEND\",\"on\":\"" + meeting.plusDays(10) + "\"", review);
        assertEquals("AMEND", review.getString("decision"));
        HttpResponse<String> stale = grace.postJson(API + "reviews/" + id + "/amendments", "{\"on\":\"" + meeting.plusDays(12)
                + "\",\"version\":0}");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> tooSoon = grace.postJson(API + "reviews/" + id + "/amended-plan", "{\"on\":\"" + meeting.plusDays(12)
                + "\",\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(409, tooSoon.statusCode(), "no proposed amendments yet: " + tooSoon.body());
        review = reviewStep(grace, id, "amendments", "\"on\":\"" + meeting.plusDays(12) + "\"", review);
        assertEquals(meeting.plusDays(27).toString(), review.getString("familyCommentsUntil"));
        assertTrue(ids(grace.get(API + "reviews/transfers?year=" + moveYear)).contains(id), "an outstanding phase transfer");

        HttpResponse<String> inTheirDays = grace.postJson(API + "reviews/" + id + "/amended-plan", "{\"on\":\"" + meeting.plusDays(26)
                + "\",\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(409, inTheirDays.statusCode(), inTheirDays.body());
        assertTrue(inTheirDays.body().contains("to comment"), inTheirDays.body());
        review = reviewStep(grace, id, "amended-plan", "\"on\":\"" + meeting.plusDays(27) + "\"", review);
        assertEquals(meeting.plusDays(27).toString(), review.getString("amendedPlanOn"));
        assertFalse(review.containsKey("nextStep") && !review.isNull("nextStep"), "nothing left: " + review);
        assertFalse(ids(grace.get(API + "reviews/transfers?year=" + moveYear)).contains(id));
        JsonObject amended = json(grace.get(API + "plans/" + plan).body());
        assertEquals(3, amended.getJsonArray("versions").size(), "draft, final and amended");
        assertEquals(meeting.plusMonths(12).toString(), amended.getString("nextReviewDue"), "12 months after this meeting");
        assertTrue(ids(grace.get(API + "reviews?planId=" + plan)).contains(id));

        PortalSession dan = signIn("dan.hughes");
        assertEquals(403, dan.get(API + "reviews/" + id).statusCode());
        assertEquals(403, dan.postJson(API + "reviews/" + id + "/report", "{\"on\":\"" + today + "\",\"version\":1}").statusCode());
        assertEquals(403, dan.get(API + "reviews/due").statusCode());
        assertEquals(404, grace.get(API + "reviews/999999999").statusCode());
        List<String> trail = audit.forRecord("person", Long.toString(child), 80).stream()
                .map(e -> e.getAction() + "/" + e.getOutcome() + "/" + e.getActor()).toList();
        assertTrue(trail.contains("SEND_REVIEW_MEETING/SUCCESS/grace.lee"), trail.toString());
        assertTrue(trail.contains("SEND_REVIEW_AMENDMENT/DENIED/grace.lee"), "the refused amended plan: " + trail);
        assertTrue(trail.contains("SEND_REVIEW_VIEW/DENIED/dan.hughes") || audit.forRecord("module", "send", 80).stream()
                .anyMatch(e -> e.getActor().equals("dan.hughes") && e.getOutcome().equals("DENIED")), trail.toString());
    }

    @Test
    void theReviewsDueListShowsPlansDueWithinTheWeeksAskedAndRefusesBadInput() throws Exception {
        PortalSession grace = signIn("grace.lee");
        HttpResponse<String> due = grace.get(API + "reviews/due?weeks=8");
        assertEquals(200, due.statusCode(), due.body());
        for (JsonObject d : Json.createReader(new StringReader(due.body())).readArray().getValuesAs(JsonObject.class)) {
            LocalDate on = LocalDate.parse(d.getString("dueOn"));
            assertFalse(on.isAfter(today.plusWeeks(8)), d.toString());
            assertEquals(on.isBefore(today), d.getBoolean("overdue"), d.toString());
        }
        assertEquals(400, grace.get(API + "reviews/due?weeks=abc").statusCode());
        assertEquals(400, grace.get(API + "reviews/due?weeks=99").statusCode());
        assertEquals(400, grace.get(API + "reviews/transfers?year=1990").statusCode());
        assertEquals(400, grace.get(API + "reviews").statusCode(), "which plan's reviews");
        HttpResponse<String> page = grace.get("send/reviews.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Annual reviews due") && page.body().contains("Phase transfers for September"), page.body());
    }

    @Test
    void thePlansPersonalBudgetAndTransportAreCheckedAndReachSen2() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(5);
        long plan = activePlan(grace, child, today.minusWeeks(25), today.minusWeeks(6));
        JsonObject read = json(grace.get(API + "plans/" + plan).body());
        HttpResponse<String> negative = grace.putJson(API + "plans/" + plan + "/personal-budget",
                "{\"organised\":-5,\"version\":" + read.getJsonNumber("version") + "}");
        assertEquals(400, negative.statusCode(), negative.body());
        HttpResponse<String> budget = grace.putJson(API + "plans/" + plan + "/personal-budget",
                "{\"organised\":1200,\"direct\":450.50,\"version\":" + read.getJsonNumber("version") + "}");
        assertEquals(200, budget.statusCode(), budget.body());
        JsonObject withBudget = json(budget.body());
        assertTrue(withBudget.getBoolean("personalBudget"));
        assertEquals(0, new java.math.BigDecimal("450.50").compareTo(withBudget.getJsonNumber("budgetDirect").bigDecimalValue()));
        HttpResponse<String> noCost = grace.putJson(API + "plans/" + plan + "/transport",
                "{\"mode\":\"TAXI\",\"version\":" + withBudget.getJsonNumber("version") + "}");
        assertEquals(400, noCost.statusCode(), noCost.body());
        HttpResponse<String> badMode = grace.putJson(API + "plans/" + plan + "/transport",
                "{\"mode\":\"BALLOON\",\"costPerYear\":10,\"version\":" + withBudget.getJsonNumber("version") + "}");
        assertEquals(400, badMode.statusCode(), badMode.body());
        HttpResponse<String> transport = grace.putJson(API + "plans/" + plan + "/transport",
                "{\"mode\":\"TAXI\",\"costPerYear\":8740,\"version\":" + withBudget.getJsonNumber("version") + "}");
        assertEquals(200, transport.statusCode(), transport.body());
        assertEquals("TAXI", json(transport.body()).getString("transportMode"));
        HttpResponse<String> stale = grace.putJson(API + "plans/" + plan + "/transport",
                "{\"mode\":\"FLEET\",\"costPerYear\":5000,\"version\":" + withBudget.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());

        StatutoryReturn sen2 = returns.stream().filter(r -> r.definition().id().equals("send-sen2")).findFirst().orElseThrow();
        ReturnPeriod period = sen2.definition().periodRule().containing(today);
        String xml = new String(sen2.produce(period).get(0).content(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<StartDate>" + today.minusWeeks(6) + "</StartDate><PlanRes>0</PlanRes><PlanWPB>0</PlanWPB><PB>1</PB><OA>1</OA><DP>1</DP>"),
                "the plan's personal budget, organised and direct, in SEN2 " + period.label());
    }

    @Test
    void mediationAndTribunalAreRecordedOnEachDecisionAndTheRequestsSen2FlagsFollow() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(6);
        JsonObject request = record(grace, child, today.minusWeeks(8));
        long id = request.getJsonNumber("id").longValue();
        String appeals = API + "appeals/requests/" + id;
        assertEquals("[]", grace.get(appeals).body().replace(" ", ""), "nothing decided, nothing to appeal");
        HttpResponse<String> early = grace.putJson(appeals + "/NOT_TO_ASSESS", "{\"adviceSought\":true,\"version\":0}");
        assertEquals(409, early.statusCode(), "nothing decided yet: " + early.body());
        LocalDate decided = today.minusWeeks(3);
        request = step(grace, id, "decision", "\"assess\":false,\"reason\":\"Needs met by the school.\",\"on\":\""
                + decided + "\"", request);
        JsonObject listed = json("{\"a\":" + grace.get(appeals).body() + "}").getJsonArray("a").getJsonObject(0);
        assertEquals("NOT_TO_ASSESS", listed.getString("decision"));
        assertEquals(decided.toString(), listed.getString("decidedOn"));
        assertEquals(0, listed.getInt("version"));

        HttpResponse<String> wrong = grace.putJson(appeals + "/NOT_TO_ASSESS", "{\"adviceSought\":false,\"certificateOn\":\""
                + decided.minusDays(1) + "\",\"outcome\":\"UPHELD\",\"version\":0}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of("certificateOn", "outcome", "outcomeOn"), json(wrong.body()).getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList(), wrong.body());
        assertEquals(409, grace.putJson(appeals + "/FINAL_PLAN", "{\"version\":0}").statusCode(), "no final plan to appeal");
        assertEquals(400, grace.putJson(appeals + "/PLAN_B", "{\"version\":0}").statusCode(), "not an appealable decision");

        HttpResponse<String> lodged = grace.putJson(appeals + "/NOT_TO_ASSESS", "{\"adviceSought\":true,\"certificateOn\":\""
                + decided.plusDays(5) + "\",\"mediationHeld\":false,\"appealLodgedOn\":\"" + decided.plusDays(9) + "\",\"version\":0}");
        assertEquals(200, lodged.statusCode(), lodged.body());
        JsonObject first = json(lodged.body());
        assertEquals(decided.plusDays(9).toString(), first.getString("appealLodgedOn"));
        JsonObject after = json(grace.get(API + "requests/" + id).body());
        assertFalse(after.getBoolean("mediation"), "advice only: no mediation for SEN2");
        assertTrue(after.getBoolean("tribunal"), "an appeal lodged: tribunal for SEN2");

        HttpResponse<String> stale = grace.putJson(appeals + "/NOT_TO_ASSESS", "{\"adviceSought\":true,\"version\":0}");
        assertEquals(409, stale.statusCode(), "someone saved first: " + stale.body());
        HttpResponse<String> conceded = grace.putJson(appeals + "/NOT_TO_ASSESS", "{\"adviceSought\":true,\"mediationHeld\":true,"
                + "\"mediationOn\":\"" + decided.plusDays(3) + "\",\"certificateOn\":\"" + decided.plusDays(5) + "\",\"appealLodgedOn\":\""
                + decided.plusDays(9) + "\",\"outcome\":\"CONCEDED\",\"outcomeOn\":\"" + today + "\",\"version\":"
                + first.getJsonNumber("version") + "}");
        assertEquals(200, conceded.statusCode(), conceded.body());
        assertEquals("CONCEDED", json(conceded.body()).getString("outcome"));
        after = json(grace.get(API + "requests/" + id).body());
        assertTrue(after.getBoolean("mediation") && after.getBoolean("tribunal"), "mediation held and an appeal: both for SEN2");

        assertEquals(403, signIn("dan.hughes").putJson(appeals + "/NOT_TO_ASSESS", "{\"version\":1}").statusCode());
        assertEquals(403, signIn("dan.hughes").get(appeals).statusCode());
        List<String> audited = audit.forRecord("person", Long.toString(child), 80).stream()
                .filter(e -> e.getAction().equals("SEND_APPEAL")).map(e -> e.getOutcome()).toList();
        assertTrue(audited.contains("SUCCESS") && audited.stream().anyMatch(o -> !o.equals("SUCCESS")),
                "writes and refusals audited: " + audited);
    }

    @Test
    void theTeamManagerSeesEveryOfficersCaseloadAndOfficersDoNot() throws Exception {
        PortalSession hannah = signIn("hannah.wright");
        HttpResponse<String> all = hannah.get(API + "caseloads");
        assertEquals(200, all.statusCode(), all.body());
        List<JsonObject> officers = Json.createReader(new StringReader(all.body())).readArray().getValuesAs(JsonObject.class);
        JsonObject graces = officers.stream().filter(o -> o.getString("officer").equals("grace.lee")).findFirst().orElseThrow();
        assertTrue(graces.getInt("open") >= 1, graces.toString());
        for (JsonObject o : officers) {
            assertTrue(o.getInt("onTrack") + o.getInt("atRisk") + o.getInt("late") <= o.getInt("open"), o.toString());
        }
        HttpResponse<String> drill = hannah.get(API + "caseloads/grace.lee");
        assertEquals(200, drill.statusCode(), drill.body());
        assertEquals(graces.getInt("open"), Json.createReader(new StringReader(drill.body())).readArray().size());
        assertEquals(200, hannah.get("send/caseloads.xhtml?officer=grace.lee").statusCode());

        PortalSession grace = signIn("grace.lee");
        HttpResponse<String> refused = grace.get(API + "caseloads");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("send:oversee"), refused.body());
        assertTrue(audit.forRecord("module", "send", 80).stream().anyMatch(e -> e.getAction().equals("SEND_CASELOADS_VIEW")
                && e.getOutcome().equals("DENIED") && e.getActor().equals("grace.lee")));
    }

    @Test
    void sen2IsComparedWithThePreviousCensusTableByTable() throws Exception {
        PortalSession olivia = signIn("olivia.brown");
        String year = Integer.toString(today.getYear());
        HttpResponse<String> compared = olivia.get(API + "sen2/comparison?year=" + year);
        assertEquals(200, compared.statusCode(), compared.body());
        JsonObject c = json(compared.body());
        assertEquals(year, c.getString("year"));
        assertEquals(Integer.toString(today.getYear() - 1), c.getString("previousYear"));
        List<JsonObject> tables = c.getJsonArray("tables").getValuesAs(JsonObject.class);
        assertEquals(List.of("Persons", "Requests", "Assessments", "Named plans", "Active plans", "Placements", "SEN needs"),
                tables.stream().map(t -> t.getString("table")).toList());
        assertTrue(tables.get(0).getInt("current") > 100 && tables.get(0).getInt("previous") > 50, tables.get(0).toString());
        assertEquals(200, olivia.get("send/sen2.xhtml?year=" + year).statusCode());
        assertEquals(400, olivia.get(API + "sen2/comparison?year=20x6").statusCode());
        assertEquals(403, signIn("grace.lee").get(API + "sen2/comparison").statusCode(), "officers do not make the return");
    }

    @Test
    void eachDecisionIsSentToTheFamilyAsALetterWithItsRightsAndThePlanAsAPdf() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(2);
        JsonObject request = record(grace, child, today.minusWeeks(8));
        long id = request.getJsonNumber("id").longValue();
        JsonObject none = json(grace.get(API + "letters?requestId=" + id).body());
        assertEquals(0, none.getJsonArray("outstanding").size(), "no decision yet, so no letter to send");

        request = step(grace, id, "decision", "\"assess\":false,\"reason\":\"Needs met by the school\",\"on\":\""
                + today.minusWeeks(4) + "\"", request);
        JsonObject waiting = json(grace.get(API + "letters?requestId=" + id).body());
        assertEquals("NOT_TO_ASSESS", waiting.getJsonArray("outstanding").getJsonObject(0).getString("kind"));

        HttpResponse<String> portalOnly = grace.postJson(API + "letters", "{\"requestId\":" + id
                + ",\"kind\":\"NOT_TO_ASSESS\",\"sentOn\":\"" + today + "\",\"sentBy\":\"PORTAL\"}");
        assertEquals(400, portalOnly.statusCode(), portalOnly.body());
        assertTrue(portalOnly.body().contains("sentBy"), portalOnly.body());
        HttpResponse<String> beforeDecision = grace.postJson(API + "letters", "{\"requestId\":" + id
                + ",\"kind\":\"NOT_TO_ASSESS\",\"sentOn\":\"" + today.minusWeeks(5) + "\",\"sentBy\":\"POST\"}");
        assertEquals(409, beforeDecision.statusCode(), beforeDecision.body());
        HttpResponse<String> noSuchDecision = grace.postJson(API + "letters", "{\"requestId\":" + id
                + ",\"kind\":\"FINAL_PLAN\",\"sentOn\":\"" + today + "\",\"sentBy\":\"POST\"}");
        assertEquals(409, noSuchDecision.statusCode(), noSuchDecision.body());

        LocalDate sentOn = today.minusWeeks(4).plusDays(1);
        HttpResponse<String> sent = grace.postJson(API + "letters", "{\"requestId\":" + id
                + ",\"kind\":\"NOT_TO_ASSESS\",\"sentOn\":\"" + sentOn + "\",\"sentBy\":\"POST\"}");
        assertEquals(201, sent.statusCode(), sent.body());
        JsonObject letter = json(sent.body());
        assertEquals(sentOn.plusMonths(2).toString(), letter.getString("appealBy"));
        HttpResponse<String> twice = grace.postJson(API + "letters", "{\"requestId\":" + id
                + ",\"kind\":\"NOT_TO_ASSESS\",\"sentOn\":\"" + today + "\",\"sentBy\":\"EMAIL\"}");
        assertEquals(409, twice.statusCode(), twice.body());

        HttpResponse<byte[]> pdf = grace.getBytes(API + "letters/" + letter.getJsonNumber("id") + "/letter.pdf");
        assertEquals(200, pdf.statusCode());
        String text = TaggedPdfCheck.check(pdf.body(), "H1", "H2", "P").text().replaceAll("\\s+", " ");
        assertTrue(text.contains("Sent by: First-class post"), text);
        assertTrue(text.contains("Needs met by the school"), text);
        assertTrue(text.contains("First-tier Tribunal"), text);

        List<String> trail = audit.forRecord("person", Long.toString(child), 60).stream()
                .map(e -> e.getAction() + " " + e.getOutcome()).toList();
        assertTrue(trail.contains("SEND_LETTER_SENT SUCCESS"), trail.toString());
        assertTrue(trail.contains("SEND_LETTER_SENT DENIED"), "the refusals are audited: " + trail);
        assertTrue(trail.contains("SEND_LETTER_VIEW SUCCESS"), trail.toString());

        PortalSession dan = signIn("dan.hughes");
        assertEquals(403, dan.getBytes(API + "letters/" + letter.getJsonNumber("id") + "/letter.pdf").statusCode());
        assertEquals(403, dan.postJson(API + "letters", "{\"requestId\":" + id
                + ",\"kind\":\"TO_ASSESS\",\"sentOn\":\"" + today + "\",\"sentBy\":\"POST\"}").statusCode());

        long plan = activePlan(grace, gracesChild(3), today.minusWeeks(19), today.minusDays(1));
        HttpResponse<byte[]> issued = grace.getBytes(API + "plans/" + plan + "/versions/2/plan.pdf");
        assertEquals(200, issued.statusCode());
        assertTrue(TaggedPdfCheck.check(issued.body(), "H1", "H2").text().contains("final plan"));
        assertEquals(404, grace.getBytes(API + "plans/" + plan + "/versions/9/plan.pdf").statusCode());
        assertTrue(audit.forRecord("person", Long.toString(gracesChild(3)), 60).stream()
                .anyMatch(e -> e.getAction().equals("SEND_PLAN_PDF") && e.getDetail().contains("plan " + plan + " version 2")));
    }

    @Test
    void theFamilysResponseToTheDraftAndTheSettingsConsultedComeBeforeTheFinalPlan() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(4);
        JsonObject request = record(grace, child, today.minusWeeks(18));
        long id = request.getJsonNumber("id").longValue();
        request = step(grace, id, "decision", "\"assess\":true,\"on\":\"" + today.minusWeeks(14) + "\"", request);
        HttpResponse<String> tooEarly = grace.sendJson("PUT", API + "requests/" + id + "/family-response",
                "{\"on\":\"" + today.minusWeeks(3) + "\",\"version\":" + request.getJsonNumber("version") + "}");
        assertEquals(409, tooEarly.statusCode(), "no draft yet: " + tooEarly.body());
        request = step(grace, id, "draft", "\"on\":\"" + today.minusWeeks(4) + "\"", request);
        List<Long> settings = ids(grace.get(API + "settings"));
        long asked = settings.get(0);
        long other = settings.get(1);

        HttpResponse<String> responded = grace.sendJson("PUT", API + "requests/" + id + "/family-response",
                "{\"on\":\"" + today.minusWeeks(3) + "\",\"comments\":\"More speech therapy, please.\",\"settingId\":" + asked
                        + ",\"version\":" + request.getJsonNumber("version") + "}");
        assertEquals(200, responded.statusCode(), responded.body());
        request = json(responded.body());
        assertTrue(request.getBoolean("familyRespondedInTime"), "7 days after the draft is within the 15");
        assertEquals(asked, request.getJsonNumber("familySettingId").longValue());
        HttpResponse<String> stale = grace.sendJson("PUT", API + "requests/" + id + "/family-response",
                "{\"on\":\"" + today.minusWeeks(3) + "\",\"version\":" + (request.getJsonNumber("version").longValue() - 1) + "}");
        assertEquals(409, stale.statusCode(), stale.body());

        long plan = request.getJsonNumber("planId").longValue();
        JsonObject read = json(grace.get(API + "plans/" + plan).body());
        assertEquals(200, grace.putJson(API + "plans/" + plan + "/needs", "{\"needs\":[\"SLCN\"],\"version\":"
                + read.getJsonNumber("version") + "}").statusCode());
        request = step(grace, id, "consultations", "\"settingId\":" + other + ",\"on\":\"" + today.minusWeeks(3) + "\"", request);
        HttpResponse<String> notConsulted = grace.postJson(API + "requests/" + id + "/final",
                "{\"on\":\"" + today + "\",\"version\":" + request.getJsonNumber("version") + "}");
        assertEquals(409, notConsulted.statusCode(), "the setting the family asked for is not consulted: " + notConsulted.body());

        request = step(grace, id, "consultations", "\"settingId\":" + asked + ",\"on\":\"" + today.minusWeeks(2) + "\"", request);
        JsonObject consultation = request.getJsonArray("consultations").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("settingId").longValue() == asked).findFirst().orElseThrow();
        assertEquals(today.minusWeeks(2).plusDays(15).toString(), consultation.getString("answerDue"));
        HttpResponse<String> badAnswer = grace.sendJson("PUT", API + "requests/" + id + "/consultations/"
                + consultation.getJsonNumber("id") + "", "{\"on\":\"" + today + "\",\"answer\":\"MAYBE\",\"version\":"
                + request.getJsonNumber("version") + "}");
        assertEquals(400, badAnswer.statusCode(), badAnswer.body());
        HttpResponse<String> answered = grace.sendJson("PUT", API + "requests/" + id + "/consultations/"
                + consultation.getJsonNumber("id"), "{\"on\":\"" + today.minusWeeks(1) + "\",\"answer\":\"AGREES\",\"version\":"
                + request.getJsonNumber("version") + "}");
        assertEquals(200, answered.statusCode(), answered.body());
        request = step(grace, id, "final", "\"on\":\"" + today + "\"", json(answered.body()));
        assertEquals("FINAL_ISSUED", request.getString("stage"));

        List<String> trail = audit.forRecord("person", Long.toString(child), 60).stream()
                .map(e -> e.getAction() + " " + e.getOutcome()).toList();
        assertTrue(trail.contains("SEND_FAMILY_RESPONSE SUCCESS"), trail.toString());
        assertTrue(trail.contains("SEND_CONSULTATION SUCCESS"), trail.toString());
        assertTrue(trail.contains("SEND_FINAL_PLAN DENIED"), "the refused final plan is audited: " + trail);
        assertEquals(403, signIn("dan.hughes").postJson(API + "requests/" + id + "/consultations",
                "{\"settingId\":" + other + ",\"on\":\"" + today + "\",\"version\":1}").statusCode());
    }

    @Test
    void aReviewFromYear9LooksAtPreparingForAdulthoodAndOneBeforeDoesNot() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long older = graceAllocatedChild(today.minusYears(14).minusMonths(2));
        long younger = graceAllocatedChild(today.minusYears(11));
        long olderPlan = activePlan(grace, older, today.minusWeeks(30), today.minusWeeks(10));
        long youngerPlan = activePlan(grace, younger, today.minusWeeks(30), today.minusWeeks(10));

        HttpResponse<String> met = grace.postJson(API + "reviews", "{\"planId\":" + olderPlan + ",\"meetingOn\":\"" + today.minusDays(2) + "\"}");
        assertEquals(201, met.statusCode(), met.body());
        JsonObject review = json(met.body());
        assertTrue(review.getBoolean("preparesForAdulthood"), review.toString());
        assertTrue(review.getString("schoolYear").startsWith("Year "), review.toString());
        assertEquals(4, review.getJsonArray("adulthoodOutstanding").size());
        long id = review.getJsonNumber("id").longValue();

        HttpResponse<String> badArea = grace.sendJson("PUT", API + "reviews/" + id + "/adulthood",
                "{\"areas\":[\"HOUSING\"],\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(400, badArea.statusCode(), badArea.body());
        HttpResponse<String> recorded = grace.sendJson("PUT", API + "reviews/" + id + "/adulthood",
                "{\"areas\":[\"EMPLOYMENT\",\"HEALTH\"],\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(200, recorded.statusCode(), recorded.body());
        JsonObject after = json(recorded.body());
        assertEquals(List.of("Independent living", "Friends, relationships and community"),
                after.getJsonArray("adulthoodOutstanding").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        HttpResponse<String> stale = grace.sendJson("PUT", API + "reviews/" + id + "/adulthood",
                "{\"areas\":[],\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());

        HttpResponse<String> youngerMet = grace.postJson(API + "reviews", "{\"planId\":" + youngerPlan + ",\"meetingOn\":\""
                + today.minusDays(2) + "\"}");
        JsonObject youngerReview = json(youngerMet.body());
        assertFalse(youngerReview.getBoolean("preparesForAdulthood"), youngerReview.toString());
        HttpResponse<String> notYet = grace.sendJson("PUT", API + "reviews/" + youngerReview.getJsonNumber("id") + "/adulthood",
                "{\"areas\":[\"HEALTH\"],\"version\":" + youngerReview.getJsonNumber("version") + "}");
        assertEquals(409, notYet.statusCode(), notYet.body());
        assertTrue(audit.forRecord("person", Long.toString(younger), 40).stream()
                .anyMatch(e -> e.getAction().equals("SEND_REVIEW_ADULTHOOD") && e.getOutcome().equals("DENIED")));
        assertTrue(audit.forRecord("person", Long.toString(older), 40).stream()
                .anyMatch(e -> e.getAction().equals("SEND_REVIEW_ADULTHOOD") && e.getOutcome().equals("SUCCESS")));
    }

    /** A new child of the date of birth given, allocated to Grace Lee in the SEND Team. */
    private long graceAllocatedChild(LocalDate born) {
        String unique = Long.toString(System.nanoTime(), 36);
        Person person = caseloads.registerPerson(new Person("Send", "Adulthood" + unique, born, "F"));
        StaffUser grace = directory.findByUsername("grace.lee").orElseThrow();
        caseloads.openAndAllocate(person, today.minusYears(1), "SEND test case", grace, grace.getServiceAreas().iterator().next());
        return person.getId();
    }

    @Test
    void commissionersSeeThePlacementCostsAndTheOutOfCityModelAndOfficersDoNot() throws Exception {
        PortalSession hannah = signIn("hannah.wright");
        HttpResponse<String> read = hannah.get(API + "sufficiency");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject figures = json(read.body());
        int outOfCity = figures.getInt("outOfCity");
        assertTrue(outOfCity > 0 && figures.getInt("places") > outOfCity, figures.toString());
        assertEquals(12, figures.getInt("target"), "the council's setting");
        assertEquals(Math.max(0, outOfCity - 12), figures.getInt("placesBroughtBack"));
        assertEquals(0, figures.getJsonNumber("savingPerPlace").bigDecimalValue()
                .multiply(java.math.BigDecimal.valueOf(figures.getInt("placesBroughtBack")))
                .compareTo(figures.getJsonNumber("annualSaving").bigDecimalValue()));
        assertTrue(figures.getJsonNumber("outOfCityCost").bigDecimalValue().signum() > 0, "demo settings have costs");

        JsonObject none = json(hannah.get(API + "sufficiency?target=0&inCityPlaceCost=30000").body());
        assertEquals(outOfCity, none.getInt("placesBroughtBack"));
        assertEquals(400, hannah.get(API + "sufficiency?target=twelve").statusCode());
        assertEquals(400, hannah.get(API + "sufficiency?inCityPlaceCost=-5").statusCode());
        assertTrue(audit.forRecord("module", "send", 40).stream().anyMatch(e -> e.getAction().equals("SEND_SUFFICIENCY_VIEW")
                && e.getActor().equals("hannah.wright")));

        String unique = Long.toString(System.nanoTime() % 1_000_000);
        HttpResponse<String> added = hannah.postJson(API + "settings", "{\"name\":\"Sufficiency Test School " + unique
                + "\",\"urn\":\"" + String.format("%06d", Long.parseLong(unique)) + "\",\"type\":\"SPECIAL\",\"inCity\":false}");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject setting = json(added.body());
        HttpResponse<String> badCost = hannah.sendJson("PUT", API + "settings/" + setting.getJsonNumber("id") + "/cost",
                "{\"annualCostPerPlace\":-1,\"version\":" + setting.getJsonNumber("version") + "}");
        assertEquals(400, badCost.statusCode(), badCost.body());
        HttpResponse<String> costed = hannah.sendJson("PUT", API + "settings/" + setting.getJsonNumber("id") + "/cost",
                "{\"annualCostPerPlace\":65000.50,\"version\":" + setting.getJsonNumber("version") + "}");
        assertEquals(200, costed.statusCode(), costed.body());
        assertEquals(0, new java.math.BigDecimal("65000.50").compareTo(json(costed.body()).getJsonNumber("annualCostPerPlace").bigDecimalValue()));
        HttpResponse<String> stale = hannah.sendJson("PUT", API + "settings/" + setting.getJsonNumber("id") + "/cost",
                "{\"annualCostPerPlace\":1,\"version\":" + setting.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());

        PortalSession grace = signIn("grace.lee");
        assertEquals(403, grace.get(API + "sufficiency").statusCode(), "officers do not commission places");
        assertEquals(403, grace.sendJson("PUT", API + "settings/" + setting.getJsonNumber("id") + "/cost",
                "{\"annualCostPerPlace\":1,\"version\":" + json(costed.body()).getJsonNumber("version") + "}").statusCode());
    }

    @Test
    void theRegisterKeepsTheWeeksASettingOffersResidentialPlacesWithItsVersion() throws Exception {
        PortalSession hannah = signIn("hannah.wright");
        String unique = Long.toString(System.nanoTime() % 1_000_000);
        String urn = String.format("%06d", Long.parseLong(unique));
        HttpResponse<String> tooMany = hannah.postJson(API + "settings", "{\"name\":\"Residence Test School " + unique
                + "\",\"urn\":\"" + urn + "\",\"type\":\"INDEPENDENT_SPECIAL\",\"inCity\":false,\"residentialWeeks\":53}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("residentialWeeks"), tooMany.body());
        HttpResponse<String> added = hannah.postJson(API + "settings", "{\"name\":\"Residence Test School " + unique
                + "\",\"urn\":\"" + urn + "\",\"type\":\"INDEPENDENT_SPECIAL\",\"inCity\":false,\"residentialWeeks\":38}");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject setting = json(added.body());
        assertEquals(38, setting.getInt("residentialWeeks"));
        assertTrue(setting.getString("description").endsWith("residential 38 weeks a year)"), setting.toString());
        String id = setting.getJsonNumber("id").toString();

        HttpResponse<String> allYear = hannah.sendJson("PUT", API + "settings/" + id + "/residence",
                "{\"residentialWeeks\":52,\"version\":" + setting.getJsonNumber("version") + "}");
        assertEquals(200, allYear.statusCode(), allYear.body());
        assertEquals(52, json(allYear.body()).getInt("residentialWeeks"));
        HttpResponse<String> stale = hannah.sendJson("PUT", API + "settings/" + id + "/residence",
                "{\"residentialWeeks\":38,\"version\":" + setting.getJsonNumber("version") + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> day = hannah.sendJson("PUT", API + "settings/" + id + "/residence",
                "{\"residentialWeeks\":null,\"version\":" + json(allYear.body()).getJsonNumber("version") + "}");
        assertEquals(200, day.statusCode(), day.body());
        assertFalse(json(day.body()).containsKey("residentialWeeks") && !json(day.body()).isNull("residentialWeeks"),
                "a day setting again: " + day.body());
        assertTrue(audit.forRecord("send-setting", id, 10).stream().anyMatch(e -> e.getAction().equals("SEND_SETTING_RESIDENCE")));

        PortalSession grace = signIn("grace.lee");
        assertEquals(403, grace.sendJson("PUT", API + "settings/" + id + "/residence",
                "{\"residentialWeeks\":38,\"version\":" + json(day.body()).getJsonNumber("version") + "}").statusCode(),
                "officers do not keep the register");
    }

    @Test
    void specialSchoolDemandAndTransportAgainstItsTargetAreModelledAndExported() throws Exception {
        PortalSession hannah = signIn("hannah.wright");
        HttpResponse<String> read = hannah.get(API + "sufficiency?growth=10&years=3&transportTarget=1000");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject figures = json(read.body());
        assertEquals(3, figures.getInt("demandYears"));
        assertEquals(0, new java.math.BigDecimal("10").compareTo(figures.getJsonNumber("demandGrowthPercent").bigDecimalValue()));
        List<Integer> totals = figures.getJsonArray("demandTotals").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList();
        assertEquals(4, totals.size(), "today and three years ahead");
        assertTrue(totals.get(0) > 0, "the demo has children in special schools: " + totals);
        assertEquals(Math.round(totals.get(0) * 1.331), totals.get(3).longValue(), "10% a year for three years: " + totals);
        int byNeedAndAge = figures.getJsonArray("demand").getValuesAs(JsonObject.class).stream()
                .mapToInt(d -> d.getJsonArray("places").getInt(0)).sum();
        assertEquals(totals.get(0).intValue(), byNeedAndAge, "the lines by need and age add up to today's places");
        assertFalse(figures.getBoolean("transportOnTarget"), "the demo spends more than 1,000 pounds on transport");
        assertEquals(0, figures.getJsonNumber("transportCost").bigDecimalValue().subtract(new java.math.BigDecimal("1000"))
                .compareTo(figures.getJsonNumber("transportOverTarget").bigDecimalValue()));

        assertEquals(400, hannah.get(API + "sufficiency?growth=abc").statusCode());
        assertEquals(400, hannah.get(API + "sufficiency?years=11").statusCode());
        assertEquals(400, hannah.get(API + "sufficiency?years=2.5").statusCode());
        assertEquals(400, hannah.get(API + "sufficiency?transportTarget=-1").statusCode());

        HttpResponse<byte[]> excel = hannah.getBytes(API + "sufficiency/export.xlsx?growth=10&years=3&transportTarget=1000");
        assertEquals(200, excel.statusCode());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(excel.body()))) {
            org.apache.poi.ss.usermodel.Sheet demand = book.getSheet("Special school places");
            assertEquals("Year 3", demand.getRow(0).getCell(5).getStringCellValue());
            assertEquals(totals.get(3).doubleValue(), demand.getRow(demand.getLastRowNum()).getCell(5).getNumericCellValue());
            assertEquals(1000.0, book.getSheet("Models and targets").getRow(6).getCell(1).getNumericCellValue());
        }
        HttpResponse<byte[]> pdf = hannah.getBytes(API + "sufficiency/export.pdf?growth=10&years=3");
        assertEquals(200, pdf.statusCode());
        String text = TaggedPdfCheck.check(pdf.body(), "H1", "H2", "P").text().replaceAll("\\s+", " ");
        assertTrue(text.contains("Special school places: demand by need and age"), text);
        assertTrue(text.contains("Growth of 10% a year over 3 years"), text);

        PortalSession grace = signIn("grace.lee");
        assertEquals(403, grace.getBytes(API + "sufficiency/export.xlsx").statusCode(), "officers do not commission places");
        assertTrue(audit.forRecord("module", "send", 80).stream().anyMatch(e -> e.getAction().equals("SEND_SUFFICIENCY_VIEW")
                && e.getActor().equals("hannah.wright") && e.getDetail().contains("exported as Excel")));
    }

    @Test
    void aPlanIsTransferredInAndOutBetweenAuthoritiesWithItsTimescalesAndTheChecksAudited() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(5);
        LocalDate issued = today.minusWeeks(12);
        long plan = activePlan(grace, child, today.minusWeeks(30), issued);
        JsonObject read = json(grace.get(API + "plans/" + plan).body());
        String version = read.getJsonNumber("version").toString();

        HttpResponse<String> badCode = grace.putJson(API + "plans/" + plan + "/transfer-in",
                "{\"la\":\"33\",\"on\":\"" + issued + "\",\"version\":" + version + "}");
        assertEquals(400, badCode.statusCode(), badCode.body());
        HttpResponse<String> ownCode = grace.putJson(API + "plans/" + plan + "/transfer-in",
                "{\"la\":\"999\",\"on\":\"" + issued + "\",\"version\":" + version + "}");
        assertEquals(400, ownCode.statusCode(), "the council's own code: " + ownCode.body());
        HttpResponse<String> future = grace.putJson(API + "plans/" + plan + "/transfer-in",
                "{\"la\":\"330\",\"on\":\"" + today.plusDays(1) + "\",\"version\":" + version + "}");
        assertEquals(400, future.statusCode(), future.body());
        HttpResponse<String> beforeStart = grace.putJson(API + "plans/" + plan + "/transfer-in",
                "{\"la\":\"330\",\"on\":\"" + issued.minusDays(1) + "\",\"version\":" + version + "}");
        assertEquals(409, beforeStart.statusCode(), beforeStart.body());
        HttpResponse<String> stale = grace.putJson(API + "plans/" + plan + "/transfer-in",
                "{\"la\":\"330\",\"on\":\"" + issued + "\",\"version\":0}");
        assertEquals(409, stale.statusCode(), stale.body());

        HttpResponse<String> in = grace.putJson(API + "plans/" + plan + "/transfer-in",
                "{\"la\":\"330\",\"on\":\"" + issued + "\",\"version\":" + version + "}");
        assertEquals(200, in.statusCode(), in.body());
        JsonObject transferred = json(in.body());
        assertEquals("330", transferred.getString("transferredInFrom"));
        assertEquals(issued.plusWeeks(6).toString(), transferred.getString("reassessDecisionDue"), "6 weeks to decide on reassessing");
        assertEquals(issued.plusMonths(12).toString(), transferred.getString("nextReviewDue"),
                "the later of 12 months after the start and 3 months after the transfer");
        HttpResponse<String> again = grace.putJson(API + "plans/" + plan + "/transfer-in",
                "{\"la\":\"331\",\"on\":\"" + issued + "\",\"version\":" + transferred.getJsonNumber("version") + "}");
        assertEquals(409, again.statusCode(), again.body());

        PortalSession dan = signIn("dan.hughes");
        assertEquals(403, dan.postJson(API + "plans/" + plan + "/transfer-out",
                "{\"la\":\"886\",\"on\":\"" + today + "\",\"version\":" + transferred.getJsonNumber("version") + "}").statusCode());

        HttpResponse<String> out = grace.postJson(API + "plans/" + plan + "/transfer-out",
                "{\"la\":\"886\",\"on\":\"" + today.minusDays(1) + "\",\"version\":" + transferred.getJsonNumber("version") + "}");
        assertEquals(200, out.statusCode(), out.body());
        JsonObject ceased = json(out.body());
        assertEquals("CEASED", ceased.getString("status"));
        assertEquals("5", ceased.getString("ceaseReason"), "SEN2: transferred to another authority");
        assertEquals("886", ceased.getString("transferredOutTo"));
        assertEquals(today.minusDays(1).toString(), ceased.getString("ceasedOn"));

        List<String> trail = audit.forRecord("person", Long.toString(child), 80).stream()
                .map(e -> e.getAction() + "/" + e.getOutcome() + "/" + e.getActor()).toList();
        assertTrue(trail.contains("SEND_PLAN_TRANSFER_IN/SUCCESS/grace.lee"), trail.toString());
        assertTrue(trail.contains("SEND_PLAN_TRANSFER_IN/DENIED/grace.lee"), "the second transfer in is refused: " + trail);
        assertTrue(trail.contains("SEND_PLAN_TRANSFER_OUT/SUCCESS/grace.lee"), trail.toString());
    }

    @Test
    void aReviewDecisionToCeaseCeasesThePlanAndTheReviewsLettersGoToTheFamily() throws Exception {
        PortalSession grace = signIn("grace.lee");
        long child = gracesChild(6);
        long plan = activePlan(grace, child, today.minusWeeks(30), today.minusWeeks(12));
        LocalDate meeting = today.minusDays(30);
        HttpResponse<String> met = grace.postJson(API + "reviews", "{\"planId\":" + plan + ",\"meetingOn\":\"" + meeting + "\"}");
        assertEquals(201, met.statusCode(), met.body());
        JsonObject review = json(met.body());
        long id = review.getJsonNumber("id").longValue();
        review = reviewStep(grace, id, "report", "\"on\":\"" + meeting.plusDays(5) + "\"", review);
        HttpResponse<String> notDecided = grace.postJson(API + "reviews/" + id + "/cease-plan", "{\"on\":\"" + meeting.plusDays(12)
                + "\",\"reason\":\"NEEDS_MET\",\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(409, notDecided.statusCode(), "no decision to cease yet: " + notDecided.body());
        review = reviewStep(grace, id, "decision", "\"decision\":\"CEASE\",\"on\":\"" + meeting.plusDays(10) + "\"", review);
        assertTrue(review.getBoolean("planActive"), "the plan is ceased apart from the decision");

        JsonObject letters = json(grace.get(API + "letters/reviews/" + id).body());
        assertEquals(List.of("REVIEW_CEASE"), letters.getJsonArray("outstanding").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("kind")).toList());

        HttpResponse<String> moved = grace.postJson(API + "reviews/" + id + "/cease-plan", "{\"on\":\"" + meeting.plusDays(12)
                + "\",\"reason\":\"MOVED_LA\",\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(400, moved.statusCode(), "a move is a transfer: " + moved.body());
        HttpResponse<String> noReason = grace.postJson(API + "reviews/" + id + "/cease-plan", "{\"on\":\"" + meeting.plusDays(12)
                + "\",\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        HttpResponse<String> early = grace.postJson(API + "reviews/" + id + "/cease-plan", "{\"on\":\"" + meeting.plusDays(9)
                + "\",\"reason\":\"NEEDS_MET\",\"version\":" + review.getJsonNumber("version") + "}");
        assertEquals(409, early.statusCode(), "before the decision: " + early.body());
        review = reviewStep(grace, id, "cease-plan", "\"on\":\"" + meeting.plusDays(12) + "\",\"reason\":\"NEEDS_MET\"", review);
        assertFalse(review.getBoolean("planActive"));
        JsonObject ceased = json(grace.get(API + "plans/" + plan).body());
        assertEquals("CEASED", ceased.getString("status"));
        assertEquals("2", ceased.getString("ceaseReason"));
        assertEquals(meeting.plusDays(12).toString(), ceased.getString("ceasedOn"));

        // The decision to cease may be appealed: mediation and the tribunal are recorded against it.
        String appeals = API + "appeals/reviews/" + id;
        JsonObject cease = json("{\"a\":" + grace.get(appeals).body() + "}").getJsonArray("a").getJsonObject(0);
        assertEquals("CEASE", cease.getString("decision"));
        assertEquals(meeting.plusDays(10).toString(), cease.getString("decidedOn"));
        assertEquals(409, grace.putJson(appeals + "/REVIEW_MAINTAIN", "{\"version\":0}").statusCode(), "the plan was not kept as it is");
        HttpResponse<String> withdrawn = grace.putJson(appeals + "/CEASE", "{\"adviceSought\":true,\"certificateOn\":\""
                + meeting.plusDays(15) + "\",\"appealLodgedOn\":\"" + meeting.plusDays(20) + "\",\"outcome\":\"WITHDRAWN\",\"outcomeOn\":\""
                + meeting.plusDays(25) + "\",\"version\":0}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("Withdrawn by the family", json(withdrawn.body()).getString("outcomeLabel"));
        HttpResponse<String> beforeLodged = grace.putJson(appeals + "/CEASE", "{\"appealLodgedOn\":\"" + meeting.plusDays(20)
                + "\",\"outcome\":\"WITHDRAWN\",\"outcomeOn\":\"" + meeting.plusDays(19) + "\",\"version\":"
                + json(withdrawn.body()).getJsonNumber("version") + "}");
        assertEquals(400, beforeLodged.statusCode(), "an outcome before the appeal: " + beforeLodged.body());

        HttpResponse<String> notDecidedLetter = grace.postJson(API + "letters/reviews/" + id, "{\"kind\":\"REVIEW_MAINTAIN\",\"sentOn\":\""
                + today + "\",\"sentBy\":\"POST\"}");
        assertEquals(409, notDecidedLetter.statusCode(), notDecidedLetter.body());
        HttpResponse<String> requestKind = grace.postJson(API + "letters/reviews/" + id, "{\"kind\":\"FINAL_PLAN\",\"sentOn\":\""
                + today + "\",\"sentBy\":\"POST\"}");
        assertEquals(400, requestKind.statusCode(), requestKind.body());
        HttpResponse<String> beforeDecision = grace.postJson(API + "letters/reviews/" + id, "{\"kind\":\"REVIEW_CEASE\",\"sentOn\":\""
                + meeting.plusDays(9) + "\",\"sentBy\":\"POST\"}");
        assertEquals(409, beforeDecision.statusCode(), beforeDecision.body());
        LocalDate sentOn = meeting.plusDays(11);
        HttpResponse<String> sent = grace.postJson(API + "letters/reviews/" + id, "{\"kind\":\"REVIEW_CEASE\",\"sentOn\":\""
                + sentOn + "\",\"sentBy\":\"EMAIL\"}");
        assertEquals(201, sent.statusCode(), sent.body());
        JsonObject letter = json(sent.body());
        assertEquals(sentOn.plusMonths(2).toString(), letter.getString("appealBy"));
        assertEquals(id, letter.getJsonNumber("reviewId").longValue());
        assertEquals(409, grace.postJson(API + "letters/reviews/" + id, "{\"kind\":\"REVIEW_CEASE\",\"sentOn\":\""
                + today + "\",\"sentBy\":\"POST\"}").statusCode(), "one letter per decision");
        assertEquals(0, json(grace.get(API + "letters/reviews/" + id).body()).getJsonArray("outstanding").size());

        HttpResponse<byte[]> pdf = grace.getBytes(API + "letters/reviews/letter/" + letter.getJsonNumber("id") + "/letter.pdf");
        assertEquals(200, pdf.statusCode());
        String text = TaggedPdfCheck.check(pdf.body(), "H1", "H2", "P").text().replaceAll("\\s+", " ");
        assertTrue(text.contains("After the annual review"), text);
        assertTrue(text.contains("Educational or training needs being met without an EHC plan"), text);
        assertTrue(text.contains("First-tier Tribunal"), text);

        PortalSession dan = signIn("dan.hughes");
        assertEquals(403, dan.get(API + "letters/reviews/" + id).statusCode());
        assertEquals(403, dan.getBytes(API + "letters/reviews/letter/" + letter.getJsonNumber("id") + "/letter.pdf").statusCode());
        List<String> trail = audit.forRecord("person", Long.toString(child), 80).stream()
                .map(e -> e.getAction() + "/" + e.getOutcome()).toList();
        assertTrue(trail.contains("SEND_REVIEW_CEASE/SUCCESS"), trail.toString());
        assertTrue(trail.contains("SEND_REVIEW_CEASE/DENIED"), "the early ceasing is refused and audited: " + trail);
        assertTrue(trail.contains("SEND_LETTER_SENT/SUCCESS"), trail.toString());
        assertTrue(trail.contains("SEND_LETTER_SENT/DENIED"), trail.toString());
        assertTrue(trail.contains("SEND_LETTER_VIEW/SUCCESS"), trail.toString());
    }

    /** A plan issued on the day given for a request received on the day given, through the API. */
    private long activePlan(PortalSession grace, long child, LocalDate received, LocalDate issued) throws Exception {
        JsonObject request = record(grace, child, received);
        long id = request.getJsonNumber("id").longValue();
        request = step(grace, id, "decision", "\"assess\":true,\"on\":\"" + received.plusWeeks(4) + "\"", request);
        request = step(grace, id, "draft", "\"on\":\"" + issued.minusDays(20) + "\"", request);
        long plan = request.getJsonNumber("planId").longValue();
        JsonObject read = json(grace.get(API + "plans/" + plan).body());
        assertEquals(200, grace.putJson(API + "plans/" + plan + "/needs", "{\"needs\":[\"SLCN\"],\"version\":"
                + read.getJsonNumber("version") + "}").statusCode());
        step(grace, id, "final", "\"on\":\"" + issued + "\"", request);
        return plan;
    }

    private JsonObject reviewStep(PortalSession session, long id, String step, String fields, JsonObject before) throws Exception {
        HttpResponse<String> response = session.postJson(API + "reviews/" + id + "/" + step,
                "{" + fields + ",\"version\":" + before.getJsonNumber("version") + "}");
        assertEquals(200, response.statusCode(), step + ": " + response.body());
        return json(response.body());
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    /** The DfE check letter, worked independently of the module's code. */
    private static final class LearnerUpn {
        private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

        static boolean valid(String upn) {
            if (upn == null || !upn.matches("[A-Z]\\d{11}[0-9A-Z]")) {
                return false;
            }
            int sum = 0;
            for (int i = 1; i < 13; i++) {
                char c = upn.charAt(i);
                sum += (Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c)) * (i + 1);
            }
            return LETTERS.charAt(sum % 23) == upn.charAt(0);
        }
    }

    private JsonObject record(PortalSession grace, long child, LocalDate received) throws Exception {
        HttpResponse<String> created = grace.postJson(API + "requests",
                "{\"personId\":" + child + ",\"receivedOn\":\"" + received + "\",\"source\":\"PARENT\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    private JsonObject step(PortalSession session, long id, String step, String fields, JsonObject before) throws Exception {
        HttpResponse<String> response = session.postJson(API + "requests/" + id + "/" + step,
                "{" + fields + ",\"version\":" + before.getJsonNumber("version") + "}");
        assertEquals(200, response.statusCode(), step + ": " + response.body());
        return json(response.body());
    }

    private long gracesChild(int n) {
        List<CaseloadItem> caseload = caseloads.caseloadOf("grace.lee", today).stream()
                .sorted((a, b) -> Long.compare(a.getCaseId(), b.getCaseId())).toList();
        return caseload.get(n % caseload.size()).getPersonId();
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
