package org.harbour.youthjustice.benchmark;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.board.domain.StatutoryPartner;
import org.harbour.youthjustice.measures.domain.BoardAttendance;
import org.harbour.youthjustice.measures.domain.ChildTraits;
import org.harbour.youthjustice.measures.domain.CustodialSentences;
import org.harbour.youthjustice.measures.domain.Dimension;
import org.harbour.youthjustice.measures.domain.Disproportionality;
import org.harbour.youthjustice.measures.domain.FirstTimeEntrants;
import org.harbour.youthjustice.measures.domain.InterventionEnd;
import org.harbour.youthjustice.measures.domain.OutOfCourtCompletion;
import org.harbour.youthjustice.measures.domain.OutcomeFact;
import org.harbour.youthjustice.measures.domain.RemandFact;
import org.harbour.youthjustice.measures.domain.RemandStarts;
import org.harbour.youthjustice.measures.domain.ReoffendingByMonth;
import org.harbour.youthjustice.measures.domain.ReoffendingProxy;
import org.harbour.youthjustice.measures.domain.SeriousViolence;
import org.harbour.youthjustice.measures.domain.Stage;
import org.harbour.youthjustice.measures.domain.StatusAtEnd;
import org.harbour.youthjustice.measures.domain.StatusShare;
import org.harbour.youthjustice.measures.domain.VictimContact;
import org.harbour.youthjustice.measures.domain.VictimFact;
import org.harbour.youthjustice.measures.domain.WiderServices;
import org.harbour.youthjustice.outcome.domain.Rung;
import org.harbour.youthjustice.plan.domain.StatusFacts;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Times every youth justice measure over five years of a large service (2,000 children known to
 * it, generated, in an in-memory Derby database): the rows read as the module's repository reads
 * them and counted by the module's own code, month by month for 60 months (first time entrants,
 * custody, remands, serious violence, the YJB's KPIs at the end of orders, victims, out-of-court
 * completion, wider services, board attendance), the reoffending proxy of each of 20 quarterly
 * cohorts, and disproportionality by each dimension for each of five years. Beside it, the floor:
 * plain SQL doing the same counting with GROUP BY, with nothing built from it. Not a test; prints
 * the figures. Run: {@code ./mvnw -o -q -pl module-youth-justice -am -Pbenchmark -DskipTests verify}.
 */
public final class YouthJusticeBenchmark {

