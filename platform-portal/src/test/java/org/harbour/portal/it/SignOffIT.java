package org.harbour.portal.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.caseload.application.CaseloadService;
import org.harbour.core.identity.application.StaffDirectory;
import org.harbour.core.identity.domain.StaffUser;
import org.harbour.core.person.domain.Person;
import org.harbour.core.recordsummary.application.ReviewWorkItems;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.module.WorkItem;
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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager's sign-off of assessments and plans on the real portal: a practitioner submits, a
 * practitioner cannot decide, the team manager returns with a reason (seen in the practitioner's
 * My work, filtered by kind) and then signs off; every step and refusal audited. Also the review
 * due dates the record summary and My work show, and the printable chronology's need to know.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class SignOffIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final AtomicInteger CHILDREN = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(SignOffIT.class, PortalSession.class);
    }

    @Inject
    CaseloadService caseloads;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    ReviewWorkItems reviewWorkItems;

    @Inject
    WorkingDayCalendar calendar;

    @ArquillianResource
    URL portal;

    private final LocalDate today = LocalDate.now(Clock.systemUTC());

    @Test
    void anAssessmentIsSubmittedRefusedToAPractitionerReturnedWithAReasonAndSignedOffByTheTeamManager() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        long assessment = assessmentOf(priya, child);

        HttpResponse<String> submitted = priya.postJson(submissions(child), "{\"involvementId\":" + assessment + "}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject submission = read(submitted);
        long signOff = submission.getJsonNumber("id").longValue();
        long version = submission.getJsonNumber("version").longValue();
        assertEquals("SUBMITTED", submission.getString("status"));
        assertEquals(400, priya.postJson(submissions(child), "{\"involvementId\":" + assessment + "}").statusCode(),
                "submitted once only while it waits");

        // A practitioner may neither see the queue nor decide: 403, and the refusals are audited.
        assertEquals(403, priya.get("api/sign-offs").statusCode());
        HttpResponse<String> refused = priya.postJson(decision(signOff), decisionJson("sign-off", 0, null));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("core:sign-off"), refused.body());
        List<AuditEntry> entries = audit.forRecord("person", Long.toString(child), 50);
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("SIGN_OFF_APPROVE") && e.getActor().equals("priya.shah")
                && e.getOutcome().equals("DENIED")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("SIGN_OFF_SUBMIT") && e.getActor().equals("priya.shah")
                && e.getOutcome().equals("SUCCESS")), entries.toString());

        // Nor may a worker of another service reach the child to submit or decide.
        PortalSession dan = signIn("dan.hughes");
        assertEquals(404, dan.postJson(submissions(child), "{\"involvementId\":" + assessment + "}").statusCode());
        assertEquals(403, dan.postJson(decision(signOff), decisionJson("sign-off", 0, null)).statusCode());

        PortalSession tom = signIn("tom.okafor");
        HttpResponse<String> queue = tom.get("api/sign-offs");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("\"id\":" + signOff), queue.body());
        assertTrue(tom.get("team/sign-off.xhtml").body().contains("data-sign-off=\"" + signOff + "\""),
                "the manager's queue page lists it");
        assertEquals(403, priya.get("team/sign-off.xhtml").statusCode());

        HttpResponse<String> noReason = tom.postJson(decision(signOff), decisionJson("return", version, "  "));
        assertEquals(400, noReason.statusCode(), noReason.body());
        HttpResponse<String> returned = tom.postJson(decision(signOff), decisionJson("return", version, "Add the father's view."));
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", read(returned).getString("status"));
        long afterReturn = read(returned).getJsonNumber("version").longValue();
        assertEquals(409, tom.postJson(decision(signOff), decisionJson("sign-off", afterReturn, null)).statusCode(),
                "a returned submission is not decided again");
        assertTrue(audit.forRecord("person", Long.toString(child), 50).stream().anyMatch(e ->
                e.getAction().equals("SIGN_OFF_RETURN") && e.getActor().equals("tom.okafor") && e.getOutcome().equals("SUCCESS")));

        // The practitioner sees it in My work, also when filtering on that kind of work, sorted by due date.
        String myWork = priya.get("work/my-work.xhtml?kind=Returned+for+changes&sort=due&child=" + child).body();
        assertTrue(myWork.contains("Returned for changes: Single assessment (Add the father&#39;s view.)")
                || myWork.contains("Returned for changes: Single assessment (Add the father's view.)"), myWork);
        assertTrue(myWork.contains("id=\"work-items\""), "sorted by due date: one table");
        assertFalse(myWork.contains("data-kind=\"Case supervision\""), "only the kind asked for");
        String record = priya.get("case/child.xhtml?id=" + child).body();
        assertTrue(record.contains("Returned for changes") && record.contains("Add the father"), "the status is on the record");

        HttpResponse<String> again = priya.postJson(submissions(child), "{\"involvementId\":" + assessment + "}");
        assertEquals(201, again.statusCode(), again.body());
        long second = read(again).getJsonNumber("id").longValue();
        long secondVersion = read(again).getJsonNumber("version").longValue();
        assertEquals(409, tom.postJson(decision(second), decisionJson("sign-off", secondVersion + 5, null)).statusCode(),
                "a stale version");
        HttpResponse<String> signed = tom.postJson(decision(second), decisionJson("sign-off", secondVersion, null));
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals("SIGNED_OFF", read(signed).getString("status"));
        assertEquals("tom.okafor", read(signed).getString("decidedBy"));
        assertFalse(priya.get("work/my-work.xhtml?child=" + child).body().contains("Returned for changes: Single assessment"),
                "signed off: no longer in My work");
        assertTrue(audit.forRecord("person", Long.toString(child), 80).stream().anyMatch(e ->
                e.getAction().equals("SIGN_OFF_APPROVE") && e.getActor().equals("tom.okafor") && e.getOutcome().equals("SUCCESS")));
    }

    @Test
    void aManagerDoesNotSignOffWorkTheySubmittedThemselves() throws Exception {
        long child = allocatedChild("tom.okafor");
        PortalSession tom = signIn("tom.okafor");
        long assessment = assessmentOf(tom, child);
        HttpResponse<String> submitted = tom.postJson(submissions(child), "{\"involvementId\":" + assessment + "}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        long signOff = read(submitted).getJsonNumber("id").longValue();
        HttpResponse<String> own = tom.postJson(decision(signOff), decisionJson("sign-off", 0, null));
        assertEquals(403, own.statusCode(), own.body());
        assertTrue(audit.forRecord("person", Long.toString(child), 30).stream().anyMatch(e ->
                e.getAction().equals("SIGN_OFF_APPROVE") && e.getOutcome().equals("DENIED")
                        && String.valueOf(e.getDetail()).contains("same user")));
    }

    @Test
    void theFirstLookedAfterReviewIsDueTwentyWorkingDaysAfterEntryOnTheRecordAndInMyWork() throws Exception {
        long child = allocatedChild("priya.shah");
        PortalSession priya = signIn("priya.shah");
        LocalDate entered = today.minusDays(3);
        HttpResponse<String> period = priya.postJson(involvements(child), Json.createObjectBuilder().add("kind", "looked-after")
                .add("startDate", entered.toString()).build().toString());
        assertEquals(201, period.statusCode(), period.body());
        long periodId = read(period).getJsonNumber("id").longValue();
        HttpResponse<String> episode = priya.postJson(involvements(child), Json.createObjectBuilder()
                .add("kind", "placement-episode").add("periodId", periodId).add("startDate", entered.toString())
                .add("legalStatus", "C2").add("placementType", "U4").add("placementProvider", "PR1")
                .add("reasonNewEpisode", "S").build().toString());
        assertEquals(201, episode.statusCode(), episode.body());

        LocalDate due = calendar.addWorkingDays(entered, 20);
        WorkItem item = reviewWorkItems.dueFor(List.of(child), today).stream().findFirst().orElseThrow();
        assertEquals(due, item.getDueOn());
        assertTrue(item.getTitle().startsWith("Looked-after review due (first"), item.getTitle());
        assertEquals("Looked-after review", item.getKind());

        String record = priya.get("case/child.xhtml?id=" + child).body();
        assertTrue(record.contains("id=\"record-summary\""), "the summary is at the top of the record");
        assertTrue(record.contains("data-review=\"CLA_REVIEW\""), record);
        assertTrue(record.contains(String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear())));
        assertTrue(record.contains("Full care order"), "the legal status in words");
        assertTrue(audit.forRecord("person", Long.toString(child), 30).stream().anyMatch(e ->
                e.getAction().equals("RECORD_SUMMARY_VIEW") && e.getActor().equals("priya.shah")));

        // The review held moves the next one to 3 months later.
        LocalDate held = today.minusDays(1);
        assertEquals(201, priya.postJson("api/cases/" + child + "/activities", "{\"kind\":\"review\",\"date\":\"" + held
                + "\",\"reviewType\":\"CLA_REVIEW\",\"outcome\":\"Plan agreed\"}").statusCode());
        assertEquals(held.plusMonths(3), reviewWorkItems.dueFor(List.of(child), today).get(0).getDueOn());

        assertEquals(200, priya.get("case/chronology-print.xhtml?id=" + child).statusCode());
        assertEquals(404, signIn("dan.hughes").get("case/chronology-print.xhtml?id=" + child).statusCode());
    }

    private long assessmentOf(PortalSession worker, long child) throws Exception {
        HttpResponse<String> referral = worker.postJson(involvements(child), Json.createObjectBuilder().add("kind", "referral")
                .add("startDate", today.minusDays(10).toString()).add("sourceCode", "1B").build().toString());
        assertEquals(201, referral.statusCode(), referral.body());
        long referralId = read(referral).getJsonNumber("id").longValue();
        HttpResponse<String> assessment = worker.postJson(involvements(child), Json.createObjectBuilder()
                .add("kind", "assessment").add("startDate", today.minusDays(9).toString()).add("referralId", referralId)
                .build().toString());
        assertEquals(201, assessment.statusCode(), assessment.body());
        return read(assessment).getJsonNumber("id").longValue();
    }

    private long allocatedChild(String worker) {
        int n = CHILDREN.incrementAndGet();
        Person person = caseloads.registerPerson(new Person("Signoff", "Child" + n, LocalDate.of(2015, 3, n % 28 + 1), "M"));
        StaffUser user = directory.findByUsername(worker).orElseThrow();
        caseloads.openAndAllocate(person, LocalDate.of(2024, 1, 8), "Test case", user,
                user.getServiceAreas().iterator().next());
        return person.getId();
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }

    private static String submissions(long child) {
        return "api/cases/" + child + "/sign-offs";
    }

    private static String involvements(long child) {
        return "api/cases/" + child + "/involvements";
    }

    private static String decision(long signOff) {
        return "api/sign-offs/" + signOff + "/decision";
    }

    private static String decisionJson(String decision, long version, String reason) {
        return Json.createObjectBuilder().add("decision", decision).add("version", version)
                .add("reason", reason == null ? "" : reason).build().toString();
    }

    private static JsonObject read(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
