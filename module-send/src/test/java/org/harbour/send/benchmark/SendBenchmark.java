package org.harbour.send.benchmark;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestSource;
import org.harbour.send.indicators.domain.AmendedPlan;
import org.harbour.send.indicators.domain.CareSpan;
import org.harbour.send.indicators.domain.Decision;
import org.harbour.send.indicators.domain.IssuedPlan;
import org.harbour.send.indicators.domain.PlanSpan;
import org.harbour.send.indicators.domain.ReviewHeld;
import org.harbour.send.review.domain.AnnualReview;
import org.harbour.send.review.domain.ReviewDecision;
import org.harbour.send.indicators.domain.SendCounts;
import org.harbour.send.plan.domain.CeaseReason;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.domain.SenType;
import org.harbour.send.register.domain.EducationSetting;
import org.harbour.send.register.domain.SettingType;
import org.harbour.send.sen2.application.Sen2Return;
import org.harbour.send.sen2.domain.Sen2Person;
import org.harbour.send.sen2.domain.Sen2Rules;
import org.harbour.send.sen2.infrastructure.Sen2Xml;
import org.harbour.send.timescale.domain.ExceptionGround;
import org.harbour.send.timescale.domain.ExceptionPeriod;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Times every SEND measure and the SEN2 return at a large authority's scale: five years of
 * requests for EHC needs assessments leaving about 3,000 active plans, in an in-memory Derby
 * database. Each measure reads its rows with the query the module's repository makes and counts
 * them month by month over the five years with the module's own code ({@link SendCounts}); SEN2 is
 * assembled, validated and written with the module's code from the requests and plans in scope.
 * Beside each, the floor: the same figure (or the same rows) in plain SQL. Not a test; prints figures:
 * {@code ./mvnw -o -q -pl module-send -am -Pbenchmark -DskipTests verify}.
 */
public final class SendBenchmark {

    private static final int YEARS = 5;
    private static final int REQUESTS_A_YEAR = 1_050;
    private static final int RUNS = 3;
    private static final int SETTINGS = 40;
    private static final int LOOKED_AFTER_WITHOUT_PLANS = 1_500;
    private static final LocalDate TODAY = LocalDate.now();
    private static final YearMonth FIRST = YearMonth.from(TODAY.minusYears(YEARS));
    private static final YearMonth LAST = YearMonth.from(TODAY).minusMonths(1);

    private final List<EhcRequest> requests = new ArrayList<>();
    private final Map<EhcRequest, EhcPlan> plans = new HashMap<>();
    private final Map<EhcPlan, List<AnnualReview>> reviews = new HashMap<>();

