package org.harbour.portal.it;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.application.ChainVerification;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.harbour.core.persistence.PortalDatabase;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail against the real container and Derby: one unbroken chain under concurrent
 * appends, tampering and deletion found at the right row, search and CSV export (itself audited)
 * for auditors only, "who has viewed" on a child's record, and the merged chronology.
 */
@FirstStart
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Pattern CHILD_LINK = Pattern.compile("case/child.xhtml\\?id=(\\d+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(AuditIT.class, PortalSession.class, AuditTables.class, AuditedWork.class)
                .addAsLibrary(PortalDeployment.helloModule());
    }

    @Inject
    AuditTrail trail;

    @Inject
    PortalDatabase database;

    @Inject
    AuditedWork work;

    @ArquillianResource
    URL portal;

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        int threads = 8;
        int each = 25;
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String actor = "it.writer." + t;
            writers.add(() -> {
                for (int i = 0; i < each; i++) {
                    trail.record(new AuditEvent(actor, "IT_CONCURRENT", "test", Integer.toString(i), Outcome.SUCCESS,
                            null, null));
                }
                return null;
            });
        }
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        for (Future<Void> done : executor.invokeAll(writers)) {
            done.get();
        }
        assertEquals(threads * each, tables().count("SELECT COUNT(*) FROM core_audit_entry WHERE action = 'IT_CONCURRENT'"));
        assertEquals(0, tables().count("SELECT COUNT(*) - COUNT(DISTINCT previous_hash) FROM core_audit_entry"),
                "no two entries follow the same entry: the chain never forked");
        long total = tables().count("SELECT COUNT(*) FROM core_audit_entry");
        ChainVerification result = trail.verify();
        assertTrue(result.isIntact(), result.getSummary());
        assertTrue(result.getEntriesChecked() >= total, "every entry was checked: " + result.getSummary());
    }

    @Test
    void alteringARowIsDetectedAtThatRowAndRemovingOneIsDetectedToo() throws Exception {
        for (int i = 0; i < 3; i++) {
            trail.record(new AuditEvent("it.tamper", "IT_TAMPER", "test", Integer.toString(i), Outcome.SUCCESS,
                    "10.0.0.1", "original"));
        }
        List<AuditEntry> latest = trail.latest(3);
        AuditEntry middle = latest.get(1);
        AuditEntry after = latest.get(0);
        try {
            assertEquals(1, tables().update("UPDATE core_audit_entry SET actor = 'someone.else' WHERE id = ?",
                    middle.getId()));
            ChainVerification altered = trail.verify();
            assertFalse(altered.isIntact());
            assertEquals(middle.getId(), altered.getFirstBrokenEntryId());
            assertTrue(altered.getProblem().contains("altered"), altered.getProblem());
        } finally {
            assertEquals(1, tables().update("UPDATE core_audit_entry SET actor = 'it.tamper' WHERE id = ?",
                    middle.getId()));
        }
        assertTrue(trail.verify().isIntact(), "restoring the row mends the chain");

        Map<String, Object> row = tables().entry(middle.getId());
        assertEquals(1, tables().update("DELETE FROM core_audit_entry WHERE id = ?", middle.getId()));
        try {
            ChainVerification removed = trail.verify();
            assertFalse(removed.isIntact());
            assertEquals(after.getId(), removed.getFirstBrokenEntryId(), "the entry after the gap no longer links");
            assertTrue(removed.getProblem().contains("does not link"), removed.getProblem());
        } finally {
            tables().putBack(row);
        }
        assertTrue(trail.verify().isIntact());

        AuditEntry newest = trail.record(new AuditEvent("it.tamper", "IT_TAMPER", null, null, Outcome.SUCCESS, null, null));
        Map<String, Object> last = tables().entry(newest.getId());
        assertEquals(1, tables().update("DELETE FROM core_audit_entry WHERE id = ?", newest.getId()));
        try {
            ChainVerification cut = trail.verify();
            assertFalse(cut.isIntact());
            assertEquals(newest.getId(), cut.getFirstBrokenEntryId(), "removing the newest entry is found too");
        } finally {
            tables().putBack(last);
        }
        assertTrue(trail.verify().isIntact());
    }

    @Test
    @org.jboss.arquillian.container.test.api.RunAsClient
    void auditorsSearchAndExportByUserRecordDateActionAndOutcomeAndTheExportIsAudited() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        String child = firstChild(priya);
        assertEquals(200, priya.get("case/child.xhtml?id=" + child).statusCode());
        PortalSession dan = PortalSession.signIn(portal.toURI(), "dan.hughes", PASSWORD);
        assertEquals(404, dan.get("case/child.xhtml?id=" + child).statusCode());

        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        String today = LocalDate.now(Clock.systemUTC()).toString();
        List<CSVRecord> views = csv(admin, "user=priya.shah&recordType=person&recordId=" + child
                + "&action=PERSON_VIEW&from=" + today + "&to=" + today);
        assertFalse(views.isEmpty(), "priya's view is found");
        for (CSVRecord r : views) {
            assertEquals("priya.shah", r.get("user"));
            assertEquals("PERSON_VIEW", r.get("action"));
            assertEquals("person", r.get("record_type"));
            assertEquals(child, r.get("record_id"));
            assertEquals("SUCCESS", r.get("outcome"));
            assertTrue(r.get("occurred_at_utc").startsWith(today), r.get("occurred_at_utc"));
        }
        List<Long> ids = views.stream().map(r -> Long.parseLong(r.get("id"))).toList();
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids, "newest first");

        List<CSVRecord> refusals = csv(admin, "user=dan.hughes&recordId=" + child + "&outcome=denied");
        assertTrue(refusals.stream().anyMatch(r -> r.get("action").equals("PERSON_VIEW")), "dan's refused attempt");
        assertTrue(refusals.stream().allMatch(r -> r.get("outcome").equals("DENIED")));

        String tomorrow = LocalDate.now(Clock.systemUTC()).plusDays(1).toString();
        assertTrue(csv(admin, "user=priya.shah&from=" + tomorrow).isEmpty(), "nothing after today");
        assertEquals(400, admin.get("audit/export.csv?from=yesterday").statusCode(), "a bad date is a clear 400");

        List<CSVRecord> exports = csv(admin, "user=admin&action=AUDIT_EXPORT");
        assertTrue(exports.stream().anyMatch(r -> r.get("detail").contains("user=priya.shah")
                        && r.get("detail").contains("recordId=" + child) && r.get("detail").contains("action=PERSON_VIEW")),
                "an export is audited with its criteria");

        HttpResponse<String> page = admin.get("audit/trail.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Audit entries"));
        Map<String, String> search = new LinkedHashMap<>();
        search.put("trail-form", "trail-form");
        search.put("trail-form:user", "dan.hughes");
        search.put("trail-form:recordType", "");
        search.put("trail-form:recordId", "");
        search.put("trail-form:from", today);
        search.put("trail-form:to", today);
        search.put("trail-form:action", "");
        search.put("trail-form:outcome", "DENIED");
        search.put("trail-form:search", "trail-form:search");
        search.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        HttpResponse<String> found = admin.post("audit/trail.xhtml", search);
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("user=dan.hughes; from=" + today + "; to=" + today + "; outcome=DENIED"),
                "the results and their download follow the search");
        assertTrue(found.body().contains("export.csv?user=dan.hughes"), "download link carries the criteria");
        assertTrue(csv(admin, "user=admin&action=AUDIT_SEARCH").stream()
                .anyMatch(r -> r.get("detail").contains("user=dan.hughes")), "the search is audited");

        Map<String, String> verify = new LinkedHashMap<>();
        verify.put("verify-form", "verify-form");
        verify.put("verify-form:verify", "verify-form:verify");
        verify.put("jakarta.faces.ViewState", PortalSession.viewState(found.body()));
        HttpResponse<String> verified = admin.post("audit/trail.xhtml", verify);
        assertEquals(200, verified.statusCode());
        assertTrue(Pattern.compile("Intact, \\d+ entries \\(checked in [0-9.]+ s\\)").matcher(verified.body()).find(),
                "verification from the page reports the count and the time taken");

        assertEquals(403, priya.get("audit/trail.xhtml").statusCode(), "practitioners cannot search the trail");
        assertEquals(403, priya.get("audit/export.csv?user=admin").statusCode(), "nor export it");
        assertTrue(csv(admin, "user=priya.shah&outcome=DENIED&recordType=page").stream()
                .anyMatch(r -> r.get("record_id").endsWith("/audit/export.csv")), "the refused export is audited");
    }

    @Test
    @org.jboss.arquillian.container.test.api.RunAsClient
    void managersSeeWhoHasViewedAChildAndLookingIsAudited() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        String child = firstChild(priya);
        HttpResponse<String> own = priya.get("case/child.xhtml?id=" + child);
        assertEquals(200, own.statusCode());
        assertFalse(own.body().contains("show-viewers"), "a practitioner has no who-has-viewed section");

        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        HttpResponse<String> record = tom.get("case/child.xhtml?id=" + child);
        assertEquals(200, record.statusCode());
        String form = id(record.body(), "[^\"]*who-viewed-form");
        String button = id(record.body(), "[^\"]*show-viewers");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(button, button);
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(record.body()));
        HttpResponse<String> viewers = tom.post("case/child.xhtml?id=" + child, fields);
        assertEquals(200, viewers.statusCode());
        assertTrue(viewers.body().contains("Who has viewed or changed this record"), "the list is shown");
        assertTrue(Pattern.compile("<span class=\"hb-viewer\">priya.shah</span>\\s*</td>\\s*<td>Person view</td>")
                .matcher(viewers.body()).find(), "priya's view of the child is listed");

        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        assertTrue(csv(admin, "user=tom.okafor&action=PERSON_WHO_VIEWED&recordId=" + child).size() >= 1,
                "looking at who has viewed is audited");
    }

    @Test
    @org.jboss.arquillian.container.test.api.RunAsClient
    void theChronologyMergesModuleSourcesNewestFirstAndFilters() throws Exception {
        PortalSession grace = PortalSession.signIn(portal.toURI(), "grace.lee", PASSWORD);
        String child = firstChild(grace);
        HttpResponse<String> record = grace.get("case/child.xhtml?id=" + child);
        assertEquals(200, record.statusCode());
        String body = record.body();
        int answered = body.indexOf("Greeting answered by person " + child);
        int sent = body.indexOf("Greeting sent to person " + child);
        assertTrue(answered > 0 && sent > answered, "the module's events, newest first");
        assertTrue(body.contains("data-tab=\"hello\""), "the module's tab is still there");

        String form = id(body, "[^\"]*chronology-form");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":category", "Reply");
        fields.put(form + ":source", "hello");
        fields.put(form + ":from", "");
        fields.put(form + ":to", "");
        fields.put(form + ":filter", form + ":filter");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(body));
        String filtered = grace.post("case/child.xhtml?id=" + child, fields).body();
        assertTrue(filtered.contains("Greeting answered by person " + child));
        assertFalse(filtered.contains("Greeting sent to person " + child), "filtered out by category");
        assertTrue(Pattern.compile("1 of <span class=\"hb-event-total\">\\d+</span> events").matcher(filtered).find(),
                "the count says how many match");

        PortalSession dan = PortalSession.signIn(portal.toURI(), "dan.hughes", PASSWORD);
        String dansChild = firstChild(dan);
        String dans = dan.get("case/child.xhtml?id=" + dansChild).body();
        assertFalse(dans.contains("Greeting sent to person"), "no events of a module that is off for the user");
        assertFalse(dans.contains("data-source=\"hello\""), "nothing from the module's source reaches the page");

        assertEquals(404, grace.get("case/child.xhtml?id=987654").statusCode(), "a stale id is not found");
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        assertFalse(csv(admin, "user=grace.lee&recordId=987654&outcome=DENIED&action=PERSON_VIEW").isEmpty(),
                "and the attempt is audited");
        assertFalse(csv(admin, "user=grace.lee&recordId=" + child + "&action=CHRONOLOGY_VIEW").isEmpty(),
                "reading the chronology is audited");
    }

    @Test
    void aTransactionsSuccessesAreAppendedTogetherInOrderAndOnceEach() {
        String record = "batch-" + System.nanoTime();
        work.openRecord(record);
        List<AuditEntry> entries = oldestFirst(record);
        assertEquals(List.of("IT_BATCH_PERSON", "IT_BATCH_ALLOCATION", "IT_BATCH_CHRONOLOGY"),
                entries.stream().map(AuditEntry::getAction).toList(),
                "in the order recorded, the allocation view reached twice kept once");
        work.openRecord(record);
        assertEquals(6, oldestFirst(record).size(), "a second opening is a second set of entries");
        ChainVerification result = trail.verify();
        assertTrue(result.isIntact(), result.getSummary());
    }

    @Test
    void aSuccessGoesWithWorkThatRollsBack() {
        String record = "batch-lost-" + System.nanoTime();
        assertThrows(IllegalStateException.class, () -> work.failAfterRecording(record));
        assertTrue(oldestFirst(record).isEmpty(), "no entry for work that did not happen");
    }

    @Test
    void aRefusalAfterSuccessesKeepsItsPlace() {
        String record = "batch-refused-" + System.nanoTime();
        work.viewThenRefuse(record);
        assertEquals(List.of("IT_BATCH_BEFORE", "IT_BATCH_REFUSED", "IT_BATCH_AFTER"),
                oldestFirst(record).stream().map(AuditEntry::getAction).toList());
        assertTrue(trail.verify().isIntact());
    }

    @Test
    void concurrentBatchesKeepOneUnbrokenChain() throws Exception {
        String prefix = "batch-concurrent-" + System.nanoTime() + "-";
        List<Callable<Void>> pages = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String record = prefix + t;
            pages.add(() -> {
                for (int i = 0; i < 10; i++) {
                    work.openRecord(record);
                }
                return null;
            });
        }
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        for (Future<Void> done : executor.invokeAll(pages)) {
            done.get();
        }
        for (int t = 0; t < 8; t++) {
            List<AuditEntry> entries = oldestFirst(prefix + t);
            assertEquals(30, entries.size());
            String chained = entries.stream().map(e -> e.getId() + ":" + e.getAction().substring(9) + "@"
                    + e.getOccurredAt()).toList().toString();
            for (int i = 0; i < entries.size(); i += 3) {
                assertEquals(List.of("IT_BATCH_PERSON", "IT_BATCH_ALLOCATION", "IT_BATCH_CHRONOLOGY"),
                        entries.subList(i, i + 3).stream().map(AuditEntry::getAction).toList(),
                        "each opening's entries in the order recorded, after the opening before: " + chained);
            }
        }
        assertEquals(0, tables().count("SELECT COUNT(*) - COUNT(DISTINCT previous_hash) FROM core_audit_entry"),
                "the chain never forked");
        ChainVerification result = trail.verify();
        assertTrue(result.isIntact(), result.getSummary());
    }

    private List<AuditEntry> oldestFirst(String record) {
        List<AuditEntry> entries = new ArrayList<>(trail.forRecord("test", record, 100));
        java.util.Collections.reverse(entries);
        return entries;
    }

    private static String firstChild(PortalSession session) throws Exception {
        Matcher link = CHILD_LINK.matcher(session.get("index.xhtml").body());
        assertTrue(link.find(), "the caseload links to a child's record");
        return link.group(1);
    }

    private static String id(String html, String pattern) {
        Matcher m = Pattern.compile("id=\"(" + pattern + ")\"").matcher(html);
        assertTrue(m.find(), "no element matching " + pattern);
        return m.group(1);
    }

    private static List<CSVRecord> csv(PortalSession session, String query) throws Exception {
        HttpResponse<String> response = session.get("audit/export.csv?" + query);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
    }

    private AuditTables tables() {
        return new AuditTables(database.dataSource());
    }
}
