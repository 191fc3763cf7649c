package org.harbour.performance.indicators.domain;

import org.harbour.core.spi.casedata.ActivityRow;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A recalculation reads each set of rows once and shares it between the indicators that need it;
 * ordinary queries read afresh. On an in-memory database holding core's activity table.
 */
class SharedReadsTest {

    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        c = DriverManager.getConnection("jdbc:derby:memory:shared-reads;create=true");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("create table core_activity (id bigint, kind varchar(20), case_file_id bigint, "
                    + "person_id bigint, occurred_on date, visit_type varchar(20), child_seen boolean)");
            s.executeUpdate("insert into core_activity values (1, 'VISIT', 10, 100, '2026-10-01', 'CIN', true), "
                    + "(2, 'VISIT', 10, 100, '2026-10-20', 'CIN', true)");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("drop table core_activity");
        }
        c.close();
    }

    @Test
    void rememberingQueriesReadEachSetOfRowsOnce() throws SQLException {
        CaseDataQueries plain = new CaseDataQueries(c);
        CaseDataQueries shared = plain.rememberingRows();
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        List<ActivityRow> first = shared.activities("VISIT", from, to);
        assertEquals(2, first.size());
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from core_activity where id = 2");
        }
        assertSame(first, shared.activities("VISIT", from, to), "the same rows handed to the next indicator");
        assertEquals(1, plain.activities("VISIT", from, to).size(), "an ordinary query reads today's rows");
        assertEquals(1, shared.activities("VISIT", from, to.minusDays(1)).size(), "other dates are another read");
        assertSame(shared, shared.rememberingRows());
        assertThrows(UnsupportedOperationException.class, () -> first.clear(), "shared rows cannot be changed");
    }

    @Test
    void measuresOverTheSameLookedAfterRecordsShareOneReadOnlyInOneUnitOfWork() throws SQLException {
        CaseDataQueries plain = new CaseDataQueries(c);
        CaseDataQueries shared = plain.rememberingRows();
        int[] reads = new int[1];
        LookedAfterReads.Read<List<String>> read = () -> {
            reads[0]++;
            return List.of("rows");
        };
        List<String> first = LookedAfterReads.shared(shared, "health", read);
        assertSame(first, LookedAfterReads.shared(shared, "health", read), "dental checks use health's read");
        assertEquals(1, reads[0]);
        LookedAfterReads.shared(shared, "adoptions", read);
        assertEquals(2, reads[0], "another key is another read");
        LookedAfterReads.shared(plain, "health", read);
        LookedAfterReads.shared(plain, "health", read);
        assertEquals(4, reads[0], "ordinary queries read afresh");
        LookedAfterReads.shared(plain.rememberingRows(), "health", read);
        assertEquals(5, reads[0], "another unit of work reads again");
    }
}
