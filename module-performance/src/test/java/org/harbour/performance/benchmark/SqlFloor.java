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
 * computed indicator (every one the portal counts, x 13), each counting the numerator and
 * denominator in SQL over the same rows the portal reads; on PostgreSQL the measures measured from
 * the previous event (visits, supervisions, re-referrals) count the 13 months in one window-function
 * pass grouped by month, as that database does best (the caseloads at every month end in one statement
 * were slower there than one statement a month). It is the floor the portal's
 * recalculation is measured against, not a second implementation, so it simplifies where exact
 * SQL would only add cost: CP visits are due 14 calendar days after the last (not 10 working days),
 * the first looked-after review 28 calendar days after care began (not 20 working days) and every
 * later review within 6 months, care spells ignore a change between short breaks and care within one
 * period, every episode in the year counts as a placement but those only changing the legal status
 * or the adoption route, long-term stability takes the current episode's start as the placement's,
 * a child on two CP plans takes the highest category code, and A10's foster placement is the episode
 * before the first placement for adoption.
 */
final class SqlFloor {

    /** One indicator's statement: month start (?1) and end (?2) bound as the statement says. */
    private record Statement(String id, String sql, int[] binds, boolean wholeWindow) {
        Statement(String id, String sql, int[] binds) {
            this(id, sql, binds, false);
        }

        /**
         * One statement for the window's 13 months at once, grouped by month ('YYYY-MM', denominator,
         * numerator): START and LOOK_BACK bind the first month's, END the last month's.
         */
        static Statement wholeWindow(String id, String sql, int[] binds) {
            return new Statement(id, sql, binds, true);
        }
    }

    private static final int START = 0;
    private static final int END = 1;
    private static final int YEAR_START = 2;
    private static final int LOOK_BACK = 3;
    private static final int THREE_YEARS = 4;
    private static final int SIX_MONTHS = 5;
    private static final int YEAR_ENDING = 6;
    private static final int YEAR_ENDING_LESS_YEAR = 7;
    private static final int END_LESS_2_YEARS = 8;
    private static final int END_LESS_30_MONTHS = 9;
    private static final int END_LESS_16_YEARS = 10;
    private static final int END_LESS_19_YEARS = 11;
    private static final int END_LESS_22_YEARS = 12;
    private static final int END_LESS_3_MONTHS = 13;
    private static final String SOCIAL_CARE = "('REFERRAL', 'ASSESSMENT', 'SECTION_47', 'CIN_PLAN', 'CP_PLAN', "
            + "'LOOKED_AFTER')";
    private static final String NOT_ON_SHORT_BREAK = """
             and not exists (select 1 from core_placement_episode e where e.period_id = p.id
                             and e.legal_status in ('V3', 'V4') and e.start_date <= ?
                             and (e.end_date is null or e.end_date > ?))""";
    private static final String ADOPTED = """
            select e.period_id, e.person_id, (select min(a.start_date) from core_placement_episode a
                    where a.period_id = e.period_id and a.placement_type in ('A3', 'A4', 'A5', 'A6')) as moved
            from core_placement_episode e
            where e.reason_ceased in ('E11', 'E12') and e.end_date >= ? and e.end_date <= ?""";
    /** Reviews in time: none held by a first due date passed, a first held late, or a gap longer than allowed. */
    private static final String REVIEWS = """
            select count(*), coalesce(sum(case when t.late = 0 then 1 else 0 end), 0)
            from (select p.person_id, case
                    when (select min(r.occurred_on) from core_activity r where r.kind = 'REVIEW'
                          and r.review_type = '%1$s' and r.person_id = p.person_id and r.occurred_on >= p.start_date
                          and r.occurred_on <= ?) is null then 1
                    when (select min(r.occurred_on) from core_activity r where r.kind = 'REVIEW'
                          and r.review_type = '%1$s' and r.person_id = p.person_id and r.occurred_on >= p.start_date)
                         > cast({fn timestampadd(%2$s, cast(p.start_date as timestamp))} as date) then 1
                    when (select count(*) from core_activity r where r.kind = 'REVIEW' and r.review_type = '%1$s'
                          and r.person_id = p.person_id and r.occurred_on >= p.start_date and r.occurred_on <= ?
                          and coalesce((select min(n.occurred_on) from core_activity n where n.kind = 'REVIEW'
                                 and n.review_type = '%1$s' and n.person_id = r.person_id
                                 and n.occurred_on > r.occurred_on and n.occurred_on <= ?), ?)
                              > cast({fn timestampadd(SQL_TSI_MONTH, 6, cast(r.occurred_on as timestamp))} as date)) > 0
                         then 1
                    else 0 end as late
                  from core_involvement p where p.kind = '%3$s' and p.start_date <= ?
                    and (p.end_date is null or p.end_date > ?)) t""";

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
    /**
     * Each event of the month measured from the latest earlier one (ties broken by id): it is measured when one
     * falls in the twelve months before it, and in time when one falls within the timescale before it. Two
     * look-ups by the table's index that stop at the first row found, rather than finding the latest.
     */
    private static final String TIMELY = """
            select count(*), coalesce(sum(case when %1$s and (select count(*) from core_activity p
                       where %3$s and p.kind = v.kind and p.occurred_on <= v.occurred_on
                         and p.occurred_on >= cast({fn timestampadd(SQL_TSI_DAY, -(%2$s), cast(v.occurred_on as timestamp))}
                             as date)
                         and (p.occurred_on < v.occurred_on or p.id < v.id)) > 0 then 1 else 0 end), 0)
            from core_activity v where v.kind = '%4$s' and v.occurred_on >= ? and v.occurred_on <= ? %5$s
              and exists (select 1 from core_activity p where %3$s and p.kind = v.kind
                          and p.occurred_on <= v.occurred_on
                          and p.occurred_on >= cast({fn timestampadd(SQL_TSI_MONTH, -12, cast(v.occurred_on as timestamp))}
                              as date)
                          and (p.occurred_on < v.occurred_on or p.id < v.id))""";
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


