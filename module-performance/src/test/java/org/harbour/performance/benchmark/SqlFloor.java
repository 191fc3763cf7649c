package org.harbour.performance.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorecard's aggregation done by the database alone: for each month, one statement per
 * indicator (26 x 13), each counting the numerator and denominator in SQL over the same rows the
 * portal reads. It is the floor the portal's recalculation is measured against, not a second
 * implementation: CP visits are due 14 calendar days after the last (not 10 working days), care
 * spells ignore a change between short breaks and care within one period, and every episode in the
 * year counts as a placement but those only changing the legal status or the adoption route.
 */
final class SqlFloor {

    /** One indicator's statement: month start (?1) and end (?2) bound as the statement says. */
    private record Statement(String id, String sql, int[] binds) {
    }

    private static final int START = 0;
    private static final int END = 1;
    private static final int YEAR_START = 2;
    private static final int LOOK_BACK = 3;

    private static final String OPEN_AT_END = " start_date <= ? and (end_date is null or end_date > ?)";
    private static final String IN_CARE = """
            select count(distinct p.person_id) from core_involvement p
            where p.kind = 'LOOKED_AFTER' and p.start_date <= ? and (p.end_date is null or p.end_date > ?)
              and not exists (select 1 from core_placement_episode e where e.period_id = p.id
                              and e.legal_status in ('V3', 'V4') and e.start_date <= ?
                              and (e.end_date is null or e.end_date > ?))""";
    private static final String PLACED = """
            from core_placement_episode e where e.start_date <= ? and (e.end_date is null or e.end_date > ?)
              and (e.legal_status is null or e.legal_status not in ('V3', 'V4'))""";
    private static final String MIX = "select count(*), coalesce(sum(t.of_sort), 0) from (select e.person_id, "
            + "max(case when %s then 1 else 0 end) as of_sort " + PLACED + " group by e.person_id) t";
    /** Each event of the month with the date of the previous one it is measured from, found by the tables' index. */
    private static final String TIMELY = """
            select count(*), coalesce(sum(case when %s and t.occurred_on <= cast({fn timestampadd(SQL_TSI_DAY, %s,
                       cast(t.prev as timestamp))} as date) then 1 else 0 end), 0)
            from (select v.occurred_on, v.child_seen, v.visit_type,
                         (select max(p.occurred_on) from core_activity p where %s and p.kind = v.kind
                            and p.occurred_on >= ? and p.occurred_on <= v.occurred_on
                            and (p.occurred_on < v.occurred_on or p.id < v.id)) as prev
                  from core_activity v where v.kind = '%s' and v.occurred_on >= ? and v.occurred_on <= ? %s) t
            where t.prev is not null
              and t.prev >= cast({fn timestampadd(SQL_TSI_MONTH, -12, cast(t.occurred_on as timestamp))} as date)""";
    /** Each social-care caseholder at month end and the children they hold. */
    private static final String HOLDERS = """
            select h.worker_id, h.children
            from (select a.worker_id, count(distinct c.person_id) as children from core_allocation a
                  join core_case_file c on c.id = a.case_file_id
                  where a.started_on <= ? and (a.ended_on is null or a.ended_on > ?) group by a.worker_id) h
            join (select distinct a2.worker_id from core_allocation a2
                  join core_case_file c2 on c2.id = a2.case_file_id
                  join core_involvement w on w.person_id = c2.person_id
                  where a2.started_on <= ? and (a2.ended_on is null or a2.ended_on > ?)
                    and w.kind in ('REFERRAL', 'ASSESSMENT', 'SECTION_47', 'CIN_PLAN', 'CP_PLAN', 'LOOKED_AFTER')
                    and w.start_date <= ? and (w.end_date is null or w.end_date > ?)) q on q.worker_id = h.worker_id""";


