package org.harbour.core.audit.infrastructure;

import org.harbour.core.audit.application.AuditCriteria;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditQueryTest {

    @Test
    void noCriteriaSearchesEverythingNewestFirst() {
        AuditQuery q = AuditQuery.of(new AuditCriteria());
        assertThat(q.countSql()).isEqualTo("SELECT COUNT(*) FROM core_audit_entry");
        assertThat(q.pageSql(50, 25)).endsWith("FROM core_audit_entry ORDER BY id DESC OFFSET 50 ROWS FETCH NEXT 25 ROWS ONLY");
        assertThat(q.batchBelowSql(1000)).endsWith("FROM core_audit_entry WHERE id < ? ORDER BY id DESC FETCH FIRST 1000 ROWS ONLY");
        assertThat(q.parameters()).isEmpty();
    }

    @Test
    void everyCriterionBecomesABoundParameterAndDatesAreWholeUtcDays() {
        AuditQuery q = AuditQuery.of(new AuditCriteria(" priya.shah ", "person", "42", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), "person_view", "success"));
        assertThat(q.countSql()).isEqualTo("SELECT COUNT(*) FROM core_audit_entry WHERE actor = ? AND record_type = ?"
                + " AND record_id = ? AND action = ? AND outcome = ? AND occurred_at >= ? AND occurred_at < ?");
        assertThat(q.parameters()).containsExactly("priya.shah", "person", "42", "PERSON_VIEW", "SUCCESS",
                Timestamp.valueOf("2026-03-01 00:00:00"), Timestamp.valueOf("2026-04-01 00:00:00"));
        assertThat(q.batchBelowSql(10)).contains("AND occurred_at < ? AND id < ?");
    }

    @Test
    void blankCriteriaAreIgnoredAndTheDescriptionCarriesNoMoreThanTheFilters() {
        AuditCriteria c = new AuditCriteria("", " ", null, null, LocalDate.of(2026, 1, 2), null, "DENIED");
        assertThat(AuditQuery.of(c).countSql()).endsWith("WHERE outcome = ? AND occurred_at < ?");
        assertThat(c.describe()).isEqualTo("to=2026-01-02; outcome=DENIED");
        assertThat(new AuditCriteria().describe()).isEqualTo("all entries");
    }
}