    private final ScorecardBenchmark.Database database;

    SqlFloor(ScorecardBenchmark.Database database) {
        this.database = database;
    }

    private List<Statement> statements() {
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
        s.add(new Statement("visits-in-timescale", TIMELY.formatted("v.child_seen",
                "case v.visit_type when 'CP' then 14 when 'EARLY_HELP' then 28 else 42 end",
                "p.person_id = v.person_id and p.visit_type = v.visit_type and p.child_seen", "VISIT",
                "and v.visit_type in ('CIN', 'CP', 'CLA', 'EARLY_HELP')"), new int[] {START, END}));
        s.add(new Statement("supervision-in-timescale", TIMELY.formatted("true", "28",
                "p.case_file_id = v.case_file_id", "SUPERVISION", ""), new int[] {START, END}));
        s.add(new Statement("caseload-per-worker", "select count(*), coalesce(sum(t.children), 0) from (" + HOLDERS + ") t",
                new int[] {END, END, END, END, END, END}));
        s.add(new Statement("caseholders-20-plus", "select count(*) from (" + HOLDERS + ") t where t.children >= 20",
                new int[] {END, END, END, END, END, END}));
        for (String[] kind : new String[][] {{"referrals-rate", "REFERRAL"}, {"section-47s-rate", "SECTION_47"},
                {"cp-plan-starts-rate", "CP_PLAN"}, {"early-help-starts", "EARLY_HELP"}}) {
            s.add(new Statement(kind[0], "select count(*) from core_involvement where kind = '" + kind[1]
                    + "' and start_date >= ? and start_date <= ?", new int[] {START, END}));
        }
        for (String[] open : new String[][] {{"children-in-need", "REFERRAL"}, {"children-in-need-rate", "REFERRAL"},
                {"early-help", "EARLY_HELP"}}) {
            s.add(new Statement(open[0], "select count(distinct person_id) from core_involvement where kind = '"
                    + open[1] + "' and" + OPEN_AT_END, new int[] {END, END}));
        }
        s.add(new Statement("assessments-45-days", """
                select count(*), coalesce(sum(case when w2.n - w1.n <= 45 then 1 else 0 end), 0)
                from core_involvement a join bench_working_day w1 on w1.day = a.start_date
                join bench_working_day w2 on w2.day = a.completed_on
                where a.kind = 'ASSESSMENT' and a.completed_on >= ? and a.completed_on <= ?""", new int[] {START, END}));
        s.add(new Statement("icpc-15-days", """
                select count(*), coalesce(sum(case when w2.n - w1.n <= 15 then 1 else 0 end), 0)
                from core_involvement a join bench_working_day w1 on w1.day = a.start_date
                join bench_working_day w2 on w2.day = a.icpc_date
                where a.kind = 'SECTION_47' and a.icpc_date >= ? and a.icpc_date <= ?""", new int[] {START, END}));
        s.add(new Statement("cp-ended-2-years", """
                select count(*), coalesce(sum(case when end_date >= cast({fn timestampadd(SQL_TSI_YEAR, 2,
                    cast(start_date as timestamp))} as date) then 1 else 0 end), 0)
                from core_involvement where kind = 'CP_PLAN' and end_date >= ? and end_date <= ?""",
                new int[] {START, END}));
        s.add(new Statement("cp-open-2-years", "select count(*), coalesce(sum(case when t.first_start <= ? then 1 "
                + "else 0 end), 0) from (select person_id, min(start_date) as first_start from core_involvement "
                + "where kind = 'CP_PLAN' and" + OPEN_AT_END + " group by person_id) t",
                new int[] {END_LESS_2_YEARS, END, END}));
        for (String category : List.of("NEG", "PHY", "SAB", "EMO", "MUL")) {
            s.add(new Statement("cp-category-" + category.toLowerCase(java.util.Locale.ROOT), "select count(*), "
                    + "coalesce(sum(case when t.category = '" + category + "' then 1 else 0 end), 0) from (select "
                    + "person_id, max(category_code) as category from core_involvement where kind = 'CP_PLAN' and"
                    + OPEN_AT_END + " group by person_id) t", new int[] {END, END}));
        }
        s.add(new Statement("cp-reviews-in-time", REVIEWS.formatted("CP_CONFERENCE", "SQL_TSI_MONTH, 3", "CP_PLAN"),
                new int[] {END, END, END, END, END_LESS_3_MONTHS, END}));
        s.add(new Statement("cla-reviews-in-time", REVIEWS.formatted("CLA_REVIEW", "SQL_TSI_DAY, 28", "LOOKED_AFTER"),
                new int[] {END, END, END, END, END_LESS_3_MONTHS, END}));
        s.add(new Statement("placement-long-term", """
                select count(*), coalesce(sum(case when e.start_date <= ? then 1 else 0 end), 0)
                from core_involvement p join core_person c on c.id = p.person_id
                left join core_placement_episode e on e.period_id = p.id and e.start_date <= ?
                     and (e.end_date is null or e.end_date > ?)
                where p.kind = 'LOOKED_AFTER' and p.start_date <= ? and (p.end_date is null or p.end_date > ?)
                  and c.date_of_birth > ?""", new int[] {END_LESS_2_YEARS, END, END, END_LESS_30_MONTHS, END,
                END_LESS_16_YEARS}));
        Map<String, String> leavers = new LinkedHashMap<>();
        leavers.put("care-leavers-in-touch", "l.in_touch = 'YES'");
        leavers.put("care-leavers-suitable-accommodation", "l.accommodation_code like '%1'");
        leavers.put("care-leavers-eet", "substr(l.activity_code, 1, 1) in ('F', 'P') "
                + "and substr(l.activity_code, 2, 1) in ('1', '2', '3', '4')");
        leavers.forEach((id, outcome) -> s.add(new Statement(id, "select count(*), coalesce(sum(case when "
                + outcome + " then 1 else 0 end), 0) from core_involvement l join core_person c on c.id = l.person_id "
                + "where l.kind = 'CARE_LEAVER' and l.start_date <= ? and (l.end_date is null or l.end_date > ?) "
                + "and c.date_of_birth <= ? and c.date_of_birth > ?",
                new int[] {END, END, END_LESS_19_YEARS, END_LESS_22_YEARS})));
        s.add(new Statement("children-2-plus-workers", """
                select count(*), coalesce(sum(case when t.workers >= 2 then 1 else 0 end), 0)
                from (select c.person_id, count(distinct a.worker_id) as workers from core_allocation a
                      join core_case_file c on c.id = a.case_file_id
                      where a.started_on <= ? and (a.ended_on is null or a.ended_on >= ?)
                        and exists (select 1 from core_allocation a3 join core_case_file c3 on c3.id = a3.case_file_id
                                    where c3.person_id = c.person_id and a3.started_on <= ?
                                      and (a3.ended_on is null or a3.ended_on > ?))
                        and exists (select 1 from core_involvement w where w.person_id = c.person_id
                                    and w.kind in """ + SOCIAL_CARE + """
                                     and w.start_date <= ? and (w.end_date is null or w.end_date > ?))
                      group by c.person_id) t""", new int[] {END, SIX_MONTHS, END, END, END, END}));
        s.add(new Statement("cla-uasc", """
                select count(distinct p.person_id) from core_involvement p
                join core_looked_after_status u on u.person_id = p.person_id
                where p.kind = 'LOOKED_AFTER' and p.start_date <= ? and (p.end_date is null or p.end_date > ?)
                  and u.uasc_from <= ? and (u.uasc_ceased is null or u.uasc_ceased > ?)""" + NOT_ON_SHORT_BREAK,
                new int[] {END, END, END, END, END, END}));
        s.add(new Statement("placements-over-20-miles", """
                select count(*), coalesce(sum(t.far), 0)
                from (select p.person_id, max(case when e.placement_distance > 20 then 1 else 0 end) as far
                      from core_involvement p left join core_placement_episode e on e.period_id = p.id
                           and e.start_date <= ? and (e.end_date is null or e.end_date > ?)
                      where p.kind = 'LOOKED_AFTER' and p.start_date <= ? and (p.end_date is null or p.end_date > ?)
                      """ + NOT_ON_SHORT_BREAK + """

                      group by p.person_id) t""", new int[] {END, END, END, END, END, END}));
        s.add(new Statement("cla-missing", """
                select count(*), coalesce(sum(t.went), 0)
                from (select p.person_id, max(case when (select count(*) from core_missing_episode m
                          where m.person_id = p.person_id and m.missing_kind = 'M' and m.start_date >= ?
                            and m.start_date <= ? and m.start_date >= p.start_date
                            and (p.end_date is null or m.start_date <= p.end_date)) > 0 then 1 else 0 end) as went
                      from core_involvement p where p.kind = 'LOOKED_AFTER' and p.start_date <= ?
                        and (p.end_date is null or p.end_date >= ?)
                      group by p.person_id) t""", new int[] {YEAR_START, END, END, YEAR_START}));
        s.add(new Statement("cla-missing-incidents", """
                select count(*) from core_missing_episode m
                where m.missing_kind = 'M' and m.start_date >= ? and m.start_date <= ?
                  and exists (select 1 from core_involvement p where p.person_id = m.person_id
                              and p.kind = 'LOOKED_AFTER' and p.start_date <= m.start_date
                              and (p.end_date is null or p.end_date >= m.start_date))""", new int[] {START, END}));
        Map<String, String> left = new LinkedHashMap<>();
        left.put("cla-left-returned-home", "('E4A', 'E4B')");
        left.put("cla-left-sgo", "('E45', 'E46')");
        left.put("cla-left-adopted", "('E11', 'E12')");
        left.forEach((id, reasons) -> s.add(new Statement(id, "select count(*), coalesce(sum(t.hit), 0) from "
                + "(select p.person_id, max(case when e.reason_ceased in " + reasons + " then 1 else 0 end) as hit "
                + "from core_involvement p left join core_placement_episode e on e.period_id = p.id "
                + "and e.end_date = p.end_date where p.kind = 'LOOKED_AFTER' and p.end_date >= ? and p.end_date <= ? "
                + "group by p.person_id) t", new int[] {START, END})));
        s.add(new Statement("adoption-a1", "select count(*), coalesce(sum({fn timestampdiff(SQL_TSI_DAY, "
                + "cast(p.start_date as timestamp), cast(t.moved as timestamp))}), 0) from (" + ADOPTED + ") t "
                + "join core_involvement p on p.id = t.period_id where t.moved is not null",
                new int[] {THREE_YEARS, END}));
        s.add(new Statement("adoption-a10", "select count(*), coalesce(sum({fn timestampdiff(SQL_TSI_DAY, "
                + "cast(p.start_date as timestamp), cast(case when u.adopted_by_foster_carer then coalesce("
                + "(select max(b.start_date) from core_placement_episode b where b.period_id = t.period_id "
                + "and b.start_date < t.moved and b.placement_type not in ('A3', 'A4', 'A5', 'A6')), t.moved) "
                + "else t.moved end as timestamp))}), 0) from (" + ADOPTED + ") t "
                + "join core_involvement p on p.id = t.period_id "
                + "left join core_looked_after_status u on u.person_id = t.person_id where t.moved is not null",
                new int[] {THREE_YEARS, END}));
        s.add(new Statement("adoption-a2", """
                select count(*), coalesce(sum({fn timestampdiff(SQL_TSI_DAY, cast(u.placement_order_on as timestamp),
                    cast(u.adoption_matched_on as timestamp))}), 0)
                from core_placement_episode e join core_looked_after_status u on u.person_id = e.person_id
                where e.reason_ceased in ('E11', 'E12') and e.end_date >= ? and e.end_date <= ?
                  and u.placement_order_on is not null and u.adoption_matched_on is not null""",
                new int[] {THREE_YEARS, END}));
        Map<String, String> health = new LinkedHashMap<>();
        health.put("cla-health-checks", "h.health_check");
        health.put("cla-dental-checks", "h.teeth_check");
        health.put("cla-immunisations", "h.immunisations");
        health.forEach((id, check) -> s.add(new Statement(id, "select count(*), coalesce(sum(case when " + check
                + " then 1 else 0 end), 0) from (select distinct p.person_id from core_involvement p "
                + "where p.kind = 'LOOKED_AFTER' and p.start_date <= ? and (p.end_date is null or p.end_date > ?)"
                + NOT_ON_SHORT_BREAK + ") c left join core_cla_health_outcome h on h.person_id = c.person_id "
                + "and h.year_ending = ?", new int[] {YEAR_ENDING_LESS_YEAR, YEAR_ENDING, YEAR_ENDING, YEAR_ENDING,
                YEAR_ENDING})));
        if (database == ScorecardBenchmark.Database.POSTGRESQL) {
            Map<String, Statement> better = postgres();
            s.replaceAll(statement -> better.getOrDefault(statement.id(), statement));
        }
        return s;
    }

