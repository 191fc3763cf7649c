package org.harbour.portal.it;

import jakarta.inject.Inject;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.application.ChainVerification;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.persistence.InstantConverter;
import org.harbour.core.persistence.PortalDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The appender against the real container: a request records without waiting for the chain's head
 * row, what it records is chained in order once the head is free, a row forged in the pending table
 * is chained as an alteration rather than as what it claims, and one view of a child's record
 * leaves one entry per kind of read.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAppenderIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Pattern CHILD_LINK = Pattern.compile("case/child.xhtml\\?id=(\\d+)");
    private static final Pattern TIMES = Pattern.compile("^Read (\\d+) times in one request");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(AuditAppenderIT.class, PortalSession.class, AuditTables.class,
                AuditedWork.class);
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditedWork work;

    @Inject
    PortalDatabase database;

    @ArquillianResource
    URL portal;

    @Test
    void workIsRecordedWithoutWaitingForTheHeadRowAndChainedInOrderOnceItIsFree() throws Exception {
        String record = "appender-locked-" + System.nanoTime();
        // A connection of its own, outside the portal's pool, so nothing commits or resets it behind the test.
        Config config = ConfigProvider.getConfig();
        try (Connection holder = DriverManager.getConnection(config.getValue("harbour.db.url", String.class),
                config.getOptionalValue("harbour.db.user", String.class).orElse("harbour"),
                config.getOptionalValue("harbour.db.password", String.class).orElse("harbour"))) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "UPDATE core_audit_head SET last_id = last_id WHERE id = 1")) {
                assertEquals(1, lock.executeUpdate());
            }
            long started = System.nanoTime();
            work.openRecord(record);
            work.viewThenRefuse(record);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.toMillis() < 5000, "recording waited for the head row's lock: " + took);
            assertTrue(tables().count("SELECT COUNT(*) FROM core_audit_pending WHERE record_id = '" + record + "'") >= 6,
                    "committed with the work, waiting to be chained");
            holder.rollback();
        }
        List<AuditEntry> entries = new ArrayList<>(trail.forRecord("test", record, 100));
        Collections.reverse(entries);
        assertEquals(List.of("IT_BATCH_PERSON", "IT_BATCH_ALLOCATION", "IT_BATCH_CHRONOLOGY", "IT_BATCH_BEFORE",
                        "IT_BATCH_REFUSED", "IT_BATCH_AFTER"), entries.stream().map(AuditEntry::getAction).toList(),
                "chained in the order recorded once the head was free");
        assertEquals(0, tables().count("SELECT COUNT(*) FROM core_audit_pending WHERE record_id = '" + record + "'"));
        ChainVerification result = trail.verify();
        assertTrue(result.isIntact(), result.getSummary());
    }

    @Test
    void aRowForgedInThePendingTableIsChainedAsAnAlterationNotAsWhatItClaims() throws Exception {
        String record = "appender-forged-" + System.nanoTime();
        assertEquals(1, tables().update("""
                        INSERT INTO core_audit_pending (occurred_at, actor, action, record_type, record_id, outcome, mac)
                        VALUES (?, 'it.forger', 'PERSON_VIEW', 'test', ?, 'SUCCESS', ?)""",
                InstantConverter.toUtcTimestamp(Instant.now()), record, "0".repeat(64)));
        List<AuditEntry> entries = trail.forRecord("test", record, 10);
        assertEquals(1, entries.size(), entries.toString());
        AuditEntry chained = entries.get(0);
        assertEquals("AUDIT_PENDING_ALTERED", chained.getAction());
        assertEquals("system", chained.getActor());
        assertEquals("FAILURE", chained.getOutcome());
        assertTrue(chained.getDetail().contains("actor=it.forger"), chained.getDetail());
        assertTrue(trail.verify().isIntact(), "the alteration is on the trail, and the chain itself is whole");
    }

    @Test
    void oneViewOfAChildsRecordLeavesOneEntryPerKindOfReadNamingEveryRead() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        Matcher link = CHILD_LINK.matcher(priya.get("index.xhtml").body());
        assertTrue(link.find(), "the caseload links to a child's record");
        String child = link.group(1);
        trail.latest(1);
        long before = tables().count("SELECT COALESCE(MAX(id), 0) FROM core_audit_entry");

        assertEquals(200, priya.get("case/child.xhtml?id=" + child).statusCode());

        List<AuditEntry> view = trail.forRecord("person", child, 200).stream()
                .filter(e -> e.getId() > before && e.getActor().equals("priya.shah")).toList();
        assertFalse(view.isEmpty(), "the view is audited");
        assertTrue(view.stream().anyMatch(e -> e.getAction().equals("PERSON_VIEW")), "the record's opening is there");
        Map<String, Long> perAction = view.stream()
                .collect(Collectors.groupingBy(AuditEntry::getAction, TreeMap::new, Collectors.counting()));
        perAction.forEach((action, count) -> assertEquals(1L, count, action + " was chained more than once: " + view));
        long reads = view.stream().mapToLong(e -> {
            Matcher times = e.getDetail() == null ? null : TIMES.matcher(e.getDetail());
            return times != null && times.find() ? Long.parseLong(times.group(1)) : 1;
        }).sum();
        System.out.println("One view of a child's record: " + reads + " reads recorded, " + view.size()
                + " entries chained: " + perAction.keySet());
    }

    private AuditTables tables() {
        return new AuditTables(database.dataSource());
    }
}
