package org.harbour.portal.it;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.caseload.application.CaseloadItem;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;
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
 * plan; and the module's measures and SEN2 return over the demo data. Each test makes its own
 * request, so the tests do not depend on one another.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class SendIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String API = "api/send/";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(SendIT.class, PortalSession.class);
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    AuditTrail audit;

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
                "new-plans", "active-plans", "annual-reviews-on-time"), send.keySet());
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
        assertTrue(send.get("active-plans").count(to, to).get(to).numerator() > 150);

        StatutoryReturn sen2 = returns.stream().filter(r -> r.definition().id().equals("send-sen2")).findFirst().orElseThrow();
        ReturnPeriod period = sen2.definition().periodRule().period(Integer.toString(today.getYear()));
        List<ReturnFile> files = sen2.produce(period);
        String xml = new String(files.get(0).content(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Collection>SEN2</Collection>") && xml.contains("<NamedPlan>"), xml.substring(0, 400));
        List<ValidationMessage> messages = sen2.validate(period, files);
        assertFalse(messages.stream().anyMatch(m -> m.severity() == ValidationMessage.Severity.ERROR
                && !m.ruleCode().equals("SEN2-121")), "the demo data breaks no rule but the missing UPNs: "
                + messages.stream().filter(m -> !m.ruleCode().equals("SEN2-121")).limit(5).toList());
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
