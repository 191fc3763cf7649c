package org.harbour.core.spi.casedata;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set-based queries over core's case tables, on a JDBC connection: one statement per call,
 * each over one date window and served by the tables' (kind, start, end) and date indexes. Plain
 * JDBC so the same SQL runs in the portal ({@link CaseData}) and in tools outside it.
 */
public final class CaseDataQueries {

    private final Connection connection;
    /** Rows already read, by query and dates; null when every call reads afresh. */
    private final Map<String, List<?>> remembered;

    public CaseDataQueries(Connection connection) {
        this(connection, null);
    }

    private CaseDataQueries(Connection connection, Map<String, List<?>> remembered) {
        this.connection = connection;
        this.remembered = remembered;
    }

    /**
     * Queries on the same connection that read each set of rows once and hand the same (unmodifiable)
     * rows to every later caller asking for the same query and dates: for one unit of read-only work
     * where several indicators need the same rows, such as a scorecard's recalculation.
     */
    public CaseDataQueries rememberingRows() {
        return remembered != null ? this : new CaseDataQueries(connection, new HashMap<>());
    }

    @FunctionalInterface
    private interface Query<T> {
        List<T> run() throws SQLException;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> once(String key, Query<T> query) throws SQLException {
        if (remembered == null) {
            return query.run();
        }
        List<?> rows = remembered.get(key);
        if (rows == null) {
            rows = Collections.unmodifiableList(query.run());
            remembered.put(key, rows);
        }
        return (List<T>) rows;
    }

    /** The whole records statutory returns copy, on the same connection. */
    public ReturnRecordQueries returnRecords() {
        return new ReturnRecordQueries(connection);
    }

    /** Involvements of one kind that started on or before {@code to} and had not ended before {@code from}. */
    public List<InvolvementRow> involvementsOverlapping(String kind, LocalDate from, LocalDate to) throws SQLException {
        return involvements("""
                kind = ? and start_date <= ? and (end_date is null or end_date >= ?)""", kind, to, from);
    }

    /** Involvements of one kind that started between the two dates, both included. */
    public List<InvolvementRow> involvementsStarted(String kind, LocalDate from, LocalDate to) throws SQLException {
        return involvements("kind = ? and start_date >= ? and start_date <= ?", kind, from, to);
    }

    /** Assessments authorised between the two dates, both included. */
    public List<InvolvementRow> assessmentsCompleted(LocalDate from, LocalDate to) throws SQLException {
        return involvements("kind = ? and completed_on >= ? and completed_on <= ?", "ASSESSMENT", from, to);
    }

    /**
     * Section 47 enquiries whose initial child protection conference was held between the two dates,
     * both included, whenever the enquiry started or ended.
     */
    public List<InvolvementRow> conferencesHeld(LocalDate from, LocalDate to) throws SQLException {
        return involvements("kind = ? and icpc_date >= ? and icpc_date <= ?", "SECTION_47", from, to);
    }

    private List<InvolvementRow> involvements(String where, String kind, LocalDate a, LocalDate b) throws SQLException {
        return once(where + kind + a + b, () -> readInvolvements(where, kind, a, b));
    }

