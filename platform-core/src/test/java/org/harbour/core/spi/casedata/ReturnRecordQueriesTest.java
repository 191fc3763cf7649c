package org.harbour.core.spi.casedata;

import org.flywaydb.core.Flyway;
import org.harbour.core.spi.casedata.ReturnRecordQueries.Persons;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The looked-after of a year read by the year's dates (one statement per table) give the same
 * records as the same children read by their ids, and no one else's: on the real schema, with
 * children in care across the year, before it, after it, and slices of ids larger than one statement takes.
 */
class ReturnRecordQueriesTest {

    private static final String URL = "jdbc:derby:memory:return-records-" + UUID.randomUUID();
    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private Connection c;

    @BeforeAll
    static void schema() {
        Flyway.configure().dataSource(URL + ";create=true", "", "").locations("classpath:db/migration/core")
                .table("core_schema_history").placeholders(Map.of("binary_type", "BLOB")).load().migrate();
    }

    @AfterAll
    static void drop() {
        try {
            DriverManager.getConnection(URL + ";drop=true");
        } catch (SQLException dropped) {
            // Derby answers a dropped database with an exception.
        }
    }

    @BeforeEach
    void connect() throws SQLException {
        c = DriverManager.getConnection(URL);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void theYearsLookedAfterReadByDatesEqualThemReadByIds() throws SQLException {
        String family = "Records-" + UUID.randomUUID();
        List<Long> inYear = new ArrayList<>();
        // More than one slice of ids, so the by-id read takes several statements.
        for (int i = 0; i < 620; i++) {
            long child = person(family);
            // In care since before the year or from a day in it; open, or ended in the year.
            LocalDate start = i % 2 == 0 ? FROM.minusYears(1) : FROM.plusDays(i % 300);
            LocalDate end = i % 3 == 0 ? null : i % 2 == 0 ? FROM.plusDays(i % 200) : start.plusDays(40);
            episode(child, start, end);
            missing(child, start.plusDays(10));
            if (i % 5 == 0) {
                episode(child, end == null ? TO.plusDays(5) : end, null);
            }
            inYear.add(child);
        }
        long leftBefore = person(family);
        episode(leftBefore, FROM.minusYears(2), FROM.minusDays(1));
        missing(leftBefore, FROM.minusYears(2).plusDays(3));
        long startedAfter = person(family);
        episode(startedAfter, TO.plusDays(1), null);
        missing(startedAfter, TO.plusDays(4));

        ReturnRecordQueries records = new CaseDataQueries(c).returnRecords();
        Persons byDates = Persons.lookedAfterBetween(FROM, TO);
        List<Long> everyoneInYear = new ArrayList<>(inYear);
        everyoneInYear.addAll(peopleInCareBefore(family));

        assertThat(records.missingEpisodesOf(byDates))
                .containsExactlyInAnyOrderElementsOf(records.missingEpisodesOf(everyoneInYear))
                .extracting(MissingEpisodeRow::personId).doesNotContain(leftBefore, startedAfter);
        assertThat(records.episodesOf(byDates))
                .containsExactlyInAnyOrderElementsOf(records.episodesOf(everyoneInYear))
                .extracting(EpisodeDetailRow::personId).doesNotContain(leftBefore, startedAfter);
        assertThat(records.involvementsOf(byDates, List.of("LOOKED_AFTER")))
                .containsExactlyInAnyOrderElementsOf(records.involvementsOf(everyoneInYear, List.of("LOOKED_AFTER")));
        assertThat(records.missingEpisodesOf(byDates)).extracting(MissingEpisodeRow::personId)
                .containsAll(inYear);
    }

    /** Everyone already in the database with an episode in the year (earlier tests' children, if any). */
    private List<Long> peopleInCareBefore(String family) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select distinct e.person_id from core_placement_episode e join core_person p on p.id = e.person_id
                where p.family_name <> ? and e.start_date <= ? and (e.end_date is null or e.end_date >= ?)""")) {
            s.setString(1, family);
            s.setDate(2, Date.valueOf(TO));
            s.setDate(3, Date.valueOf(FROM));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private long person(String family) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into core_person (given_name, family_name, sex,"
                + " date_of_birth) values ('Child', ?, 'F', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, family);
            s.setDate(2, Date.valueOf(LocalDate.of(2012, 6, 1)));
            s.executeUpdate();
            return key(s);
        }
    }

    private void episode(long person, LocalDate start, LocalDate end) throws SQLException {
        long period;
        try (PreparedStatement s = c.prepareStatement("insert into core_involvement (person_id, kind, start_date,"
                + " end_date, recorded_by, recorded_at) values (?, 'LOOKED_AFTER', ?, ?, 'test', current_timestamp)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, person);
            s.setDate(2, Date.valueOf(start));
            s.setDate(3, end == null ? null : Date.valueOf(end));
            s.executeUpdate();
            period = key(s);
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into core_placement_episode (period_id, person_id, start_date, end_date, legal_status,
                    placement_type, placement_provider, reason_new_episode, recorded_by, recorded_at)
                values (?, ?, ?, ?, 'C2', 'U4', 'PR1', 'S', 'test', current_timestamp)""")) {
            s.setLong(1, period);
            s.setLong(2, person);
            s.setDate(3, Date.valueOf(start));
            s.setDate(4, end == null ? null : Date.valueOf(end));
            s.executeUpdate();
        }
    }

    private void missing(long person, LocalDate start) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into core_missing_episode (person_id, missing_kind, start_date, end_date, recorded_by,
                    recorded_at) values (?, 'M', ?, ?, 'test', current_timestamp)""")) {
            s.setLong(1, person);
            s.setDate(2, Date.valueOf(start));
            s.setDate(3, Date.valueOf(start.plusDays(2)));
            s.executeUpdate();
        }
    }

    private static long key(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