    private SendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:sendbenchmark;create=true")) {
            SendBenchmark b = new SendBenchmark();
            long start = System.nanoTime();
            b.generate(c);
            System.out.printf("Generated %,d requests, %,d plans (%,d active today), %,d reviews in %.1f s%n",
                    b.requests.size(), b.plans.size(), count(c, "select count(*) from b_plan where ceased_on is null"),
                    count(c, "select count(*) from b_review"), (System.nanoTime() - start) / 1e9);
            System.out.printf("Measures counted month by month, %s to %s; best of %d runs%n", FIRST, LAST, RUNS);
            b.measures(c);
            b.sen2(c);
        }
    }

    private void measures(Connection c) throws Exception {
        LocalDate from = FIRST.atDay(1);
        LocalDate to = LAST.atEndOfMonth();
        time("Plans within 20 weeks, without and with exceptions", () -> {
            List<IssuedPlan> issued = issuedPlans(c, from, to);
            Map<YearMonth, IndicatorCount> plain = SendCounts.plansWithinTwentyWeeks(issued, false, FIRST, LAST);
            Map<YearMonth, IndicatorCount> allowing = SendCounts.plansWithinTwentyWeeks(issued, true, FIRST, LAST);
            return issued.size() + " plans, " + plain.size() + " + " + allowing.size() + " months";
        });
        time("  floor: the same in SQL", () -> rows(c, """
                select year(final_on), month(final_on), count(*),
                       sum(case when final_on <= cast({fn timestampadd(SQL_TSI_DAY, 140, received_on)} as date) then 1 else 0 end)
                from b_request where final_on between ? and ? group by year(final_on), month(final_on)""", from, to));
        time("Decisions within 6 weeks", () -> {
            List<Decision> decisions = new ArrayList<>();
            query(c, "select person_id, received_on, decided_on from b_request where decided_on between ? and ?", from, to,
                    r -> decisions.add(new Decision(r.getLong(1), day(r, 2), day(r, 3))));
            return SendCounts.decisionsWithinSixWeeks(decisions, FIRST, LAST).size() + " months";
        });
        time("  floor: the same in SQL", () -> rows(c, """
                select year(decided_on), month(decided_on), count(*),
                       sum(case when decided_on <= cast({fn timestampadd(SQL_TSI_DAY, 42, received_on)} as date) then 1 else 0 end)
                from b_request where decided_on between ? and ? group by year(decided_on), month(decided_on)""", from, to));
        time("New plans", () -> SendCounts.newPlans(issuedPlans(c, from, to), FIRST, LAST).size() + " months");
        time("  floor: the same in SQL", () -> rows(c, """
                select year(final_on), month(final_on), count(*) from b_request where final_on between ? and ?
                group by year(final_on), month(final_on)""", from, to));
        time("Active plans at each month end", () -> {
            List<PlanSpan> spans = new ArrayList<>();
            query(c, "select person_id, start_date, ceased_on from b_plan where start_date <= ? and (ceased_on is null or ceased_on >= ?)",
                    to, from, r -> spans.add(new PlanSpan(r.getLong(1), day(r, 2), day(r, 3))));
            return SendCounts.activePlans(spans, FIRST, LAST).size() + " months";
        });
        time("  floor: the same in SQL, a query a month", () -> {
            int months = 0;
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from b_plan where start_date <= ? and (ceased_on is null or ceased_on > ?)")) {
                for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                    s.setDate(1, Date.valueOf(m.atEndOfMonth()));
                    s.setDate(2, Date.valueOf(m.atEndOfMonth()));
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        months++;
                    }
                }
            }
            return months + " months";
        });
        time("Annual reviews on time", () -> {
            List<ReviewHeld> held = new ArrayList<>();
            query(c, "select person_id, due_on, meeting_on from b_review where meeting_on between ? and ?", from, to,
                    r -> held.add(new ReviewHeld(r.getLong(1), day(r, 2), day(r, 3))));
            return SendCounts.reviewsOnTime(held, FIRST, LAST).size() + " months";
        });
        time("  floor: the same in SQL", () -> rows(c, """
                select year(meeting_on), month(meeting_on), count(*), sum(case when meeting_on <= due_on then 1 else 0 end)
                from b_review where meeting_on between ? and ? group by year(meeting_on), month(meeting_on)""", from, to));
        time("Amended plans within 12 weeks", () -> {
            List<AmendedPlan> amended = new ArrayList<>();
            query(c, "select person_id, meeting_on, amended_on from b_review where amended_on between ? and ?", from, to,
                    r -> amended.add(AmendedPlan.after(r.getLong(1), day(r, 2), null, null, day(r, 3))));
            return amended.size() + " plans, " + SendCounts.amendedPlansInTime(amended, FIRST, LAST).size() + " months";
        });
        time("  floor: the same in SQL", () -> rows(c, """
                select year(amended_on), month(amended_on), count(*),
                       sum(case when amended_on <= cast({fn timestampadd(SQL_TSI_DAY, 84, meeting_on)} as date) then 1 else 0 end)
                from b_review where amended_on between ? and ? group by year(amended_on), month(amended_on)""", from, to));
        time("Out-of-city placements, their cost, personal budgets", () -> {
            List<PlanSpan> spans = placedPlans(c, from, to);
            return SendCounts.outOfCityPlacements(spans, FIRST, LAST).size() + " + " + SendCounts.outOfCityCost(spans, FIRST, LAST).size()
                    + " + " + SendCounts.personalBudgets(spans, FIRST, LAST).size() + " months";
        });
        time("  floor: the same in SQL, a query a month", () -> {
            int months = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    select sum(case when not t.in_city then 1 else 0 end), sum(case when not t.in_city then t.cost else 0 end),
                           sum(case when p.personal_budget then 1 else 0 end), count(*)
                    from b_plan p join b_setting t on t.id = p.setting_id
                    where p.start_date <= ? and (p.ceased_on is null or p.ceased_on > ?)""")) {
                for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                    s.setDate(1, Date.valueOf(m.atEndOfMonth()));
                    s.setDate(2, Date.valueOf(m.atEndOfMonth()));
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        months++;
                    }
                }
            }
            return months + " months";
        });
        time("Looked-after children with a plan", () -> {
            List<CareSpan> care = new ArrayList<>();
            query(c, "select person_id, start_date, end_date from b_care where start_date <= ? and (end_date is null or end_date >= ?)",
                    to, from, r -> care.add(new CareSpan(r.getLong(1), day(r, 2), day(r, 3))));
            List<PlanSpan> spans = placedPlans(c, from, to);
            return care.size() + " periods, " + SendCounts.lookedAfterWithPlan(care, spans, FIRST, LAST).size() + " months";
        });
        time("  floor: the same in SQL, a query a month", () -> {
            int months = 0;
            try (PreparedStatement s = c.prepareStatement("""
                    select count(*), sum(x.planned) from (
                        select k.person_id, max(case when p.person_id is null then 0 else 1 end) as planned
                        from (select distinct person_id from b_care where start_date <= ? and (end_date is null or end_date > ?)) k
                        left join b_plan p on p.person_id = k.person_id and p.start_date <= ? and (p.ceased_on is null or p.ceased_on > ?)
                        group by k.person_id) x""")) {
                for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                    for (int i = 1; i <= 4; i++) {
                        s.setDate(i, Date.valueOf(m.atEndOfMonth()));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        months++;
                    }
                }
            }
            return months + " months";
        });
    }

    /** The plans active in the range with their setting's place and cost, as the module's repository reads them. */
    private static List<PlanSpan> placedPlans(Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<PlanSpan> spans = new ArrayList<>();
        query(c, """
                select p.person_id, p.start_date, p.ceased_on, t.in_city, t.cost, p.personal_budget
                from b_plan p left join b_setting t on t.id = p.setting_id
                where p.start_date <= ? and (p.ceased_on is null or p.ceased_on >= ?)""", to, from,
                r -> spans.add(new PlanSpan(r.getLong(1), day(r, 2), day(r, 3), !r.getBoolean(4), r.getBigDecimal(5), r.getBoolean(6))));
        return spans;
    }

    /** SEN2 for the census of this January over the last calendar year, from the requests and plans in scope. */
    private void sen2(Connection c) throws Exception {
        int census = TODAY.getYear();
        ReturnPeriod period = new ReturnPeriod(Integer.toString(census), LocalDate.of(census - 1, 1, 1),
                LocalDate.of(census - 1, 12, 31), LocalDate.of(census, 1, 15));
        time("SEN2 " + census + " assemble, validate and write", () -> {
            Map<Long, List<Sen2Person.Sen2Request>> byPerson = new HashMap<>();
            for (EhcRequest r : requests) {
                EhcPlan plan = plans.get(r);
                if (inScope(r, plan, period)) {
                    byPerson.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>()).add(Sen2Return.request(r, plan,
                            plan == null ? List.of() : reviews.getOrDefault(plan, List.of()), period.start(), period.censusDate()));
                }
            }
            List<Sen2Person> persons = new ArrayList<>();
            byPerson.forEach((id, reqs) -> persons.add(new Sen2Person(id, "Surname" + id, "Forename", LocalDate.of(2012, 3, 4),
                    "F", "WBRI", "HB1 1AA", null, null, "UN6", reqs)));
            byte[] xml = Sen2Xml.write(persons, period, "999");
            List<ValidationMessage> messages = Sen2Rules.check(persons, period);
            Map<String, Long> byRule = new java.util.TreeMap<>();
            messages.forEach(m -> byRule.merge(m.ruleCode() + " " + m.severity(), 1L, Long::sum));
            return String.format("%,d persons, %,d bytes, %,d messages %s", persons.size(), xml.length, messages.size(), byRule);
        });
        time("  floor: its rows read in SQL", () -> rows(c, """
                select count(*), sum(length(coalesce(n.sen_type, ''))) from b_request r
                left join b_plan p on p.request_id = r.id left join b_need n on n.plan_id = p.id
                where r.received_on <= ? and (r.final_on is null or r.final_on >= ? or p.ceased_on is null or p.ceased_on >= ?)""",
                period.censusDate(), period.start(), period.start()));
    }

    private static boolean inScope(EhcRequest r, EhcPlan plan, ReturnPeriod period) {
        if (r.getReceivedOn().isAfter(period.censusDate())) {
            return false;
        }
        LocalDate last = r.getFinalIssuedOn() != null ? r.getFinalIssuedOn()
                : r.getNotIssuedOn() != null ? r.getNotIssuedOn() : r.getDecidedOn();
        return last == null || !last.isBefore(period.start())
                || plan != null && (plan.getCeasedOn() == null || !plan.getCeasedOn().isBefore(period.start()));
    }

    private List<IssuedPlan> issuedPlans(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<Long, List<ExceptionPeriod>> exceptions = new HashMap<>();
        query(c, """
                select e.request_id, e.ground, e.from_date, e.to_date from b_exception e join b_request r on r.id = e.request_id
                where r.final_on between ? and ?""", from, to, r -> exceptions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                .add(new ExceptionPeriod(ExceptionGround.valueOf(r.getString(2)), day(r, 3), day(r, 4))));
        List<IssuedPlan> issued = new ArrayList<>();
        query(c, "select id, person_id, received_on, final_on from b_request where final_on between ? and ?", from, to,
                r -> issued.add(new IssuedPlan(r.getLong(2), day(r, 3), day(r, 4), exceptions.getOrDefault(r.getLong(1), List.of()))));
        return issued;
    }

    /** Five years of requests, about the national picture: most assessed, most assessed issued, about half within 20 weeks. */
    private void generate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table b_request (id bigint primary key, person_id bigint, received_on date, decided_on date, "
                    + "final_on date, not_issued_on date)");
            s.execute("create table b_exception (request_id bigint, ground varchar(2), from_date date, to_date date)");
            s.execute("create table b_plan (id bigint primary key, request_id bigint, person_id bigint, start_date date, "
                    + "ceased_on date, cease_reason varchar(2), setting_id int, personal_budget boolean)");
            s.execute("create table b_setting (id int primary key, in_city boolean, cost decimal(10, 2))");
            s.execute("create table b_care (person_id bigint, start_date date, end_date date)");
            s.execute("create table b_need (plan_id bigint, sen_type varchar(4), sen_rank int)");
            s.execute("create table b_review (person_id bigint, due_on date, meeting_on date, amended_on date)");
            s.execute("create index b_request_final on b_request (final_on)");
            s.execute("create index b_request_decided on b_request (decided_on)");
            s.execute("create index b_review_meeting on b_review (meeting_on)");
            s.execute("create index b_review_amended on b_review (amended_on)");
            s.execute("create index b_care_start on b_care (start_date)");
        }
        Random random = new Random(2026);
        EducationSetting school = new EducationSetting("Oakwood Special School", "140001", null, SettingType.SPECIAL, true,
                "system", Instant.EPOCH);
        SenType[] types = SenType.values();
        c.setAutoCommit(false);
        try (PreparedStatement req = c.prepareStatement("insert into b_request values (?, ?, ?, ?, ?, ?)");
             PreparedStatement exc = c.prepareStatement("insert into b_exception values (?, ?, ?, ?)");
             PreparedStatement pl = c.prepareStatement("insert into b_plan values (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement care = c.prepareStatement("insert into b_care values (?, ?, ?)");
             PreparedStatement need = c.prepareStatement("insert into b_need values (?, ?, ?)");
             PreparedStatement rev = c.prepareStatement("insert into b_review values (?, ?, ?, ?)")) {
            settings(c);
            long id = 0;
            LocalDate first = TODAY.minusYears(YEARS);
            for (int n = 0; n < YEARS * REQUESTS_A_YEAR; n++) {
                id++;
                LocalDate received = first.plusDays(random.nextInt(YEARS * 365 - 30));
                EhcRequest r = new EhcRequest(id, received, RequestSource.PARENT, false, "officer", "officer", Instant.EPOCH);
                LocalDate decided = received.plusDays(28 + random.nextInt(21));
                EhcPlan plan = null;
                if (decided.isBefore(TODAY)) {
                    r.decide(random.nextInt(100) < 85, decided, "Reasons");
                    if (r.isAssessing() && random.nextInt(100) < 8) {
                        LocalDate from = decided.plusDays(10);
                        r.recordException(ExceptionGround.C, from, from.plusDays(30), null);
                        exc.setLong(1, id);
                        exc.setString(2, "C");
                        exc.setDate(3, Date.valueOf(from));
                        exc.setDate(4, Date.valueOf(from.plusDays(30)));
                        exc.addBatch();
                    }
                    LocalDate draft = received.plusDays(100 + random.nextInt(60));
                    if (r.isAssessing() && random.nextInt(100) < 12 && draft.isBefore(TODAY)) {
                        r.notToIssue(draft, "Needs can be met without a plan");
                    } else if (r.isAssessing() && draft.plusDays(16).isBefore(TODAY)) {
                        plan = new EhcPlan(id, draft, "officer", Instant.EPOCH);
                        plan.issueDraft(draft, "officer");
                        r.draftSent(draft, id);
                        LocalDate issued = draft.plusDays(16 + random.nextInt(14));
                        plan.rankNeeds(List.of(types[random.nextInt(types.length)]));
                        plan.nameSetting(school, false);
                        plan.issueFinal(issued, "officer");
                        r.finalIssued(issued);
                        LocalDate meeting = issued.plusMonths(11).plusDays(random.nextInt(40));
                        while (meeting.isBefore(TODAY) && plan.isActive()) {
                            LocalDate due = plan.nextReviewDue();
                            plan.reviewed(meeting);
                            AnnualReview review = new AnnualReview(id, id, due, meeting, "officer", Instant.EPOCH);
                            boolean amend = random.nextInt(100) < 20;
                            review.decide(amend ? ReviewDecision.AMEND : ReviewDecision.MAINTAIN, meeting.plusDays(20));
                            reviews.computeIfAbsent(plan, k -> new ArrayList<>()).add(review);
                            LocalDate amended = meeting.plusDays(50 + random.nextInt(60));
                            rev.setLong(1, id);
                            rev.setDate(2, Date.valueOf(due));
                            rev.setDate(3, Date.valueOf(meeting));
                            rev.setDate(4, amend && amended.isBefore(TODAY) ? Date.valueOf(amended) : null);
                            rev.addBatch();
                            if (random.nextInt(100) < 9) {
                                plan.cease(meeting.plusDays(30), CeaseReason.NEEDS_MET);
                            }
                            meeting = meeting.plusMonths(11).plusDays(random.nextInt(40));
                        }
                        plans.put(r, plan);
                        pl.setLong(1, id);
                        pl.setLong(2, id);
                        pl.setLong(3, id);
                        pl.setDate(4, Date.valueOf(issued));
                        pl.setDate(5, plan.getCeasedOn() == null ? null : Date.valueOf(plan.getCeasedOn()));
                        pl.setString(6, plan.getCeaseReason() == null ? null : plan.getCeaseReason().getCode());
                        pl.setInt(7, 1 + random.nextInt(SETTINGS));
                        pl.setBoolean(8, random.nextInt(7) == 0);
                        pl.addBatch();
                        if (random.nextInt(100) < 4) {
                            // A looked-after child, one in 25 of those with plans: about the national share of plans.
                            LocalDate cared = issued.minusDays(random.nextInt(700));
                            care.setLong(1, id);
                            care.setDate(2, Date.valueOf(cared));
                            care.setDate(3, random.nextBoolean() ? null : Date.valueOf(cared.plusDays(200 + random.nextInt(900))));
                            care.addBatch();
                        }
                        need.setLong(1, id);
                        need.setString(2, plan.getNeeds().get(0).getSenType().getCode());
                        need.setInt(3, 1);
                        need.addBatch();
                    }
                }
                requests.add(r);
                req.setLong(1, id);
                req.setLong(2, id);
                req.setDate(3, Date.valueOf(received));
                req.setDate(4, r.getDecidedOn() == null ? null : Date.valueOf(r.getDecidedOn()));
                req.setDate(5, r.getFinalIssuedOn() == null ? null : Date.valueOf(r.getFinalIssuedOn()));
                req.setDate(6, r.getNotIssuedOn() == null ? null : Date.valueOf(r.getNotIssuedOn()));
                req.addBatch();
            }
            req.executeBatch();
            exc.executeBatch();
            pl.executeBatch();
            need.executeBatch();
            rev.executeBatch();
            for (long child = 1_000_000; child < 1_000_000 + LOOKED_AFTER_WITHOUT_PLANS; child++) {
                LocalDate cared = first.plusDays(random.nextInt(YEARS * 365));
                care.setLong(1, child);
                care.setDate(2, Date.valueOf(cared));
                care.setDate(3, random.nextBoolean() ? null : Date.valueOf(cared.plusDays(100 + random.nextInt(900))));
                care.addBatch();
            }
            care.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** The settings plans name: one in four out of the city, each with a cost a year a place but two. */
    private static void settings(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into b_setting values (?, ?, ?)")) {
            for (int i = 1; i <= SETTINGS; i++) {
                s.setInt(1, i);
                s.setBoolean(2, i % 4 != 0);
                s.setBigDecimal(3, i % 9 == 0 ? null : BigDecimal.valueOf(i % 4 != 0 ? 18_000 + i * 500 : 52_000 + i * 1_000));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    private static void query(Connection c, String sql, LocalDate a, LocalDate b, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(a));
            s.setDate(2, Date.valueOf(b));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    private static String rows(Connection c, String sql, LocalDate... days) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < days.length; i++) {
                s.setDate(i + 1, Date.valueOf(days[i]));
            }
            int rows = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                }
            }
            return rows + " rows";
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static LocalDate day(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static void time(String what, Callable<String> work) throws Exception {
        long best = Long.MAX_VALUE;
        String result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = work.call();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-55s %8.3f s  (%s)%n", what, best / 1e9, result);
    }
}