    /**
     * PostgreSQL's own way with the statements a correlated look-up would otherwise drive: the previous
     * event by a window function (LAG, or MAX over the rows before), each review's next by LEAD, read once.
     */
    private static Map<String, Statement> postgres() {
        Map<String, Statement> s = new LinkedHashMap<>();
        s.put("re-referrals", Statement.wholeWindow("re-referrals", """
                select to_char(t.start_date, 'YYYY-MM'), count(*),
                       coalesce(sum(case when t.prev >= t.start_date - interval '12 months' then 1 else 0 end), 0)
                from (select r.start_date, lag(r.start_date) over (partition by r.person_id order by r.start_date, r.id)
                             as prev
                      from core_involvement r where r.kind = 'REFERRAL' and r.start_date >= ? and r.start_date <= ?) t
                where t.start_date >= ? group by to_char(t.start_date, 'YYYY-MM')""", new int[] {LOOK_BACK, END, START}));
        s.put("visits-in-timescale", Statement.wholeWindow("visits-in-timescale", PG_TIMELY.formatted(
                "t.child_seen", "case t.visit_type when 'CP' then 14 when 'EARLY_HELP' then 28 else 42 end",
                "max(case when v.child_seen then v.occurred_on end)", "v.person_id, v.visit_type", "VISIT",
                "and v.visit_type in ('CIN', 'CP', 'CLA', 'EARLY_HELP')"), new int[] {LOOK_BACK, END, START}));
        s.put("supervision-in-timescale", Statement.wholeWindow("supervision-in-timescale", PG_TIMELY.formatted(
                "true", "28", "max(v.occurred_on)", "v.case_file_id", "SUPERVISION", ""),
                new int[] {LOOK_BACK, END, START}));
        s.put("children-2-plus-workers", new Statement("children-2-plus-workers", """
                select count(*), coalesce(sum(case when t.workers >= 2 then 1 else 0 end), 0)
                from (select c.person_id, count(distinct a.worker_id) as workers from core_allocation a
                      join core_case_file c on c.id = a.case_file_id
                      join (select distinct c3.person_id from core_allocation a3
                            join core_case_file c3 on c3.id = a3.case_file_id
                            where a3.started_on <= ? and (a3.ended_on is null or a3.ended_on > ?)) hc
                        on hc.person_id = c.person_id
                      join (select distinct w.person_id from core_involvement w where w.kind in """ + SOCIAL_CARE + """
                             and w.start_date <= ? and (w.end_date is null or w.end_date > ?)) sc
                        on sc.person_id = c.person_id
                      where a.started_on <= ? and (a.ended_on is null or a.ended_on >= ?)
                      group by c.person_id) t""", new int[] {END, END, END, END, END, SIX_MONTHS}));
        s.put("cp-reviews-in-time", new Statement("cp-reviews-in-time",
                PG_REVIEWS.formatted("CP_CONFERENCE", "3 months", "CP_PLAN"),
                new int[] {END, END, END, END_LESS_3_MONTHS, END, END}));
        s.put("cla-reviews-in-time", new Statement("cla-reviews-in-time",
                PG_REVIEWS.formatted("CLA_REVIEW", "28 days", "LOOKED_AFTER"),
                new int[] {END, END, END, END_LESS_3_MONTHS, END, END}));
        return s;
    }