    private static List<Statement> statements() {
        List<Statement> s = new ArrayList<>();
        for (String[] kind : new String[][] {{"contacts", "CONTACT"}, {"referrals", "REFERRAL"},
                {"strategy-discussions", "STRATEGY_DISCUSSION"}, {"section-47s", "SECTION_47"}}) {
            s.add(new Statement(kind[0], "select count(*) from core_involvement where kind = '" + kind[1]
                    + "' and start_date >= ? and start_date <= ?", new int[] {START, END}));
        }
        s.add(new Statement("re-referrals", """
                select count(*), coalesce(sum(case when (select count(*) from core_involvement p
                    where p.kind = 'REFERRAL' and p.person_id = r.person_id and p.start_date >= cast({fn timestampadd(
                        SQL_TSI_MONTH, -12, cast(r.start_date as timestamp))} as date)
                      and (p.start_date < r.start_date or p.start_date = r.start_date and p.id < r.id)) > 0
                    then 1 else 0 end), 0)
                from core_involvement r where r.kind = 'REFERRAL' and r.start_date >= ? and r.start_date <= ?""",
                new int[] {START, END}));
        s.add(new Statement("referrals-nfa", "select count(*), coalesce(sum(case when nfa then 1 else 0 end), 0) "
                + "from core_involvement where kind = 'REFERRAL' and start_date >= ? and start_date <= ?",
                new int[] {START, END}));
        for (String id : List.of("assessments", "assessments-rate")) {
            s.add(new Statement(id, "select count(*) from core_involvement where kind = 'ASSESSMENT' "
                    + "and completed_on >= ? and completed_on <= ?", new int[] {START, END}));
        }
        s.add(new Statement("cin-plans", "select count(distinct person_id) from core_involvement "
                + "where kind = 'CIN_PLAN' and" + OPEN_AT_END, new int[] {END, END}));
        s.add(new Statement("s47-to-icpc", "select count(*), coalesce(sum(case when outcome_code = 'ICPC' then 1 "
                + "else 0 end), 0) from core_involvement where kind = 'SECTION_47' and end_date >= ? "
                + "and end_date <= ?", new int[] {START, END}));
        for (String id : List.of("cp-plans", "cp-rate")) {
            s.add(new Statement(id, "select count(distinct person_id) from core_involvement "
                    + "where kind = 'CP_PLAN' and" + OPEN_AT_END, new int[] {END, END}));
        }
        s.add(new Statement("cp-second-plan", """
                select count(*), coalesce(sum(case when (select count(*) from core_involvement o
                    where o.kind = 'CP_PLAN' and o.person_id = c.person_id
                      and (o.start_date < c.start_date or o.start_date = c.start_date and o.id < c.id)) > 0
                    then 1 else 0 end), 0)
                from core_involvement c where c.kind = 'CP_PLAN' and c.start_date >= ? and c.start_date <= ?""",
                new int[] {START, END}));
        for (String id : List.of("cla", "cla-rate")) {
            s.add(new Statement(id, IN_CARE, new int[] {END, END, END, END}));
        }
        s.add(new Statement("cla-entrants", "select count(distinct person_id) from core_involvement "
                + "where kind = 'LOOKED_AFTER' and start_date >= ? and start_date <= ?", new int[] {START, END}));
        s.add(new Statement("cla-leavers", "select count(distinct person_id) from core_involvement "
                + "where kind = 'LOOKED_AFTER' and end_date >= ? and end_date <= ?", new int[] {START, END}));
        s.add(new Statement("placement-stability", """
                select count(*), coalesce(sum(case when t.moves >= 3 then 1 else 0 end), 0)
                from (select e.person_id, sum(case when e.reason_new_episode = 'L' or e.placement_type in ('A5', 'A6')
                          and e.reason_new_episode in ('T', 'U') then 0 else 1 end) as moves,
                          max(case when e.end_date is null or e.end_date > ? then 1 else 0 end) as open_at_end
                      from core_placement_episode e
                      where e.start_date <= ? and (e.end_date is null or e.end_date >= ?)
                        and (e.legal_status is null or e.legal_status not in ('V3', 'V4'))
                      group by e.person_id) t
                where t.open_at_end = 1""", new int[] {END, END, YEAR_START}));
        Map<String, String> mix = new LinkedHashMap<>();
        mix.put("placement-ifa", "e.placement_type in ('U1','U2','U3','U4','U5','U6') "
                + "and e.placement_provider in ('PR4','PR5')");
        mix.put("placement-in-house", "e.placement_type in ('U1','U2','U3','U4','U5','U6') "
                + "and e.placement_provider = 'PR1'");
        mix.put("placement-residential", "e.placement_type in ('K1','K2','R1','S1') "
                + "and e.placement_provider in ('PR4','PR5')");
        mix.put("placement-unregulated", "e.placement_type = 'Z13'");
        mix.forEach((id, sort) -> s.add(new Statement(id, MIX.formatted(sort), new int[] {END, END})));
        s.add(new Statement("visits-in-timescale", TIMELY.formatted("t.child_seen",
                "case t.visit_type when 'CP' then 14 when 'EARLY_HELP' then 28 else 42 end",
                "p.person_id = v.person_id and p.visit_type = v.visit_type and p.child_seen", "VISIT",
                "and v.visit_type in ('CIN', 'CP', 'CLA', 'EARLY_HELP')"), new int[] {LOOK_BACK, START, END}));
        s.add(new Statement("supervision-in-timescale", TIMELY.formatted("true", "28",
                "p.case_file_id = v.case_file_id", "SUPERVISION", ""), new int[] {LOOK_BACK, START, END}));
        s.add(new Statement("caseload-per-worker", "select count(*), coalesce(sum(t.children), 0) from (" + HOLDERS + ") t",
                new int[] {END, END, END, END, END, END}));
        s.add(new Statement("caseholders-20-plus", "select count(*) from (" + HOLDERS + ") t where t.children >= 20",
                new int[] {END, END, END, END, END, END}));
        return s;
    }

    private SqlFloor() {
    }

    static int indicators() {
        return statements().size();
    }

    /** Every statement for every month of the window: the figures as the database counts them, by id and month. */
    static Map<String, Map<YearMonth, long[]>> count(Connection c, YearMonth first, YearMonth last) throws SQLException {
        Map<String, Map<YearMonth, long[]>> result = new LinkedHashMap<>();
        List<Statement> statements = statements();
        for (Statement statement : statements) {
            long started = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    LocalDate[] dates = {m.atDay(1), m.atEndOfMonth(), m.atEndOfMonth().minusYears(1).plusDays(1),
                            m.atDay(1).minusMonths(12)};
                    for (int i = 0; i < statement.binds().length; i++) {
                        ps.setDate(i + 1, Date.valueOf(dates[statement.binds()[i]]));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        long[] figure = rs.getMetaData().getColumnCount() == 1 ? new long[] {rs.getLong(1)}
                                : new long[] {rs.getLong(2), rs.getLong(1)};
                        result.computeIfAbsent(statement.id(), k -> new LinkedHashMap<>()).put(m, figure);
                    }
                }
            }
            if (Boolean.getBoolean("bench.trace")) {
                System.out.printf("  %-26s %6d ms%n", statement.id(), (System.nanoTime() - started) / 1_000_000);
            }
        }
        return result;
    }
}
