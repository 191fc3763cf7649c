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
import java.util.List;

/**
 * The whole records a statutory return copies field by field (SSDA903, the CIN census), where the
 * scorecard's {@link CaseDataQueries} rows keep only what a count needs. Plain JDBC on the caller's
 * connection, one statement per call; the caller runs the return with its own permission.
 */
public final class ReturnRecordQueries {

    /** At most this many ids are sent in one statement; larger sets are read in slices. */
    private static final int SLICE = 500;

    private final Connection connection;

    ReturnRecordQueries(Connection connection) {
        this.connection = connection;
    }

    /** Involvements of one kind with any day between the two dates, both included, every coded field with them. */
    public List<InvolvementDetailRow> involvementsOverlapping(String kind, LocalDate from, LocalDate to)
            throws SQLException {
        String sql = INVOLVEMENT_COLUMNS + " where kind = ? and start_date <= ? and (end_date is null or end_date >= ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, kind);
            statement.setDate(2, Date.valueOf(to));
            statement.setDate(3, Date.valueOf(from));
            return involvements(statement);
        }
    }

    /** Every involvement of the given persons of the given kinds, whatever its dates (a child's history before the year counts too). */
    public List<InvolvementDetailRow> involvementsOf(Collection<Long> personIds, Collection<String> kinds)
            throws SQLException {
        return involvementsOf(Persons.of(personIds), kinds);
    }

    /** Every involvement of the persons of the given kinds, whatever its dates. */
    public List<InvolvementDetailRow> involvementsOf(Persons persons, Collection<String> kinds) throws SQLException {
        List<String> kindList = List.copyOf(kinds);
        return readFor(persons, INVOLVEMENT_COLUMNS + " where kind in (" + marks(kindList.size()) + ") and ", "person_id",
                (statement, first) -> {
                    int i = first;
                    for (String kind : kindList) {
                        statement.setString(i++, kind);
                    }
                    return i;
                }, ReturnRecordQueries::involvement);
    }

    /** Every placement episode of the given persons, with every SSDA903 field core records. */
    public List<EpisodeDetailRow> episodesOf(Collection<Long> personIds) throws SQLException {
        return episodesOf(Persons.of(personIds));
    }

    /** Every placement episode of the persons, with every SSDA903 field core records. */
    public List<EpisodeDetailRow> episodesOf(Persons persons) throws SQLException {
        return readFor(persons, """
                select id, period_id, person_id, start_date, end_date, legal_status, placement_type,
                       placement_provider, reason_new_episode, reason_ceased, reason_place_change, placement_postcode,
                       placement_la, placement_location, placement_distance
                from core_placement_episode where\s""", "core_placement_episode.person_id", NO_PARAMETERS,
                rs -> new EpisodeDetailRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), date(rs, 4), date(rs, 5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getBigDecimal(15)));
    }

    /** Statutory reviews (looked-after, child protection, child in need) of the given persons between the two dates. */
    public List<ReviewRow> reviewsOf(Collection<Long> personIds, LocalDate from, LocalDate to) throws SQLException {
        return reviewsOf(Persons.of(personIds), from, to);
    }

    /** Statutory reviews of the persons between the two dates. */
    public List<ReviewRow> reviewsOf(Persons persons, LocalDate from, LocalDate to) throws SQLException {
        return readFor(persons, "select id, person_id, occurred_on, review_type, participation_code from core_activity"
                        + " where kind = 'REVIEW' and occurred_on >= ? and occurred_on <= ? and ", "person_id",
                (statement, first) -> {
                    statement.setDate(first, Date.valueOf(from));
                    statement.setDate(first + 1, Date.valueOf(to));
                    return first + 2;
                }, rs -> new ReviewRow(rs.getLong(1), rs.getLong(2), date(rs, 3), rs.getString(4), rs.getString(5)));
    }

    /** Every missing and away episode of the given persons, whatever its dates. */
    public List<MissingEpisodeRow> missingEpisodesOf(Collection<Long> personIds) throws SQLException {
        return missingEpisodesOf(Persons.of(personIds));
    }

    /** Every missing and away episode of the persons, whatever its dates. */
    public List<MissingEpisodeRow> missingEpisodesOf(Persons persons) throws SQLException {
        return readFor(persons, """
                select id, person_id, missing_kind, start_date, end_date, interview_offered, interview_accepted
                from core_missing_episode where\s""", "core_missing_episode.person_id", NO_PARAMETERS,
                rs -> new MissingEpisodeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5),
                        rs.getBoolean(6), rs.getBoolean(7)));
    }

    /** The health and wellbeing recorded for the given persons for the collection year ending on {@code yearEnding}. */
    public List<HealthOutcomeRow> healthOutcomesOf(Collection<Long> personIds, LocalDate yearEnding)
            throws SQLException {
        return healthOutcomesOf(Persons.of(personIds), yearEnding);
    }

    /** The health and wellbeing recorded for the persons for the collection year ending on {@code yearEnding}. */
    public List<HealthOutcomeRow> healthOutcomesOf(Persons persons, LocalDate yearEnding) throws SQLException {
        return readFor(persons, """
                select id, person_id, year_ending, health_check, teeth_check, immunisations, health_assessment,
                       sdq_score, sdq_reason, convicted, substance_misuse, intervention_received, intervention_offered
                from core_cla_health_outcome where year_ending = ? and\s""", "core_cla_health_outcome.person_id",
                (statement, first) -> {
                    statement.setDate(first, Date.valueOf(yearEnding));
                    return first + 1;
                }, rs -> new HealthOutcomeRow(rs.getLong(1), rs.getLong(2), date(rs, 3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), integer(rs, 8), rs.getString(9),
                        rs.getBoolean(10), rs.getBoolean(11), bool(rs, 12), bool(rs, 13)));
    }

    /** The standing looked-after facts (UASC, mother, previous permanence, adoption) of the given persons. */
    public List<LookedAfterStatusRow> lookedAfterStatusesOf(Collection<Long> personIds) throws SQLException {
        return lookedAfterStatusesOf(Persons.of(personIds));
    }

    /** The standing looked-after facts (UASC, mother, previous permanence, adoption) of the persons. */
    public List<LookedAfterStatusRow> lookedAfterStatusesOf(Persons persons) throws SQLException {
        return readFor(persons, """
                select id, person_id, uasc_from, uasc_ceased, mother, child_born_on, prev_perm, prev_perm_la,
                       prev_perm_date, adoption_decided_on, placement_order_on, adoption_matched_on,
                       placed_for_adoption_on, adoption_stopped_on, adoption_stopped_reason,
                       adopted_by_foster_carer, adopters_number, adopters_sex, adopters_legal_status
                from core_looked_after_status where\s""", "core_looked_after_status.person_id", NO_PARAMETERS,
                rs -> new LookedAfterStatusRow(rs.getLong(1), rs.getLong(2), date(rs, 3), date(rs, 4),
                        rs.getBoolean(5), date(rs, 6), rs.getString(7), rs.getString(8), date(rs, 9),
                        date(rs, 10), date(rs, 11), date(rs, 12), date(rs, 13), date(rs, 14),
                        rs.getString(15), rs.getBoolean(16), integer(rs, 17), rs.getString(18),
                        rs.getString(19)));
    }

    /** The census characteristics (disabilities, why there is no UPN) recorded for the given persons. */
    public List<ChildCharacteristicsRow> characteristicsOf(Collection<Long> personIds) throws SQLException {
        List<ChildCharacteristicsRow> rows = new ArrayList<>();
        for (List<Long> slice : slices(personIds)) {
            String sql = "select person_id, disabilities, upn_unknown from core_child_characteristics"
                    + " where person_id in (" + marks(slice.size()) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, 1, slice);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String codes = rs.getString(2);
                        rows.add(new ChildCharacteristicsRow(rs.getLong(1), codes == null || codes.isBlank()
                                ? List.of() : List.of(codes.trim().split("\\s+")), rs.getString(3)));
                    }
                }
            }
        }
        return rows;
    }

    /** Every allocation of the given persons' cases to a social worker, whatever its dates. */
    public List<WorkerEpisodeRow> workerEpisodesOf(Collection<Long> personIds) throws SQLException {
        return workerEpisodesOf(Persons.of(personIds));
    }

    /** Every allocation of the persons' cases to a social worker, whatever its dates. */
    public List<WorkerEpisodeRow> workerEpisodesOf(Persons persons) throws SQLException {
        return readFor(persons, """
                select a.id, c.person_id, a.case_file_id, a.worker_id, a.started_on, a.ended_on, a.change_reason
                from core_allocation a join core_case_file c on c.id = a.case_file_id where\s""", "c.person_id",
                NO_PARAMETERS, rs -> new WorkerEpisodeRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        date(rs, 5), date(rs, 6), rs.getString(7)));
    }

    /** The identifying and characteristic fields of the given persons a return carries. */
    public List<PersonRecordRow> persons(Collection<Long> personIds) throws SQLException {
        List<PersonRecordRow> rows = new ArrayList<>();
        for (List<Long> slice : slices(personIds)) {
            String sql = """
                    select id, date_of_birth, date_of_death, sex, ethnicity, upn, postcode, former_upn,
                           expected_birth_date
                    from core_person where id in (""" + marks(slice.size()) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, 1, slice);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new PersonRecordRow(rs.getLong(1), date(rs, 2), date(rs, 3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), date(rs, 9)));
                    }
                }
            }
        }
        return rows;
    }

    private static final String INVOLVEMENT_COLUMNS = """
            select id, person_id, kind, start_date, end_date, referral_id, source_code, primary_need, nfa,
                   closure_reason, completed_on, factors, outcome_code, icpc_date, category_code,
                   latest_category_code, leaver_status, in_touch, activity_code, accommodation_code
            from core_involvement""";

    private static List<InvolvementDetailRow> involvements(PreparedStatement statement) throws SQLException {
        List<InvolvementDetailRow> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(involvement(rs));
            }
        }
        return rows;
    }

    private static InvolvementDetailRow involvement(ResultSet rs) throws SQLException {
        Long referral = rs.getObject(6) == null ? null : rs.getLong(6);
        return new InvolvementDetailRow(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5),
                referral, rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10), date(rs, 11),
                rs.getString(12), rs.getString(13), date(rs, 14), rs.getString(15), rs.getString(16),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20));
    }

    /**
     * Runs {@code sql} (ending where the person condition goes) for the persons: listed ids in slices
     * of {@link #SLICE}, or the looked-after as one statement whose person condition is a subquery on
     * the episodes' dates, which the database answers with one join instead of a scan per slice.
     */
    private <T> List<T> readFor(Persons persons, String sql, String personColumn, Parameters parameters,
                                RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        if (persons.ids == null) {
            String filter = personColumn + " in (select e.person_id from core_placement_episode e"
                    + " where e.start_date <= ? and (e.end_date is null or e.end_date >= ?))";
            try (PreparedStatement statement = connection.prepareStatement(sql + filter)) {
                int i = parameters.bind(statement, 1);
                statement.setDate(i, Date.valueOf(persons.to));
                statement.setDate(i + 1, Date.valueOf(persons.from));
                collect(statement, reader, rows);
            }
            return rows;
        }
        for (List<Long> slice : slices(persons.ids)) {
            try (PreparedStatement statement = connection.prepareStatement(
                    sql + personColumn + " in (" + marks(slice.size()) + ")")) {
                bind(statement, parameters.bind(statement, 1), slice);
                collect(statement, reader, rows);
            }
        }
        return rows;
    }

    private static <T> void collect(PreparedStatement statement, RowReader<T> reader, List<T> rows)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
        }
    }

    /** Binds a statement's own parameters from {@code first}; returns the next free index. */
    @FunctionalInterface
    private interface Parameters {
        int bind(PreparedStatement statement, int first) throws SQLException;
    }

    private static final Parameters NO_PARAMETERS = (statement, first) -> first;

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Whose records a read returns: listed persons, or every person with a placement episode on any
     * day between two dates (the looked-after of a return's year, read without sending their ids).
     */
    public static final class Persons {

        private final List<Long> ids;
        private final LocalDate from;
        private final LocalDate to;

        private Persons(List<Long> ids, LocalDate from, LocalDate to) {
            this.ids = ids;
            this.from = from;
            this.to = to;
        }

        public static Persons of(Collection<Long> ids) {
            return new Persons(List.copyOf(ids), null, null);
        }

        /** Everyone with a placement episode on any day between the two dates, both included. */
        public static Persons lookedAfterBetween(LocalDate from, LocalDate to) {
            return new Persons(null, from, to);
        }
    }

    private static List<List<Long>> slices(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> slices = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SLICE) {
            slices.add(all.subList(i, Math.min(all.size(), i + SLICE)));
        }
        return slices;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static int bind(PreparedStatement statement, int first, List<Long> ids) throws SQLException {
        int i = first;
        for (Long id : ids) {
            statement.setLong(i++, id);
        }
        return i;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