    /**
     * Each event of the window's months with the latest earlier one it is measured from (ties broken by id): one
     * pass over the events, grouped by month.
     */
    private static final String PG_TIMELY = """
            select to_char(t.occurred_on, 'YYYY-MM'), count(*),
                   coalesce(sum(case when %1$s and t.occurred_on <= t.prev + (%2$s) then 1 else 0 end), 0)
            from (select v.occurred_on, v.child_seen, v.visit_type,
                         %3$s over (partition by %4$s order by v.occurred_on, v.id
                                    rows between unbounded preceding and 1 preceding) as prev
                  from core_activity v where v.kind = '%5$s' and v.occurred_on >= ? and v.occurred_on <= ? %6$s) t
            where t.occurred_on >= ? and t.prev is not null and t.prev >= t.occurred_on - interval '12 months'
            group by to_char(t.occurred_on, 'YYYY-MM')""";
    /** As REVIEWS: each review with the next one (LEAD), joined to the plans or periods open at month end. */
    private static final String PG_REVIEWS = """
            select count(*), coalesce(sum(case when t.late = 0 then 1 else 0 end), 0)
            from (select p.id, case
                    when min(r.occurred_on) filter (where r.occurred_on <= ?) is null then 1
                    when min(r.occurred_on) > p.start_date + interval '%2$s' then 1
                    when bool_or(r.occurred_on <= ? and coalesce(case when r.next <= ? then r.next end, ?)
                                 > r.occurred_on + interval '6 months') then 1
                    else 0 end as late
                  from core_involvement p
                  left join (select a.person_id, a.occurred_on,
                                    lead(a.occurred_on) over (partition by a.person_id order by a.occurred_on) as next
                             from core_activity a where a.kind = 'REVIEW' and a.review_type = '%1$s') r
                         on r.person_id = p.person_id and r.occurred_on >= p.start_date
                  where p.kind = '%3$s' and p.start_date <= ? and (p.end_date is null or p.end_date > ?)
                  group by p.id, p.start_date) t""";

