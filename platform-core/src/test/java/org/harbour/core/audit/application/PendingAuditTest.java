package org.harbour.core.audit.application;

import org.harbour.core.audit.domain.AuditEvent;
import org.harbour.core.audit.domain.AuditEvent.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A transaction's batch of successes: appended once, by the outermost service call, in recording order. */
class PendingAuditTest {

    private static AuditEvent view(String action, String personId) {
        return new AuditEvent("sam.worker", action, "person", personId, Outcome.SUCCESS, "10.0.0.1", null);
    }

    @Test
    void onlyTheOutermostCallAppends() {
        PendingAudit pending = new PendingAudit();
        pending.enter();
        pending.enter();
        assertThat(pending.open()).isTrue();
        assertThat(pending.leave()).as("inner call returns").isFalse();
        assertThat(pending.open()).isTrue();
        assertThat(pending.leave()).as("outermost call returns").isTrue();
        assertThat(pending.open()).isFalse();
    }

    @Test
    void keepsTheOrderOfRecording() {
        PendingAudit pending = new PendingAudit();
        pending.add(view("PERSON_VIEW", "7"));
        pending.add(view("CHRONOLOGY_VIEW", "7"));
        pending.add(view("ALLOCATION_VIEW", "7"));
        assertThat(pending.drain()).extracting(AuditEvent::action)
                .containsExactly("PERSON_VIEW", "CHRONOLOGY_VIEW", "ALLOCATION_VIEW");
        assertThat(pending.isEmpty()).isTrue();
    }

    @Test
    void anActionRecordedTwiceInOneTransactionIsKeptOnce() {
        PendingAudit pending = new PendingAudit();
        assertThat(pending.add(view("ALLOCATION_VIEW", "7"))).isTrue();
        assertThat(pending.add(view("PERSON_VIEW", "7"))).isTrue();
        assertThat(pending.add(view("ALLOCATION_VIEW", "7"))).isFalse();
        assertThat(pending.drain()).extracting(AuditEvent::action).containsExactly("ALLOCATION_VIEW", "PERSON_VIEW");
    }

    @Test
    void differentRecordsOrDetailsAreNotMerged() {
        PendingAudit pending = new PendingAudit();
        pending.add(view("RELATIONSHIP_CREATE", "7"));
        pending.add(view("RELATIONSHIP_CREATE", "8"));
        pending.add(new AuditEvent("sam.worker", "RELATIONSHIP_CREATE", "person", "8", Outcome.SUCCESS, "10.0.0.1",
                "Sibling"));
        assertThat(pending.drain()).hasSize(3);
    }

    @Test
    void drainingEmptiesTheBatchForLaterWork() {
        PendingAudit pending = new PendingAudit();
        pending.add(view("PERSON_VIEW", "7"));
        assertThat(pending.drain()).hasSize(1);
        pending.add(view("PERSON_VIEW", "7"));
        assertThat(pending.drain()).as("a new batch after the first was appended").hasSize(1);
    }
}