    private static final int CHILDREN = 2_000;
    private static final int MONTHS = 60;
    private static final int RUNS = 3;
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "APKN", "AIND", "BCRB", "BAFR", "MWBC",
            "OOTH", "REFU"};

    private final Random random = new Random(2026);
    private final LocalDate today = LocalDate.now();
    private final YearMonth to = YearMonth.from(today).minusMonths(1);
    private final YearMonth from = to.minusMonths(MONTHS - 1L);

    private YouthJusticeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new YouthJusticeBenchmark().run();
    }

    private void run() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:yj-benchmark;create=true")) {
            long rows = generate(c);
            System.out.printf("Youth justice benchmark: %,d children, %d months (%s to %s), %,d rows%n", CHILDREN, MONTHS, from, to, rows);
            for (int run = 1; run <= RUNS; run++) {
                long[] module = timed(() -> measures(c));
                long[] floor = timed(() -> floor(c));
                System.out.printf("  run %d: every YJ measure %,d ms (%,d figures); floor, plain SQL %,d ms (%,d rows)%n",
                        run, module[0], module[1], floor[0], floor[1]);
            }
            drillDownCheck();
            c.commit();
        }
    }

    /** The last run's figures whose people do not add up to the figure: the drill-down lists one row per child. */
    private List<Map<YearMonth, IndicatorCount>> lastMonthly = List.of();

    private void drillDownCheck() {
        for (int i = 0; i < lastMonthly.size(); i++) {
            int numeratorMonths = 0;
            int denominatorMonths = 0;
            for (IndicatorCount count : lastMonthly.get(i).values()) {
                if (count.numerator() != count.numeratorPeople().size()) {
                    numeratorMonths++;
                }
                if (count.denominator() != null && !count.denominatorPeople().isEmpty()
                        && count.denominator() != count.denominatorPeople().size()) {
                    denominatorMonths++;
                }
            }
            if (numeratorMonths + denominatorMonths > 0) {
                System.out.printf("  measure %d: months whose children differ from the numerator %d, from the denominator %d%n",
                        i, numeratorMonths, denominatorMonths);
            }
        }
    }

    private static long[] timed(Callable<Long> work) throws Exception {
        long start = System.nanoTime();
        long figures = work.call();
        return new long[] {(System.nanoTime() - start) / 1_000_000, figures};
    }

    // ---- the module's way: read the facts, count with the domain's rules

    private long measures(Connection c) throws SQLException {
        List<OutcomeFact> outcomes = outcomes(c);
        List<RemandFact> remands = new ArrayList<>();
        query(c, "select person_id, kind, started_on from yj_remand", rs -> remands.add(
                new RemandFact(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate())));
        Set<Long> serious = new HashSet<>();
        query(c, "select id from yj_offence where serious", rs -> serious.add(rs.getLong(1)));
        List<StatusAtEnd> ends = new ArrayList<>();
        query(c, "select person_id, taken_on, neet, accommodation, send_need, send_plan, mh_need, mh_offered, mh_attending, "
                + "sm_need, sm_offered, sm_attending from yj_status", rs -> ends.add(new StatusAtEnd(rs.getLong(1),
                rs.getDate(2).toLocalDate(), new StatusFacts(rs.getBoolean(4), 25, rs.getBoolean(3) ? 0 : 20, rs.getBoolean(3),
                rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10),
                rs.getBoolean(11), rs.getBoolean(12)))));
        List<VictimFact> victims = new ArrayList<>();
        query(c, "select person_id, asked_on, consent, views, informed, support, rj from yj_victim", rs -> victims.add(
                new VictimFact(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getBoolean(6), rs.getBoolean(7))));
        List<InterventionEnd> interventions = new ArrayList<>();
        query(c, "select person_id, started_on, ended_on, completed from yj_intervention", rs -> interventions.add(
                new InterventionEnd(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getBoolean(4))));
        List<BoardAttendance.Meeting> meetings = new ArrayList<>();
        query(c, "select met_on, statutory_present from yj_meeting", rs -> {
            Set<StatutoryPartner> present = EnumSet.noneOf(StatutoryPartner.class);
            for (int p = 0; p < rs.getInt(2); p++) {
                present.add(StatutoryPartner.values()[p]);
            }
            meetings.add(new BoardAttendance.Meeting(rs.getDate(1).toLocalDate(), present));
        });
        Map<Long, List<LocalDate[]>> wider = new HashMap<>();
        query(c, "select person_id, start_date, end_date from yj_wider", rs -> wider.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new LocalDate[] {rs.getDate(2).toLocalDate(), rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()}));
        Map<Long, ChildTraits> traits = new HashMap<>();
        query(c, "select id, ethnicity, sex, dob from yj_person", rs -> {
            long id = rs.getLong(1);
            List<LocalDate[]> spells = wider.getOrDefault(id, List.of());
            traits.put(id, new ChildTraits(id, rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                    day -> spells.stream().anyMatch(s -> !s[0].isAfter(day) && (s[1] == null || !s[1].isBefore(day)))));
        });

        List<Map<YearMonth, IndicatorCount>> monthly = new ArrayList<>();
        monthly.add(FirstTimeEntrants.count(outcomes, from, to));
        monthly.add(CustodialSentences.count(outcomes, from, to));
        monthly.add(RemandStarts.count(remands, "LOCAL_AUTHORITY", from, to));
        monthly.add(RemandStarts.count(remands, "YOUTH_DETENTION", from, to));
        monthly.add(SeriousViolence.count(outcomes, serious, from, to));
        for (StatusShare share : List.of(StatusShare.ETE, StatusShare.ACCOMMODATION, StatusShare.SEND_PLAN,
                StatusShare.MENTAL_HEALTH_OFFERED, StatusShare.MENTAL_HEALTH_ATTENDING, StatusShare.SUBSTANCE_MISUSE_OFFERED,
                StatusShare.SUBSTANCE_MISUSE_ATTENDING)) {
            monthly.add(share.count(ends, from, to));
        }
        for (VictimContact contact : VictimContact.values()) {
            monthly.add(contact.count(victims, from, to));
        }
        monthly.add(OutOfCourtCompletion.count(interventions, outcomes, from, to));
        monthly.add(WiderServices.count(ends, (child, day) -> traits.containsKey(child) && traits.get(child).lookedAfterOn().test(day),
                from, to));
        monthly.add(BoardAttendance.count(meetings, from, to));
        Map<YearMonth, ReoffendingProxy.Result> reoffending = ReoffendingByMonth.results(outcomes, List.of(), from, to,
                ReoffendingProxy.NATIONAL_TRACKING_MONTHS);
        monthly.add(ReoffendingByMonth.binary(reoffending));
        long figures = monthly.stream().mapToLong(Map::size).sum();
        lastMonthly = monthly;
        // The frequency counts reoffences and lists the reoffenders, so it is left out of the children's check.
        figures += ReoffendingByMonth.frequency(reoffending).size();

        for (YearMonth q = from; !q.isAfter(to); q = q.plusMonths(3)) {
            ReoffendingProxy.of(outcomes, q.atDay(1), q.plusMonths(2).atEndOfMonth());
            figures++;
        }
        for (int year = 0; year < MONTHS / 12; year++) {
            LocalDate start = from.plusMonths(12L * year).atDay(1);
            LocalDate end = start.plusYears(1).minusDays(1);
            List<Disproportionality.Event> events = new ArrayList<>();
            outcomes.stream().filter(o -> !o.quashed() && !o.outcomeOn().isBefore(start) && !o.outcomeOn().isAfter(end))
                    .forEach(o -> events.add(new Disproportionality.Event(o.personId(), Stage.of(o.rung()), o.outcomeOn())));
            remands.stream().filter(r -> !r.startedOn().isBefore(start) && !r.startedOn().isAfter(end))
                    .forEach(r -> events.add(new Disproportionality.Event(r.personId(), Stage.REMAND, r.startedOn())));
            for (Dimension d : Dimension.values()) {
                figures += Disproportionality.of(d, events, traits, Map.of()).size();
            }
        }
        return figures;
    }

    private List<OutcomeFact> outcomes(Connection c) throws SQLException {
        List<OutcomeFact> outcomes = new ArrayList<>();
        query(c, """
                select o.person_id, o.code, o.rung, o.substantive, o.custodial, o.statutory_order, o.turnaround, o.outcome_on,
                       o.offence_id, f.committed_on, o.quashed
                from yj_outcome o left join yj_offence f on f.id = o.offence_id""", rs -> {
            Long offence = rs.getObject(9) == null ? null : rs.getLong(9);
            outcomes.add(new OutcomeFact(rs.getLong(1), rs.getString(2), Rung.valueOf(rs.getString(3)), rs.getBoolean(4),
                    rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getDate(8).toLocalDate(), offence,
                    rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(), rs.getBoolean(11)));
        });
        return outcomes;
    }

    // ---- the floor: the same counting in plain SQL

    private long floor(Connection c) throws SQLException {
        String month = "year(%1$s) * 100 + month(%1$s)";
        List<String> queries = new ArrayList<>(List.of(
                "select " + month.formatted("first_on") + ", count(*) from (select o.person_id, min(case when o.rung = "
                        + "'OUT_OF_COURT' and f.committed_on is not null then f.committed_on else o.outcome_on end) as first_on "
                        + "from yj_outcome o left join yj_offence f on f.id = o.offence_id where o.substantive and not o.quashed "
                        + "group by o.person_id) t group by " + month.formatted("first_on"),
                "select " + month.formatted("outcome_on") + ", count(*) from (select distinct person_id, code, outcome_on from yj_outcome "
                        + "where custodial and not quashed) t group by " + month.formatted("outcome_on"),
                "select kind, " + month.formatted("started_on") + ", count(*) from yj_remand group by kind, " + month.formatted("started_on"),
                "select " + month.formatted("proven_on") + ", count(*) from (select o.offence_id, min(o.outcome_on) as proven_on "
                        + "from yj_outcome o join yj_offence f on f.id = o.offence_id where f.serious and o.substantive and not o.quashed "
                        + "group by o.offence_id) t group by " + month.formatted("proven_on"),
                "select " + month.formatted("taken_on") + ", count(*), sum(case when neet then 0 else 1 end), "
                        + "sum(case when accommodation then 1 else 0 end), sum(case when send_need then 1 else 0 end), "
                        + "sum(case when send_plan then 1 else 0 end), sum(case when mh_need then 1 else 0 end), "
                        + "sum(case when mh_offered then 1 else 0 end), sum(case when mh_attending then 1 else 0 end), "
                        + "sum(case when sm_need then 1 else 0 end), sum(case when sm_offered then 1 else 0 end), "
                        + "sum(case when sm_attending then 1 else 0 end) from yj_status group by " + month.formatted("taken_on"),
                "select " + month.formatted("asked_on") + ", count(*), sum(case when consent then 1 else 0 end), "
                        + "sum(case when views then 1 else 0 end), sum(case when informed then 1 else 0 end), "
                        + "sum(case when support then 1 else 0 end), sum(case when rj then 1 else 0 end) from yj_victim group by "
                        + month.formatted("asked_on"),
                "select " + month.formatted("i.ended_on") + ", count(*), sum(case when i.completed then 1 else 0 end) "
                        + "from yj_intervention i where (select max(o.rung) from yj_outcome o where o.person_id = i.person_id "
                        + "and not o.quashed and o.outcome_on = (select max(p.outcome_on) from yj_outcome p where p.person_id = i.person_id "
                        + "and not p.quashed and p.outcome_on <= i.started_on)) = 'OUT_OF_COURT' group by " + month.formatted("i.ended_on"),
                "select " + month.formatted("s.taken_on") + ", count(*) from yj_status s where exists (select 1 from yj_wider w "
                        + "where w.person_id = s.person_id and w.start_date <= s.taken_on and (w.end_date is null or w.end_date >= s.taken_on)) "
                        + "group by " + month.formatted("s.taken_on"),
                "select " + month.formatted("met_on") + ", sum(statutory_present), count(*) * 5 from yj_meeting group by "
                        + month.formatted("met_on")));
        for (YearMonth q = from; !q.isAfter(to); q = q.plusMonths(3)) {
            String start = q.atDay(1).toString();
            String end = q.plusMonths(2).atEndOfMonth().toString();
            // The cohort's children, each with each reoffence (Derby counts one DISTINCT a query; the rows are the counting).
            queries.add("select distinct c.person_id, r.offence_id from "
                    + "(select person_id, min(outcome_on) as start_on from yj_outcome where substantive and not quashed "
                    + "and outcome_on between '" + start + "' and '" + end + "' group by person_id) c left join (select o.person_id, "
                    + "o.offence_id, f.committed_on, o.outcome_on from yj_outcome o join yj_offence f on f.id = o.offence_id "
                    + "where o.substantive and not o.quashed) r on r.person_id = c.person_id and r.committed_on > c.start_on "
                    + "and r.committed_on <= date({fn timestampadd(SQL_TSI_DAY, 365, c.start_on)}) "
                    + "and r.outcome_on <= date({fn timestampadd(SQL_TSI_MONTH, 18, c.start_on)})");
        }
        for (int year = 0; year < MONTHS / 12; year++) {
            String start = from.plusMonths(12L * year).atDay(1).toString();
            String end = from.plusMonths(12L * year + 11).atEndOfMonth().toString();
            for (String group : List.of("substr(p.ethnicity, 1, 1)", "p.sex",
                    "case when {fn timestampdiff(SQL_TSI_YEAR, p.dob, o.outcome_on)} <= 14 then 1 else 2 end")) {
                queries.add("select g, rung, count(distinct person_id) from (select " + group + " as g, o.rung, o.person_id "
                        + "from yj_outcome o join yj_person p on p.id = o.person_id where not o.quashed and o.outcome_on between '"
                        + start + "' and '" + end + "') t group by g, rung");
            }
        }
        long rows = 0;
        for (String sql : queries) {
            long[] n = {0};
            query(c, sql, rs -> n[0]++);
            rows += n[0];
        }
        return rows;
    }

    // ---- generated records

    private long generate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table yj_person (id bigint primary key, ethnicity varchar(4), sex varchar(1), dob date)");
            s.execute("create table yj_offence (id bigint primary key, person_id bigint, committed_on date, serious boolean)");
            s.execute("create table yj_outcome (person_id bigint, code varchar(40), rung varchar(20), substantive boolean, "
                    + "custodial boolean, statutory_order boolean, turnaround boolean, outcome_on date, offence_id bigint, quashed boolean)");
            s.execute("create index yj_outcome_person on yj_outcome (person_id)");
            s.execute("create table yj_remand (person_id bigint, kind varchar(20), started_on date)");
            s.execute("create table yj_status (person_id bigint, taken_on date, neet boolean, accommodation boolean, send_need boolean, "
                    + "send_plan boolean, mh_need boolean, mh_offered boolean, mh_attending boolean, sm_need boolean, sm_offered boolean, "
                    + "sm_attending boolean)");
            s.execute("create table yj_victim (person_id bigint, asked_on date, consent boolean, views boolean, informed boolean, "
                    + "support boolean, rj boolean)");
            s.execute("create table yj_intervention (person_id bigint, started_on date, ended_on date, completed boolean)");
            s.execute("create table yj_meeting (met_on date, statutory_present int)");
            s.execute("create table yj_wider (person_id bigint, start_date date, end_date date)");
            s.execute("create index yj_wider_person on yj_wider (person_id)");
        }
        c.setAutoCommit(false);
        Batch persons = new Batch(c, "insert into yj_person values (?, ?, ?, ?)");
        Batch offences = new Batch(c, "insert into yj_offence values (?, ?, ?, ?)");
        Batch outcomes = new Batch(c, "insert into yj_outcome values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch remands = new Batch(c, "insert into yj_remand values (?, ?, ?)");
        Batch statuses = new Batch(c, "insert into yj_status values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch victims = new Batch(c, "insert into yj_victim values (?, ?, ?, ?, ?, ?, ?)");
        Batch interventions = new Batch(c, "insert into yj_intervention values (?, ?, ?, ?)");
        Batch wider = new Batch(c, "insert into yj_wider values (?, ?, ?)");
        LocalDate first = from.atDay(1);
        int days = (int) (to.atEndOfMonth().toEpochDay() - first.toEpochDay());
        long offenceId = 0;
        for (long child = 1; child <= CHILDREN; child++) {
            LocalDate start = first.plusDays(random.nextInt(days - 60));
            persons.add(child, ETHNICITIES[random.nextInt(ETHNICITIES.length)], random.nextInt(5) == 0 ? "F" : "M",
                    start.minusYears(10 + random.nextInt(7)).minusDays(random.nextInt(365)));
            if (random.nextInt(8) == 0) {
                wider.add(child, start.minusMonths(random.nextInt(24)), random.nextBoolean() ? null : start.plusMonths(6));
            }
            LocalDate day = start;
            for (int k = 0, n = 1 + random.nextInt(4); k < n && day.isBefore(today); k++) {
                offenceId++;
                int path = random.nextInt(100);
                boolean serious = path >= 70 && random.nextInt(3) == 0;
                offences.add(offenceId, child, day, serious);
                LocalDate outcomeOn = day.plusDays(14 + random.nextInt(60));
                if (path < 50) {
                    outcomes.add(child, "COMMUNITY_RESOLUTION", "DIVERSION", false, false, false, true, outcomeOn, offenceId, false);
                } else if (path < 75) {
                    outcomes.add(child, "YOUTH_CAUTION", "OUT_OF_COURT", true, false, false, true, outcomeOn, offenceId, false);
                    interventions.add(child, outcomeOn, outcomeOn.plusMonths(3), random.nextInt(4) != 0);
                } else if (path < 94) {
                    outcomes.add(child, "REFERRAL_ORDER", "COURT", true, false, true, false, outcomeOn, offenceId, false);
                } else {
                    remands.add(child, random.nextBoolean() ? "YOUTH_DETENTION" : "LOCAL_AUTHORITY", day.plusDays(2));
                    outcomes.add(child, "DETENTION_AND_TRAINING_ORDER", "CUSTODY", true, true, true, false, outcomeOn, offenceId,
                            random.nextInt(10) == 0);
                }
                if (path >= 50) {
                    boolean need = random.nextInt(3) == 0;
                    statuses.add(child, outcomeOn.plusMonths(6), random.nextInt(4) == 0, random.nextInt(10) != 0, need, need
                            && random.nextBoolean(), need, need && random.nextBoolean(), false, need, false, false);
                    if (random.nextBoolean()) {
                        boolean consent = random.nextInt(10) < 7;
                        victims.add(child, day.plusDays(10), consent, consent && random.nextBoolean(), consent, consent
                                && random.nextBoolean(), consent && random.nextBoolean());
                    }
                }
                day = day.plusDays(30 + random.nextInt(300));
            }
        }
        Batch meetings = new Batch(c, "insert into yj_meeting values (?, ?)");
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(3)) {
            meetings.add(m.atDay(15), 3 + random.nextInt(3));
        }
        long rows = 0;
        for (Batch b : List.of(persons, offences, outcomes, remands, statuses, victims, interventions, wider, meetings)) {
            rows += b.finish();
        }
        c.commit();
        return rows;
    }

    /** Inserts in batches of a thousand. */
    private static final class Batch {

        private final PreparedStatement statement;
        private long rows;

        Batch(Connection c, String sql) throws SQLException {
            this.statement = c.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                statement.setObject(i + 1, v instanceof LocalDate d ? Date.valueOf(d) : v);
            }
            statement.addBatch();
            if (++rows % 1000 == 0) {
                statement.executeBatch();
            }
        }

        long finish() throws SQLException {
            statement.executeBatch();
            statement.close();
            return rows;
        }
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Row row) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