    /**
     * The working-day calendar the timeliness statements join to (weekdays, as the benchmark's
     * calendar has no bank holidays): each day with the number of working days up to it, the way a
     * council's warehouse holds its calendar. Made once, outside the timing.
     */
    static void prepare(Connection c, LocalDate from, LocalDate to) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("create table bench_working_day (day date primary key, n int not null)");
        } catch (SQLException exists) {
            // Derby's and PostgreSQL's "table exists": made by an earlier run on the same data.
            if (!"X0Y32".equals(exists.getSQLState()) && !"42P07".equals(exists.getSQLState())) {
                throw exists;
            }
            c.rollback();
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into bench_working_day (day, n) values (?, ?)")) {
            int n = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5) {
                    n++;
                }
                insert.setDate(1, Date.valueOf(day));
                insert.setInt(2, n);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    int indicators() {
        return statements().size();
    }

    /** Every statement for every month of the window: the figures as the database counts them, by id and month. */
    Map<String, Map<YearMonth, long[]>> count(Connection c, YearMonth first, YearMonth last) throws SQLException {
        Map<String, Map<YearMonth, long[]>> result = new LinkedHashMap<>();
        List<Statement> statements = statements();
        for (Statement statement : statements) {
            long started = System.nanoTime();
            if (statement.wholeWindow()) {
                result.put(statement.id(), countWholeWindow(c, statement, first, last));
                trace(statement, started);
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    LocalDate end = m.atEndOfMonth();
                    LocalDate march = LocalDate.of(end.getYear(), 3, 31);
                    LocalDate yearEnding = march.isAfter(end) ? march.minusYears(1) : march;
                    LocalDate[] dates = {m.atDay(1), end, end.minusYears(1).plusDays(1), m.atDay(1).minusMonths(12),
                            end.minusYears(3).plusDays(1), end.minusMonths(6).plusDays(1), yearEnding,
                            yearEnding.minusYears(1), end.minusYears(2), end.minusMonths(30), end.minusYears(16),
                            end.minusYears(19), end.minusYears(22), end.minusMonths(3)};
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
            trace(statement, started);
        }
        return result;
    }

    private static void trace(Statement statement, long started) {
        if (Boolean.getBoolean("bench.trace")) {
            System.out.printf("  %-26s %6d ms%n", statement.id(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static Map<YearMonth, long[]> countWholeWindow(Connection c, Statement statement, YearMonth first,
                                                           YearMonth last) throws SQLException {
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new long[] {0, 0});
        }
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.binds().length; i++) {
                LocalDate date = switch (statement.binds()[i]) {
                    case START -> first.atDay(1);
                    case LOOK_BACK -> first.atDay(1).minusMonths(12);
                    case END -> last.atEndOfMonth();
                    default -> throw new IllegalArgumentException("Not a window's bind: " + statement.binds()[i]);
                };
                ps.setDate(i + 1, Date.valueOf(date));
            }
            try (ResultSet rs = ps.executeQuery()) {
                // (month, count) for a count; (month, denominator, numerator) for a share.
                boolean share = rs.getMetaData().getColumnCount() == 3;
                byMonth.replaceAll((m, zero) -> share ? zero : new long[] {0});
                while (rs.next()) {
                    byMonth.put(YearMonth.parse(rs.getString(1)), share ? new long[] {rs.getLong(3), rs.getLong(2)}
                            : new long[] {rs.getLong(2)});
                }
            }
        }
        return byMonth;
    }
}