    private List<InvolvementRow> readInvolvements(String where, String kind, LocalDate a, LocalDate b)
            throws SQLException {
        String sql = "select id, person_id, kind, start_date, end_date, referral_id, nfa, outcome_code, icpc_date,"
                + " completed_on, category_code from core_involvement where " + where;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, kind);
            statement.setDate(2, Date.valueOf(a));
            statement.setDate(3, Date.valueOf(b));
            List<InvolvementRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Long referral = rs.getObject(6) == null ? null : rs.getLong(6);
                    rows.add(new InvolvementRow(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5),
                            referral, rs.getBoolean(7),
                            rs.getString(8), date(rs, 9), date(rs, 10), rs.getString(11)));
                }
            }
            return rows;
        }
    }

    /** Placement episodes with any day between the two dates, both included. */
    public List<EpisodeRow> episodesOverlapping(LocalDate from, LocalDate to) throws SQLException {
        return episodes("""
                select id, period_id, person_id, start_date, end_date, reason_new_episode, placement_type,
                       placement_provider, legal_status
                from core_placement_episode where start_date <= ? and (end_date is null or end_date >= ?)""", from, to);
    }

    /**
     * Every placement episode of the looked-after periods with any day between the two dates, the
     * episodes before and after the dates included, so that each period's changes are whole.
     */
    public List<EpisodeRow> episodesOfPeriodsOverlapping(LocalDate from, LocalDate to) throws SQLException {
        return episodes("""
                select e.id, e.period_id, e.person_id, e.start_date, e.end_date, e.reason_new_episode,
                       e.placement_type, e.placement_provider, e.legal_status
                from core_placement_episode e join core_involvement p on p.id = e.period_id
                where p.start_date <= ? and (p.end_date is null or p.end_date >= ?)""", from, to);
    }

    private List<EpisodeRow> episodes(String sql, LocalDate from, LocalDate to) throws SQLException {
        return once(sql + from + to, () -> readEpisodes(sql, from, to));
    }

    private List<EpisodeRow> readEpisodes(String sql, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(to));
            statement.setDate(2, Date.valueOf(from));
            List<EpisodeRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new EpisodeRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), date(rs, 4), date(rs, 5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return rows;
        }
    }

    /** Activities of one kind ({@code VISIT}, {@code SUPERVISION}, ...) between the two dates, both included. */
    public List<ActivityRow> activities(String kind, LocalDate from, LocalDate to) throws SQLException {
        return once("activities" + kind + from + to, () -> readActivities(kind, from, to));
    }

    private List<ActivityRow> readActivities(String kind, LocalDate from, LocalDate to) throws SQLException {
        String sql = """
                select id, kind, case_file_id, person_id, occurred_on, visit_type, child_seen
                from core_activity where kind = ? and occurred_on >= ? and occurred_on <= ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, kind);
            statement.setDate(2, Date.valueOf(from));
            statement.setDate(3, Date.valueOf(to));
            List<ActivityRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ActivityRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), date(rs, 5),
                            rs.getString(6), rs.getBoolean(7)));
                }
            }
            return rows;
        }
    }

    /**
     * Statutory reviews held between the two dates, both included: looked-after reviews
     * ({@code CLA_REVIEW}), child protection review conferences ({@code CP_CONFERENCE}) and child in
     * need reviews ({@code CIN_REVIEW}).
     */
    public List<ReviewRow> reviews(LocalDate from, LocalDate to) throws SQLException {
        return once("reviews" + from + to, () -> readReviews(from, to));
    }

    private List<ReviewRow> readReviews(LocalDate from, LocalDate to) throws SQLException {
        String sql = """
                select id, person_id, occurred_on, review_type
                from core_activity where kind = 'REVIEW' and occurred_on >= ? and occurred_on <= ?""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            List<ReviewRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ReviewRow(rs.getLong(1), rs.getLong(2), date(rs, 3), rs.getString(4)));
                }
            }
            return rows;
        }
    }

    /**
     * The characteristics of the given persons counts are sliced by and returns carry (date of
     * birth, sex, ethnicity, postcode), no names; any number of ids, read in slices.
     */
    public List<PersonRecordRow> persons(Collection<Long> personIds) throws SQLException {
        return returnRecords().persons(personIds);
    }

    /** The name of every service area (team) by its id, as allocations carry it. */
    public Map<Long, String> serviceAreaNames() throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select id, name from core_service_area");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return names;
    }

    /** The display names of the given members of staff (allocated workers) by id; at most 1,000 ids a call. */
    public Map<Long, String> staffNames(Collection<Long> staffIds) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        if (staffIds.isEmpty()) {
            return names;
        }
        if (staffIds.size() > 1000) {
            throw new IllegalArgumentException("At most 1,000 staff a call, not " + staffIds.size());
        }
        String marks = String.join(",", Collections.nCopies(staffIds.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, display_name from core_staff_user where id in (" + marks + ")")) {
            int i = 1;
            for (Long id : staffIds) {
                statement.setLong(i++, id);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    /** Allocations held on any day between the two dates, both included. */
    public List<AllocationRow> allocationsOverlapping(LocalDate from, LocalDate to) throws SQLException {
        return once("allocations" + from + to, () -> readAllocations(from, to));
    }

    private List<AllocationRow> readAllocations(LocalDate from, LocalDate to) throws SQLException {
        String sql = """
                select a.case_file_id, c.person_id, a.worker_id, a.service_area_id, a.started_on, a.ended_on
                from core_allocation a join core_case_file c on c.id = a.case_file_id
                where a.started_on <= ? and (a.ended_on is null or a.ended_on >= ?)""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(to));
            statement.setDate(2, Date.valueOf(from));
            List<AllocationRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AllocationRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), date(rs, 5),
                            date(rs, 6)));
                }
            }
            return rows;
        }
    }

    /**
     * A mark that changes whenever a case record is added (the highest id of each case table read by
     * the indicators): cheap, from the tables' primary keys, so a cache of figures counted from the
     * records can tell that records were added since. Not changed by an edit of an existing record.
     */
    public String recordsAddedMark() throws SQLException {
        StringBuilder mark = new StringBuilder();
        for (String table : List.of("core_involvement", "core_placement_episode", "core_activity", "core_allocation")) {
            try (PreparedStatement statement = connection.prepareStatement("select max(id) from " + table);
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                mark.append(rs.getLong(1)).append(':');
            }
        }
        return mark.toString();
    }

    /** Names and dates of birth of the given persons, in no particular order; at most 1,000 ids a call. */
    public List<ChildRow> children(Collection<Long> personIds) throws SQLException {
        if (personIds.isEmpty()) {
            return List.of();
        }
        if (personIds.size() > 1000) {
            throw new IllegalArgumentException("At most 1,000 persons a call, not " + personIds.size());
        }
        String marks = String.join(",", java.util.Collections.nCopies(personIds.size(), "?"));
        String sql = "select id, given_name, family_name, date_of_birth from core_person where id in (" + marks + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Long id : personIds) {
                statement.setLong(i++, id);
            }
            List<ChildRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ChildRow(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs, 4)));
                }
            }
            return rows;
        }
    }

    /**
     * Names, dates of birth, teams and workers of the given persons, one row each, in no particular
     * order: the allocation held at the end of {@code on}, or else the latest one started by then.
     * At most 1,000 ids a call.
     */
    public List<ChildCaseholderRow> childrenWithCaseholders(Collection<Long> personIds, LocalDate on)
            throws SQLException {
        if (personIds.isEmpty()) {
            return List.of();
        }
        if (personIds.size() > 1000) {
            throw new IllegalArgumentException("At most 1,000 persons a call, not " + personIds.size());
        }
        String marks = String.join(",", java.util.Collections.nCopies(personIds.size(), "?"));
        String sql = """
                select p.id, p.given_name, p.family_name, p.date_of_birth, s.name, w.display_name, a.started_on,
                       a.ended_on, a.id
                from core_person p
                left join core_case_file c on c.person_id = p.id
                left join core_allocation a on a.case_file_id = c.id and a.started_on <= ?
                left join core_service_area s on s.id = a.service_area_id
                left join core_staff_user w on w.id = a.worker_id
                where p.id in (""" + marks + ")";
        Map<Long, ChildCaseholderRow> rows = new java.util.LinkedHashMap<>();
        Map<Long, AllocationRank> chosen = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(on));
            int i = 2;
            for (Long id : personIds) {
                statement.setLong(i++, id);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long person = rs.getLong(1);
                    LocalDate start = date(rs, 7);
                    LocalDate end = date(rs, 8);
                    long allocation = rs.getLong(9);
                    AllocationRank rank = new AllocationRank(start != null && (end == null || end.isAfter(on)), start,
                            allocation);
                    AllocationRank best = chosen.get(person);
                    if (best == null || rank.compareTo(best) > 0) {
                        chosen.put(person, rank);
                        rows.put(person, new ChildCaseholderRow(person, rs.getString(2), rs.getString(3), date(rs, 4),
                                start == null ? null : rs.getString(5), start == null ? null : rs.getString(6)));
                    }
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** Which of a child's allocations to show: one held on the day, else the latest started, else none. */
    private record AllocationRank(boolean held, LocalDate start, long id) implements Comparable<AllocationRank> {
        @Override
        public int compareTo(AllocationRank other) {
            if ((start == null) != (other.start == null)) {
                return start == null ? -1 : 1;
            }
            if (held != other.held) {
                return held ? 1 : -1;
            }
            int byStart = start == null ? 0 : start.compareTo(other.start);
            return byStart != 0 ? byStart : Long.compare(id, other.id);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
