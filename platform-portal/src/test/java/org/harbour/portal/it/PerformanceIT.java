package org.harbour.portal.it;

import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.harbour.testing.TaggedPdfCheck;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.core.spi.casedata.CaseData;
import org.harbour.performance.indicators.application.IndicatorCatalogue;
import org.harbour.performance.indicators.domain.ComputedIndicator;
import org.harbour.performance.indicators.domain.CountedIndicator;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.Item;
import org.harbour.performance.indicators.domain.Tally;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.scorecard.application.ScorecardRow;
import org.harbour.performance.scorecard.application.Scorecards;
import org.harbour.performance.slices.application.MonthRows;
import org.harbour.performance.slices.application.RowExport;
import org.harbour.performance.slices.application.RowReader;
import org.harbour.performance.slices.domain.Pseudonyms;
import org.harbour.performance.slices.domain.Slice;
import org.harbour.performance.slices.domain.SliceDimension;
import org.harbour.performance.slices.domain.Slicer;
import org.harbour.performance.snapshots.application.Snapshots;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scorecard on the real portal and database. Small case histories are written straight into
 * core's tables in 2011-2012, years before the demo data's five years of history begin, so the
 * expected figures for October 2012 (worked out by hand below) hold whatever the demo data holds.
 * The month-end snapshot and recalculation are checked on the current months with the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class PerformanceIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final YearMonth OCT = YearMonth.of(2012, 10);
    private static final YearMonth JUN_2010 = YearMonth.of(2010, 6);
    private static final Map<String, Long> CHILD = new HashMap<>();
    private static final String DECIDED_IN_TIME = "continuing-care.referrals-decided-in-time";
    private static final String UNDER_REVIEW = "continuing-care.packages-under-clinical-review";
    private static boolean built;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(PerformanceIT.class, PortalSession.class, TaggedPdfCheck.class);
    }

    @Inject
    PortalDatabase database;

    @Inject
    Scorecards scorecards;

    @Inject
    Snapshots snapshots;

    @Inject
    AuditTrail audit;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    CaseData caseData;

    @Inject
    RowReader rowReader;

    @ArquillianResource
    URL portal;

    private Connection c;
    private static long worker;
    private static long area;

    /** Builds the 2012 histories once (the class's tests share them). */
    private synchronized void histories() throws Exception {
        if (built) {
            return;
        }
        try (Connection connection = database.dataSource().getConnection()) {
            c = connection;
            worker = id("select id from core_staff_user where username = 'sam.ellis'");
            area = id("select id from core_service_area where code = 'FAMILY_SAFEGUARDING'");
            exec("insert into performance_population (population_year, age_band, population, version) "
                    + "values (2012, 'CHILDREN_0_17', 40000, 0)");
            // Contacts: A twice in October (1st, 31st); B on 30 Sep; C on 1 Nov. October: 2.
            inv("A", "CONTACT", "2012-10-01", null);
            inv("A", "CONTACT", "2012-10-31", null);
            inv("B", "CONTACT", "2012-09-30", null);
            inv("C", "CONTACT", "2012-11-01", null);
            // Referrals in October: D (exactly 12 months after 15 Oct 2011: re-referral), E (12 months and a
            // day: not), F (first, NFA), G (7 months after March: re-referral). 4 referrals, 2 re-referrals
            // (50%), 1 NFA (25%).
            inv("D", "REFERRAL", "2011-10-15", null);
            inv("D", "REFERRAL", "2012-10-15", null);
            inv("E", "REFERRAL", "2011-10-14", null);
            inv("E", "REFERRAL", "2012-10-15", null);
            long fReferral = inv("F", "REFERRAL", "2012-10-20", null);
            exec("update core_involvement set nfa = true where id = " + fReferral);
            inv("G", "REFERRAL", "2012-03-01", null);
            inv("G", "REFERRAL", "2012-10-02", null);
            // Assessments: D's authorised 2 Oct (counts in October), E's authorised 2 Nov (not). 1, rate 0.25 per 10,000.
            long d = inv("D", "ASSESSMENT", "2012-09-20", null);
            exec("update core_involvement set completed_on = '2012-10-02' where id = " + d);
            long e = inv("E", "ASSESSMENT", "2012-10-16", null);
            exec("update core_involvement set completed_on = '2012-11-02' where id = " + e);
            // CIN plans open at the end of 31 Oct: F (open) only; G's ends on 31 Oct. 1.
            inv("F", "CIN_PLAN", "2012-10-21", null);
            inv("G", "CIN_PLAN", "2012-10-03", "2012-10-31");
            // Strategy discussions: 2 in October. Section 47s: 3 started in October; 3 completed in October,
            // one to an ICPC: 1 of 3 (33.3%).
            inv("H", "STRATEGY_DISCUSSION", "2012-10-03", null);
            inv("I", "STRATEGY_DISCUSSION", "2012-10-04", null);
            long s1 = inv("H", "SECTION_47", "2012-09-25", "2012-10-06");
            exec("update core_involvement set outcome_code = 'ICPC', icpc_date = '2012-10-20' where id = " + s1);
            long s2 = inv("I", "SECTION_47", "2012-10-01", "2012-10-09");
            exec("update core_involvement set outcome_code = 'NFA' where id = " + s2);
            long s3 = inv("J", "SECTION_47", "2012-10-01", "2012-10-09");
            exec("update core_involvement set outcome_code = 'CIN' where id = " + s3);
            inv("K", "SECTION_47", "2012-10-20", null);
            // CP plans at the end of October: H (from 1 Aug), K (starts 31 Oct), L (crosses the month end) = 3;
            // M's ends on 31 Oct. Rate: 3 / 40,000 x 10,000 = 0.75. Plans starting in October: K (first) and
            // N (second, after one in 2005): 1 of 2 (50%); N's plan ended in October too, so not counted at month end.
            inv("H", "CP_PLAN", "2012-08-01", null);
            inv("K", "CP_PLAN", "2012-10-31", null);
            inv("L", "CP_PLAN", "2012-09-01", "2012-11-01");
            inv("M", "CP_PLAN", "2012-09-15", "2012-10-31");
            inv("N", "CP_PLAN", "2005-02-01", "2005-12-01");
            inv("N", "CP_PLAN", "2012-10-04", "2012-10-25");
            // Care: P left on 10 Sep and re-entered on 5 Oct; Q in and out within October; R in care throughout.
            // In care at the end of October: P, R = 2 (rate 0.5); entrants P, Q = 2; leavers Q = 1.
            long p1 = inv("P", "LOOKED_AFTER", "2012-03-01", "2012-09-10");
            long p2 = inv("P", "LOOKED_AFTER", "2012-10-05", null);
            long q = inv("Q", "LOOKED_AFTER", "2012-10-12", "2012-10-20");
            long r = inv("R", "LOOKED_AFTER", "2011-09-01", null);
            episode(p1, "P", "2012-03-01", "2012-09-10", "S", "U4", "PR1");
            // P's second period: three placements in the year with the first period's (1 Nov 2011 - 31 Oct 2012):
            // March (U4), October (U6/PR4), then residential K2/PR4 from 20 Oct: 3 placements.
            episode(p2, "P", "2012-10-05", "2012-10-20", "S", "U6", "PR4");
            episode(p2, "P", "2012-10-20", null, "P", "K2", "PR4");
            episode(q, "Q", "2012-10-12", "2012-10-20", "S", "U4", "PR1");
            // R: placed since Sep 2011, a legal status change in May (not a new placement), then Z13 from August: 2.
            episode(r, "R", "2011-09-01", "2012-05-01", "S", "U4", "PR1");
            episode(r, "R", "2012-05-01", "2012-08-01", "L", "U4", "PR1");
            episode(r, "R", "2012-08-01", null, "P", "Z13", "PR4");
            // At the end of October: P (3 placements, K2/PR4 residential), R (2, unregulated): stability 1 of 2,
            // residential 1 of 2, unregulated 1 of 2, IFA 0 of 2, in-house 0 of 2.
            // Visits: S CIN 3 Sep -> 15 Oct (6 weeks: in time); T CIN 4 Sep -> 17 Oct (due 16 Oct: late);
            // U CP Fri 5 Oct -> Fri 19 Oct (10 working days: in time; the 5 Oct visit is U's first).
            // October: 2 of 3. Supervisions on S's case 10 Sep -> 8 Oct (28 days: in time), T's 10 Sep -> 9 Oct
            // (29 days: late): 1 of 2.
            activity("S", "VISIT", "2012-09-03", "CIN");
            activity("S", "VISIT", "2012-10-15", "CIN");
            activity("T", "VISIT", "2012-09-04", "CIN");
            activity("T", "VISIT", "2012-10-17", "CIN");
            activity("U", "VISIT", "2012-10-05", "CP");
            activity("U", "VISIT", "2012-10-19", "CP");
            activity("S", "SUPERVISION", "2012-09-10", null);
            activity("S", "SUPERVISION", "2012-10-08", null);
            activity("T", "SUPERVISION", "2012-09-10", null);
            activity("T", "SUPERVISION", "2012-10-09", null);
            // Continuing care, counted by that module through the indicators SPI (expected weeks 6, threshold
            // 150,000 a year). Decided in October: V in 42 days (in time), W in 43 (late), X in 10 (in time):
            // 2 of 3. Y's panel deferred (no decision), Z was decided on 1 November: neither counts.
            long v = careReferral("V", "2012-09-01", "2012-10-13");
            long w = careReferral("W", "2012-09-01", "2012-10-14");
            long x = careReferral("X", "2012-10-05", "2012-10-15");
            careReferral("Y", "2012-09-20", null);
            careReferral("Z", "2012-10-01", "2012-11-01");
            // Packages at the end of 31 October: V's 3,000 a week (156,000 a year: under review), X's 5,000 a
            // week ending on 31 October (still running that day: under review), W's 2,000 a week (104,000: not),
            // V's proposed 4,000 a week (not agreed: not). 2 packages.
            carePackage(v, "V", "AGREED", "2012-01-01", null, "3000.00");
            carePackage(x, "X", "AGREED", "2012-06-01", "2012-10-31", "5000.00");
            carePackage(w, "W", "AGREED", "2012-01-01", null, "2000.00");
            carePackage(v, "V", "PROPOSED", "2012-10-01", null, "4000.00");
            histories2010();
            histories2009();
        }
        built = true;
    }

    /**
     * Histories for the measures the DfE publishes beside the first ones, worked out by hand for June
     * 2010 (before the 2011-2012 histories, which they leave alone: every 2010 record ends by 1 January
     * 2011). England's bank holidays in 2010: 2 and 5 April, 3 and 31 May.
     */
    private void histories2010() throws Exception {
        exec("insert into performance_population (population_year, age_band, population, version) "
                + "values (2010, 'CHILDREN_0_17', 50000, 0)");
        exec("insert into performance_population (population_year, age_band, population, version) "
                + "values (2010, 'AGED_5_TO_9', 4000, 0)");
        // Assessments started Thu 1 April: the 45th working day is Wed 9 June. Authorised 9 June: in time;
        // 10 June (the 46th): late. 1 of 2.
        long as1 = inv("AS1", "ASSESSMENT", "2010-04-01", "2010-06-09");
        exec("update core_involvement set completed_on = '2010-06-09' where id = " + as1);
        long as2 = inv("AS2", "ASSESSMENT", "2010-04-01", "2010-06-10");
        exec("update core_involvement set completed_on = '2010-06-10' where id = " + as2);
        // Section 47s started Thu 20 May: 15 working days (31 May a bank holiday) is Fri 11 June. Conference
        // on 11 June: in time; Mon 14 June: late. 1 of 2; no enquiry started in June (rate 0).
        long ic1 = inv("IC1", "SECTION_47", "2010-05-20", "2010-06-01");
        exec("update core_involvement set outcome_code = 'ICPC', icpc_date = '2010-06-11' where id = " + ic1);
        long ic2 = inv("IC2", "SECTION_47", "2010-05-20", "2010-06-01");
        exec("update core_involvement set outcome_code = 'ICPC', icpc_date = '2010-06-14' where id = " + ic2);
        // Children in need at the end of 30 June: CN1 (since January) and CN3 (from 10 June); CN2's episode
        // closed on 30 June. 2, rate 2 / 50,000 x 10,000 = 0.4. Referrals in June: CN2, CN3 = 2, rate 0.4.
        inv("CN1", "REFERRAL", "2010-01-10", "2011-01-01");
        inv("CN2", "REFERRAL", "2010-06-05", "2010-06-30");
        inv("CN3", "REFERRAL", "2010-06-10", "2011-01-01");
        // Plans: CP1 15 Jun 2008 - 15 Jun 2010 (exactly two years), CP2 to 14 June (a day short): 1 of 2 ended
        // after two years. Open at the end of June: CP3 (EMO, since 30 Jun 2008: two years that day), CP4 (NEG,
        // from 3 June: the month's one start, rate 0.2), CP5 (MUL, since 10 January): 1 of 3 open two years;
        // by category NEG 1, EMO 1, MUL 1, PHY 0, SAB 0 of 3.
        inv("CP1", "CP_PLAN", "2008-06-15", "2010-06-15");
        long cp2 = inv("CP2", "CP_PLAN", "2008-06-15", "2010-06-14");
        exec("update core_involvement set category_code = 'PHY' where id = " + cp2);
        long cp3 = inv("CP3", "CP_PLAN", "2008-06-30", "2011-01-01");
        exec("update core_involvement set category_code = 'EMO' where id = " + cp3);
        inv("CP4", "CP_PLAN", "2010-06-03", "2011-01-01");
        long cp5 = inv("CP5", "CP_PLAN", "2010-01-10", "2011-01-01");
        exec("update core_involvement set category_code = 'MUL' where id = " + cp5);
        // Reviews: CP3's on the day each was due (30 Sep 2008, then every 6 months to 30 Mar 2010; next due 30
        // Sep): in time. CP5's first on 11 April, a day after 3 months: late. CP4 not yet 3 months. 1 of 2.
        for (String held : List.of("2008-09-30", "2009-03-30", "2009-09-30", "2010-03-30")) {
            review("CP3", held, "CP_CONFERENCE");
        }
        review("CP5", "2010-04-11", "CP_CONFERENCE");
        // Looked after since 1 June 2007 (LA1, LA2), LA3 from 10 June 2010 (first review not due until July).
        // LA1: reviewed 29 June 2007 (the 20th working day), then 3 months, then every 6: in time. LA2: no
        // review: late. 1 of 2. Long-term stability (under 16, in care 2.5 years): LA1 placed since 30 June 2008
        // (a legal status change in 2009 continues it): two years on 30 June 2010; LA2 moved on 1 July 2008. 1 of 2.
        long la1 = inv("LA1", "LOOKED_AFTER", "2007-06-01", "2011-01-01");
        episode(la1, "LA1", "2007-06-01", "2008-06-30", "S", "U4", "PR1");
        episode(la1, "LA1", "2008-06-30", "2009-05-01", "P", "U5", "PR1");
        episode(la1, "LA1", "2009-05-01", "2011-01-01", "L", "U5", "PR1");
        for (String held : List.of("2007-06-29", "2007-09-29", "2008-03-29", "2008-09-29", "2009-03-29",
                "2009-09-29", "2010-03-29")) {
            review("LA1", held, "CLA_REVIEW");
        }
        long la2 = inv("LA2", "LOOKED_AFTER", "2007-06-01", "2011-01-01");
        episode(la2, "LA2", "2007-06-01", "2008-07-01", "S", "U4", "PR1");
        episode(la2, "LA2", "2008-07-01", "2011-01-01", "P", "U5", "PR1");
        long la3 = inv("LA3", "LOOKED_AFTER", "2010-06-10", "2010-08-01");
        episode(la3, "LA3", "2010-06-10", "2010-08-01", "S", "U4", "PR1");
        // Workers: SW1 had Sam Ellis until 1 March 2010, then Tom Okafor (two in the six months from 1 January);
        // SW2 Sam Ellis throughout. 1 of 2 (no other child was allocated in 2010).
        long tom = id("select id from core_staff_user where username = 'tom.okafor'");
        inv("SW1", "CIN_PLAN", "2010-01-01", "2011-01-01");
        inv("SW2", "CIN_PLAN", "2010-01-01", "2011-01-01");
        allocation("SW1", worker, "2009-12-01", "2010-03-01");
        allocation("SW1", tom, "2010-03-01", "2010-12-31");
        allocation("SW2", worker, "2009-12-01", "2010-12-31");
        // Care leavers at 30 June 2010: CL1 turns 19 that day (in touch, F2, H1: all three); CL2 is 21 (22 the
        // next day: in touch, G5, B2); CL3 turned 22 that day and CL4 is 18: out. In touch 2 of 2, suitably
        // accommodated 1 of 2, in education, employment or training 1 of 2.
        careLeaver("CL1", "1991-06-30", "YES", "F2", "H1");
        careLeaver("CL2", "1988-07-01", "YES", "G5", "B2");
        careLeaver("CL3", "1988-06-30", "YES", "F2", "H1");
        careLeaver("CL4", "1992-01-01", "YES", "F2", "H1");
    }

    /**
     * Histories for the measures of looked-after children counted from what practitioners record beside
     * periods and episodes, worked out by hand for June 2009 (every period ends before 2010, except LA1's
     * and LA2's from the 2010 histories, in care since June 2007, which count where said).
     */
    private void histories2009() throws Exception {
        // M1: looked after 1 Jan 2008 - 1 Dec 2009, UASC throughout; missing on 10 June 2009, away (A, not
        // missing) on 1 May; health record for the year to 31 March 2009: health check and immunisations, no
        // dental check.
        long m1 = inv("M1", "LOOKED_AFTER", "2008-01-01", "2009-12-01");
        episode(m1, "M1", "2008-01-01", "2009-12-01", "S", "U4", "PR1");
        missingEpisode("M1", "M", "2009-06-10", "2009-06-11");
        missingEpisode("M1", "A", "2009-05-01", "2009-05-01");
        exec("insert into core_cla_health_outcome (person_id, year_ending, health_check, teeth_check, immunisations, "
                + "health_assessment, recorded_by, recorded_at, version) values (" + child("M1") + ", '2009-03-31', "
                + "true, false, true, true, 'test', CURRENT_TIMESTAMP, 0)");
        lookedAfterStatus("M1", "'2008-01-01'", "null", "null", "null", false);
        // M2: looked after from 1 Feb 2009 (not twelve months at 31 March), UASC ceased on 30 June: not UASC at
        // the end of that day.
        long m2 = inv("M2", "LOOKED_AFTER", "2009-02-01", "2009-11-30");
        episode(m2, "M2", "2009-02-01", "2009-11-30", "S", "U4", "PR1");
        lookedAfterStatus("M2", "'2009-02-01'", "'2009-06-30'", "null", "null", false);
        // M3: entered care 10 Jan 2007, fostered by the carers who adopt, placed for adoption with them (A5, RNE
        // T) on 1 March 2008, adopted on 20 June 2009 (E11). A1 416 days (to 1 March 2008), A10 0 days (from
        // the foster placement's start), A2 106 days (placement order 1 Nov 2007, matched 15 Feb 2008).
        long m3 = inv("M3", "LOOKED_AFTER", "2007-01-10", "2009-06-20");
        episode(m3, "M3", "2007-01-10", "2008-03-01", "S", "U4", "PR1");
        episode(m3, "M3", "2008-03-01", "2009-06-20", "T", "A5", "PR1");
        exec("update core_placement_episode set reason_ceased = 'E11' where period_id = " + m3
                + " and placement_type = 'A5'");
        lookedAfterStatus("M3", "null", "null", "'2007-11-01'", "'2008-02-15'", true);
        // M4: left care on 25 June 2009, returned home as planned (E4A).
        long m4 = inv("M4", "LOOKED_AFTER", "2008-05-01", "2009-06-25");
        episode(m4, "M4", "2008-05-01", "2009-06-25", "S", "U4", "PR1");
        exec("update core_placement_episode set reason_ceased = 'E4A' where period_id = " + m4);
        // EH1: early help from 3 June 2009, open at the month's end and its one start.
        inv("EH1", "EARLY_HELP", "2009-06-03", "2009-09-01");
    }

    private void missingEpisode(String key, String kind, String start, String end) throws Exception {
        exec("insert into core_missing_episode (person_id, missing_kind, start_date, end_date, recorded_by, "
                + "recorded_at, version) values (" + child(key) + ", '" + kind + "', '" + start + "', '" + end
                + "', 'test', CURRENT_TIMESTAMP, 0)");
    }

    private void lookedAfterStatus(String key, String uascFrom, String uascCeased, String placementOrder,
                                   String matched, boolean byFosterCarer) throws Exception {
        exec("insert into core_looked_after_status (person_id, uasc_from, uasc_ceased, placement_order_on, "
                + "adoption_matched_on, adopted_by_foster_carer, recorded_by, recorded_at, version) values ("
                + child(key) + ", " + uascFrom + ", " + uascCeased + ", " + placementOrder + ", " + matched + ", "
                + byFosterCarer + ", 'test', CURRENT_TIMESTAMP, 0)");
    }

    private void review(String key, String held, String type) throws Exception {
        long person = child(key);
        exec("insert into core_activity (kind, case_file_id, person_id, occurred_on, review_type, recorded_by, "
                + "recorded_at, version) values ('REVIEW', " + CHILD.get(key + ":case") + ", " + person + ", '" + held
                + "', '" + type + "', 'test', CURRENT_TIMESTAMP, 0)");
    }

    private void allocation(String key, long staff, String start, String end) throws Exception {
        child(key);
        exec("insert into core_allocation (case_file_id, worker_id, service_area_id, started_on, ended_on, version) "
                + "values (" + CHILD.get(key + ":case") + ", " + staff + ", " + area + ", '" + start + "', '" + end
                + "', 0)");
    }

    private void careLeaver(String key, String born, String inTouch, String activity, String accommodation)
            throws Exception {
        long leaver = inv(key, "CARE_LEAVER", "2009-07-01", "2011-01-01");
        exec("update core_person set date_of_birth = '" + born + "' where id = " + CHILD.get(key));
        exec("update core_involvement set leaver_status = 'FORMER', in_touch = '" + inTouch + "', activity_code = '"
                + activity + "', accommodation_code = '" + accommodation + "' where id = " + leaver);
    }

    private long child(String key) throws Exception {
        Long existing = CHILD.get(key);
        if (existing != null) {
            return existing;
        }
        long person;
        try (PreparedStatement s = c.prepareStatement("insert into core_person (given_name, family_name, sex, "
                + "date_of_birth, version) values (?, ?, 'F', ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "Scorecard" + key);
            s.setString(2, "Testchild");
            s.setDate(3, Date.valueOf("2005-06-01"));
            s.executeUpdate();
            person = generated(s);
        }
        long caseFile;
        try (PreparedStatement s = c.prepareStatement("insert into core_case_file (person_id, opened_on, version) "
                + "values (?, '2011-01-01', 0)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, person);
            s.executeUpdate();
            caseFile = generated(s);
        }
        // Allocated to one worker since 2011 and still open, so a member of Family Safeguarding may reach the child.
        exec("insert into core_allocation (case_file_id, worker_id, service_area_id, started_on, version) values ("
                + caseFile + ", " + worker + ", " + area + ", '2011-01-01', 0)");
        CHILD.put(key, person);
        CHILD.put(key + ":case", caseFile);
        return person;
    }

    private long inv(String key, String kind, String start, String end) throws Exception {
        long person = child(key);
        try (PreparedStatement s = c.prepareStatement("insert into core_involvement (person_id, case_file_id, kind, "
                        + "start_date, end_date, category_code, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, 'test', ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, person);
            s.setLong(2, CHILD.get(key + ":case"));
            s.setString(3, kind);
            s.setDate(4, Date.valueOf(start));
            s.setDate(5, end == null ? null : Date.valueOf(end));
            s.setString(6, kind.equals("CP_PLAN") ? "NEG" : null);
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
            return generated(s);
        }
    }

    private void episode(long period, String key, String start, String end, String rne, String place, String provider)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into core_placement_episode (period_id, person_id, "
                + "start_date, end_date, legal_status, placement_type, placement_provider, reason_new_episode, "
                + "recorded_by, recorded_at, version) values (?, ?, ?, ?, 'C2', ?, ?, ?, 'test', ?, 0)")) {
            s.setLong(1, period);
            s.setLong(2, child(key));
            s.setDate(3, Date.valueOf(start));
            s.setDate(4, end == null ? null : Date.valueOf(end));
            s.setString(5, place);
            s.setString(6, provider);
            s.setString(7, rne);
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private void activity(String key, String kind, String date, String visitType) throws Exception {
        long person = child(key);
        try (PreparedStatement s = c.prepareStatement("insert into core_activity (kind, case_file_id, person_id, "
                + "occurred_on, visit_type, child_seen, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, 'test', ?, 0)")) {
            s.setString(1, kind);
            s.setLong(2, CHILD.get(key + ":case"));
            s.setLong(3, person);
            s.setDate(4, Date.valueOf(date));
            s.setString(5, visitType);
            s.setObject(6, visitType == null ? null : Boolean.TRUE, java.sql.Types.BOOLEAN);
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private long careReferral(String key, String referred, String decided) throws Exception {
        long person = child(key);
        try (PreparedStatement s = c.prepareStatement("insert into continuing_care_referral (person_id, referred_on, "
                        + "referrer, reason, status, decided_on, outcome, recorded_by, recorded_at, version) "
                        + "values (?, ?, 'GP', 'Complex health needs', ?, ?, ?, 'test', ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, person);
            s.setDate(2, Date.valueOf(referred));
            s.setString(3, decided == null ? "DEFERRED" : "DECIDED");
            s.setDate(4, decided == null ? null : Date.valueOf(decided));
            s.setString(5, decided == null ? "DEFERRED" : "ELIGIBLE");
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.executeUpdate();
            return generated(s);
        }
    }

    private void carePackage(long referral, String key, String status, String start, String end, String weekly)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into continuing_care_package (referral_id, person_id, "
                + "provider, package_type, status, start_date, end_date, weekly_cost, clinical_review_required, "
                + "recorded_by, recorded_at, version) values (?, ?, 'Harbour Nursing', 'NURSING', ?, ?, ?, ?, ?, 'test', ?, 0)")) {
            s.setLong(1, referral);
            s.setLong(2, child(key));
            s.setString(3, status);
            s.setDate(4, Date.valueOf(start));
            s.setDate(5, end == null ? null : Date.valueOf(end));
            s.setBigDecimal(6, new java.math.BigDecimal(weekly));
            s.setBoolean(7, new java.math.BigDecimal(weekly).multiply(java.math.BigDecimal.valueOf(52))
                    .compareTo(new java.math.BigDecimal("150000")) > 0);
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private long id(String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long generated(Statement s) throws Exception {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Test
    void everyComputedIndicatorMatchesTheHandWorkedFiguresForOctober2012() throws Exception {
        histories();
        Map<String, ScorecardRow> rows = new LinkedHashMap<>();
        scorecards.scorecard(OCT).rows().forEach(r -> rows.put(r.getDefinition().getId(), r));
        // 13 columns, October last; nothing stored for 2012, so computed from the records.
        assertEquals(13, rows.get("contacts").getFigures().size());
        assertFigure(rows, "contacts", 2, null, 2.0);
        assertFigure(rows, "referrals", 4, null, 4.0);
        assertFigure(rows, "re-referrals", 2, 4L, 50.0);
        assertFigure(rows, "referrals-nfa", 1, 4L, 25.0);
        assertFigure(rows, "assessments", 1, null, 1.0);
        assertFigure(rows, "assessments-rate", 1, null, 0.25);
        assertFigure(rows, "cin-plans", 1, null, 1.0);
        assertFigure(rows, "strategy-discussions", 2, null, 2.0);
        assertFigure(rows, "section-47s", 3, null, 3.0);
        assertFigure(rows, "s47-to-icpc", 1, 3L, 100.0 / 3);
        assertFigure(rows, "cp-plans", 3, null, 3.0);
        assertFigure(rows, "cp-rate", 3, null, 0.75);
        assertFigure(rows, "cp-second-plan", 1, 2L, 50.0);
        assertFigure(rows, "cla", 2, null, 2.0);
        assertFigure(rows, "cla-rate", 2, null, 0.5);
        assertFigure(rows, "cla-entrants", 2, null, 2.0);
        assertFigure(rows, "cla-leavers", 1, null, 1.0);
        assertFigure(rows, "placement-stability", 1, 2L, 50.0);
        assertFigure(rows, "placement-residential", 1, 2L, 50.0);
        assertFigure(rows, "placement-unregulated", 1, 2L, 50.0);
        assertFigure(rows, "placement-ifa", 0, 2L, 0.0);
        assertFigure(rows, "placement-in-house", 0, 2L, 0.0);
        assertFigure(rows, "visits-in-timescale", 2, 3L, 200.0 / 3);
        assertFigure(rows, "supervision-in-timescale", 1, 2L, 50.0);
        // Every one of the 20 histories' children is allocated to one worker: 20 children, 1 caseholder.
        assertFigure(rows, "caseload-per-worker", CHILD.size() / 2, 1L, CHILD.size() / 2.0);
        assertFigure(rows, "caseholders-20-plus", 1, null, 1.0);
        // September (the column before): P had left care on 10 September, R in care: 1. Direction is then "Up".
        Figure september = rows.get("cla").getFigures().get(11);
        assertEquals(1, september.numerator());
        assertEquals("UP", rows.get("cla").getDirection().name());
        // Re-referrals 50% against a target of 22% (lower is better, 10% tolerance): red.
        assertEquals("RED", rows.get("re-referrals").getRag().name());
    }

    @Test
    void theDfesFurtherMeasuresMatchTheHandWorkedFiguresForJune2010() throws Exception {
        histories();
        Map<String, ScorecardRow> rows = new LinkedHashMap<>();
        scorecards.scorecard(JUN_2010).rows().forEach(r -> rows.put(r.getDefinition().getId(), r));
        assertFigure(rows, "assessments-45-days", 1, 2L, 50.0);
        assertFigure(rows, "icpc-15-days", 1, 2L, 50.0);
        assertFigure(rows, "children-in-need", 2, null, 2.0);
        assertFigure(rows, "children-in-need-rate", 2, null, 0.4);
        assertFigure(rows, "referrals-rate", 2, null, 0.4);
        assertFigure(rows, "section-47s-rate", 0, null, 0.0);
        assertFigure(rows, "cp-plan-starts-rate", 1, null, 0.2);
        assertFigure(rows, "cp-ended-2-years", 1, 2L, 50.0);
        assertFigure(rows, "cp-open-2-years", 1, 3L, 100.0 / 3);
        assertFigure(rows, "cp-category-neg", 1, 3L, 100.0 / 3);
        assertFigure(rows, "cp-category-emo", 1, 3L, 100.0 / 3);
        assertFigure(rows, "cp-category-mul", 1, 3L, 100.0 / 3);
        assertFigure(rows, "cp-category-phy", 0, 3L, 0.0);
        assertFigure(rows, "cp-category-sab", 0, 3L, 0.0);
        assertFigure(rows, "cp-reviews-in-time", 1, 2L, 50.0);
        assertFigure(rows, "cla-reviews-in-time", 1, 2L, 50.0);
        assertFigure(rows, "placement-long-term", 1, 2L, 50.0);
        assertFigure(rows, "children-2-plus-workers", 1, 2L, 50.0);
        assertFigure(rows, "care-leavers-in-touch", 2, 2L, 100.0);
        assertFigure(rows, "care-leavers-suitable-accommodation", 1, 2L, 50.0);
        assertFigure(rows, "care-leavers-eet", 1, 2L, 50.0);
        // Each written on the catalogue page with its DfE definition and source.
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        String page = olivia.get("performance/catalogue.xhtml").body();
        for (String id : List.of("assessments-45-days", "icpc-15-days", "children-in-need", "placement-long-term",
                "care-leavers-eet", "children-2-plus-workers")) {
            assertTrue(page.contains("data-indicator=\"" + id + "\""), id);
        }
        assertTrue(page.contains("within 45 working days of the assessment&#39;s start")
                || page.contains("within 45 working days of the assessment's start"), "definition on the page");
        assertTrue(page.contains("Source: DfE, Characteristics of children in need"));
    }

    @Test
    void theLookedAfterMeasuresMatchTheHandWorkedFiguresForJune2009() throws Exception {
        histories();
        Map<String, ScorecardRow> rows = new LinkedHashMap<>();
        scorecards.scorecard(YearMonth.of(2009, 6)).rows().forEach(r -> rows.put(r.getDefinition().getId(), r));
        // Looked after in the year from 1 July 2008: M1-M4, LA1, LA2; M1 went missing. 1 of 6; one incident in June.
        assertFigure(rows, "cla-missing", 1, 6L, 100.0 / 6);
        assertFigure(rows, "cla-missing-incidents", 1, null, 1.0);
        // In care at the end of June: M1, M2, LA1, LA2; UASC then: M1 alone.
        assertFigure(rows, "cla-uasc", 1, null, 1.0);
        // Adopted in the three years to June 2009: M3.
        assertFigure(rows, "adoption-a1", 416, 1L, 416.0);
        assertFigure(rows, "adoption-a10", 0, 1L, 0.0);
        assertFigure(rows, "adoption-a2", 106, 1L, 106.0);
        // Twelve months in care at 31 March 2009: M1, M3, LA1, LA2; only M1 has a health record.
        assertFigure(rows, "cla-health-checks", 1, 4L, 25.0);
        assertFigure(rows, "cla-dental-checks", 0, 4L, 0.0);
        assertFigure(rows, "cla-immunisations", 1, 4L, 25.0);
        // Leavers in June: M3 adopted, M4 returned home.
        assertFigure(rows, "cla-left-returned-home", 1, 2L, 50.0);
        assertFigure(rows, "cla-left-sgo", 0, 2L, 0.0);
        assertFigure(rows, "cla-left-adopted", 1, 2L, 50.0);
        assertFigure(rows, "early-help", 1, null, 1.0);
        assertFigure(rows, "early-help-starts", 1, null, 1.0);
        // The drill-down lists the adoption with its days, and each is on the catalogue with its DfE source.
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        String a1 = tom.get("performance/children.xhtml?indicator=adoption-a1&month=2009-06").body();
        assertTrue(a1.contains("data-numerator=\"416\" data-denominator=\"1\""), a1);
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        String page = olivia.get("performance/catalogue.xhtml").body();
        for (String id : List.of("cla-missing", "cla-uasc", "adoption-a1", "adoption-a2", "adoption-a10",
                "cla-health-checks", "cla-dental-checks", "cla-left-sgo", "cla-left-returned-home",
                "placements-over-20-miles", "agency-worker-rate", "social-worker-turnover")) {
            assertTrue(page.contains("data-indicator=\"" + id + "\""), id);
        }
        assertTrue(page.contains("Source: DfE, Adoption scorecards, methodology and guidance, A1"), "A1's source");
    }

    /**
     * Six of the new figures recounted straight from the tables with plain SQL for each of the last 13
     * months of the demo data, against the portal's own computation from today's records.
     */
    @Test
    void newMeasuresRecountedWithPlainSqlAgreeInEveryRecentMonth() throws Exception {
        histories();
        YearMonth last = YearMonth.now(Clock.systemUTC()).minusMonths(1);
        Window window = Window.thirteenMonthsTo(last);
        Map<String, Map<YearMonth, Figure>> figures = snapshots.compute(window);
        String socialCare = "('REFERRAL', 'ASSESSMENT', 'SECTION_47', 'CIN_PLAN', 'CP_PLAN', 'LOOKED_AFTER')";
        int checked = 0;
        long farAway = 0;
        try (Connection connection = database.dataSource().getConnection()) {
            for (YearMonth month : window.months()) {
                Date start = Date.valueOf(month.atDay(1));
                Date end = Date.valueOf(month.atEndOfMonth());
                long inNeed = count(connection, "select count(distinct person_id) from core_involvement where kind = "
                        + "'REFERRAL' and start_date <= ? and (end_date is null or end_date > ?)", end, end);
                assertEquals(inNeed, figures.get("children-in-need").get(month).numerator(), "children in need " + month);
                long onPlans = count(connection, "select count(distinct person_id) from core_involvement where kind = "
                        + "'CP_PLAN' and start_date <= ? and (end_date is null or end_date > ?)", end, end);
                long twoYears = count(connection, "select count(distinct person_id) from core_involvement where kind = "
                        + "'CP_PLAN' and start_date <= ? and (end_date is null or end_date > ?) and start_date <= ?",
                        end, end, Date.valueOf(month.atEndOfMonth().minusYears(2)));
                Figure open = figures.get("cp-open-2-years").get(month);
                assertEquals(twoYears, open.numerator(), "on a plan 2 years " + month);
                assertEquals(onPlans, open.denominator(), "on a plan " + month);
                long conferences = count(connection, "select count(*) from core_involvement where kind = 'SECTION_47' "
                        + "and icpc_date >= ? and icpc_date <= ?", start, end);
                assertEquals(conferences, figures.get("icpc-15-days").get(month).denominator(), "conferences " + month);
                long assessments = count(connection, "select count(*) from core_involvement where kind = 'ASSESSMENT' "
                        + "and completed_on >= ? and completed_on <= ?", start, end);
                assertEquals(assessments, figures.get("assessments-45-days").get(month).denominator(),
                        "assessments " + month);
                // Children allocated at month end with social-care work open, and those with 2+ workers in six months.
                Date sixMonths = Date.valueOf(month.atEndOfMonth().minusMonths(6).plusDays(1));
                String held = "select c.person_id from core_allocation a join core_case_file c on c.id = a.case_file_id "
                        + "where a.started_on <= ? and (a.ended_on is null or a.ended_on > ?)";
                String working = "select person_id from core_involvement where kind in " + socialCare
                        + " and start_date <= ? and (end_date is null or end_date > ?)";
                String perChild = "select c.person_id, count(distinct a.worker_id) as workers from core_allocation a "
                        + "join core_case_file c on c.id = a.case_file_id where a.started_on <= ? and (a.ended_on is "
                        + "null or a.ended_on >= ?) and c.person_id in (" + held + ") and c.person_id in (" + working
                        + ") group by c.person_id";
                long children = count(connection, "select count(*) from (" + perChild + ") t", end, sixMonths, end, end,
                        end, end);
                long twoPlus = count(connection, "select count(*) from (" + perChild + ") t where t.workers >= 2", end,
                        sixMonths, end, end, end, end);
                Figure workers = figures.get("children-2-plus-workers").get(month);
                assertEquals(twoPlus, workers.numerator(), "2+ workers " + month);
                assertEquals(children, workers.denominator(), "children allocated " + month);
                // Children in care at month end (short breaks aside), and those placed over 20 miles from home then.
                String inCare = "select p.person_id, max(case when e.placement_distance > 20 then 1 else 0 end) as far "
                        + "from core_involvement p left join core_placement_episode e on e.period_id = p.id "
                        + "and e.start_date <= ? and (e.end_date is null or e.end_date > ?) where p.kind = 'LOOKED_AFTER' "
                        + "and p.start_date <= ? and (p.end_date is null or p.end_date > ?) and not exists (select 1 "
                        + "from core_placement_episode v where v.period_id = p.id and v.legal_status in ('V3', 'V4') "
                        + "and v.start_date <= ? and (v.end_date is null or v.end_date > ?)) group by p.person_id";
                Figure distance = figures.get("placements-over-20-miles").get(month);
                assertEquals(count(connection, "select count(*) from (" + inCare + ") t", end, end, end, end, end, end),
                        distance.denominator(), "in care " + month);
                assertEquals(count(connection, "select count(*) from (" + inCare + ") t where t.far = 1", end, end, end,
                        end, end, end), distance.numerator(), "placed over 20 miles " + month);
                farAway += distance.numerator();
                checked++;
            }
        }
        assertEquals(13, checked);
        assertTrue(figures.get("children-in-need").get(last).numerator() > 0, "the demo data has children in need");
        assertTrue(farAway > 0, "the demo data places children over 20 miles from home");
    }

    private static long count(Connection connection, String sql, Date... dates) throws Exception {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < dates.length; i++) {
                s.setDate(i + 1, dates[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Slices add up to the figure: on the demo data, in the container, for every computed measure of children and
     * every dimension last month; and on the page for a team manager who holds every child's record (exact
     * numbers) and for an analyst who holds none (small numbers withheld).
     */
    @Test
    void slicesOfAFigureAddUpAndSmallNumbersAreWithheldFromThoseWhoDoNotHoldTheRecords() throws Exception {
        histories();
        YearMonth last = YearMonth.now(Clock.systemUTC()).minusMonths(1);
        int sliced = 0;
        for (CountedIndicator indicator : catalogue.counted()) {
            if (!(indicator instanceof ComputedIndicator<?>)) {
                continue;
            }
            MonthRows rows = rowReader.read(indicator.id(), last);
            if (rows.tally().items().stream().anyMatch(i -> i.personId() == null)) {
                continue;
            }
            for (SliceDimension by : SliceDimension.values()) {
                List<Slice> slices = Slicer.slice(rows.tally().items(), last, by, rows.facts(),
                        rows.tally().denominator() != null, new HashMap<>());
                assertEquals(rows.tally().numerator(), slices.stream().mapToLong(Slice::numerator).sum(),
                        indicator.id() + " by " + by);
                if (rows.tally().denominator() != null) {
                    assertEquals(rows.tally().denominator().longValue(), slices.stream()
                            .mapToLong(Slice::denominator).sum(), indicator.id() + " by " + by);
                }
                assertTrue(slices.stream().anyMatch(sl -> sl.label().equals("Unknown")), "an Unknown slice");
                sliced++;
            }
        }
        assertTrue(sliced >= 45 * 7, "every measure of children, by every dimension: " + sliced);

        // June 2010's plans open two years, by sex: the three children are girls. The team manager holds them.
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        String bySex = tom.get("performance/slices.xhtml?indicator=cp-open-2-years&month=2010-06&by=SEX").body();
        assertTrue(bySex.contains("data-slice=\"Female\" data-suppressed=\"false\" data-numerator=\"1\" "
                + "data-denominator=\"3\""), bySex);
        assertTrue(bySex.contains("data-slice=\"Unknown\" data-suppressed=\"false\" data-numerator=\"0\" "
                + "data-denominator=\"0\""), bySex);
        // Each slice opens the drill-down of its own rows, which add up to the slice.
        assertTrue(bySex.contains("by=SEX&amp;slice=Female"), bySex);
        String female = tom.get("performance/children.xhtml?indicator=cp-open-2-years&month=2010-06&by=SEX&slice=Female")
                .body();
        assertTrue(female.contains("id=\"slice-numerator\">1</span> out of 3"), female);
        assertEquals(3, female.split("<tr data-person=", -1).length - 1, female);
        assertEquals(0, tom.get("performance/children.xhtml?indicator=cp-open-2-years&month=2010-06&by=SEX&slice=Male")
                .body().split("<tr data-person=", -1).length - 1, "no boy on a plan");
        assertTrue(audit.forRecord("performance-indicator", "cp-open-2-years:2010-06", 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_DRILL_DOWN") && a.getActor().equals("tom.okafor")
                        && a.getDetail() != null && a.getDetail().startsWith("Sex: Female: 3 row(s) listed")));
        // A rate: June 2010's children in need (CN1, CN3, both girls, aged 5) per 10,000. By sex no population is
        // kept: the girls' 2 are per all 50,000 children, 0.4, their share of the rate. By age band the 5 to 9s'
        // own population of 4,000 is entered: 5.0 within the band.
        String rateBySex = rowOf(tom.get("performance/slices.xhtml?indicator=children-in-need-rate&month=2010-06&by=SEX")
                .body(), "data-slice=\"Female\"");
        assertTrue(rateBySex.contains("data-population=\"50,000\"") && rateBySex.contains("data-rate=\"0.4\""),
                rateBySex);
        String rateByAge = rowOf(tom.get("performance/slices.xhtml?indicator=children-in-need-rate&month=2010-06"
                + "&by=AGE_BAND").body(), "data-slice=\"5 to 9\"");
        assertTrue(rateByAge.contains("data-population=\"4,000\"") && rateByAge.contains("data-rate=\"5.0\""),
                rateByAge);
        // By worker at month end: SW1 with Tom Okafor (two workers), SW2 with Sam Ellis (one).
        String byWorker = tom.get("performance/slices.xhtml?indicator=children-2-plus-workers&month=2010-06&by=WORKER")
                .body();
        assertTrue(byWorker.contains("data-numerator=\"1\" data-denominator=\"1\""), byWorker);
        assertTrue(byWorker.contains("Tom Okafor") || byWorker.contains("Okafor"), byWorker);
        // The analyst holds none of these records: the girls' 1 of 3 is a small number, withheld.
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        String withheld = olivia.get("performance/slices.xhtml?indicator=cp-open-2-years&month=2010-06&by=SEX").body();
        assertTrue(withheld.contains("data-slice=\"Female\" data-suppressed=\"true\" data-numerator=\"x\""),
                withheld);
        assertTrue(withheld.contains("id=\"suppressed\""), withheld);
        assertTrue(!withheld.contains("slice=Female"), "a withheld slice does not link to its rows");
        assertTrue(!withheld.contains("ScorecardCP"), "counts only, no names");
        // Caseholders are not children: their figure has no slices by child, and says so.
        String holders = olivia.get("performance/slices.xhtml?indicator=caseload-per-worker&month=2010-06&by=SEX")
                .body();
        assertTrue(holders.contains("counts caseholders, not children"), holders);
        assertTrue(audit.forRecord("performance-indicator", "cp-open-2-years:2010-06", 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_SLICES") && a.getActor().equals("olivia.brown")));
    }

    /** The analyst's pseudonymised rows: stable keyed pseudonyms, birth month, no names, audited; refused without the permission. */
    @Test
    void theRowLevelExportIsPseudonymisedStableRefusedWithoutThePermissionAndAudited() throws Exception {
        histories();
        String path = "performance/rows/pseudonymised.csv?indicator=children-2-plus-workers&month=2010-06";
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        HttpResponse<String> first = olivia.get(path);
        assertEquals(200, first.statusCode(), first.body());
        String csv = first.body();
        Pseudonyms pseudonyms = new Pseudonyms(ConfigProvider.getConfig().getValue(RowExport.KEY, String.class));
        assertTrue(csv.startsWith("indicator,month,row,child_pseudonym,birth_month,"), csv);
        for (String key : List.of("SW1", "SW2")) {
            String row = csv.lines().filter(l -> l.contains(pseudonyms.of(CHILD.get(key)))).findFirst().orElseThrow(
                    () -> new AssertionError(key + "'s pseudonym in " + csv));
            assertTrue(row.contains(",2005-06,"), "birth month only: " + row);
            assertTrue(!row.contains("2005-06-01"), "never the date of birth: " + row);
        }
        assertEquals(3, csv.lines().count(), "a header and the two children's rows");
        assertTrue(!csv.contains("Scorecard") && !csv.contains("Testchild"), "no names: " + csv);
        assertTrue(!csv.contains("," + CHILD.get("SW1") + ","), "no child id");
        assertEquals(csv, olivia.get(path).body(), "the same pseudonyms on every run");
        assertTrue(audit.forRecord("performance-indicator", "children-2-plus-workers:2010-06", 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_ROW_EXPORT") && a.getActor().equals("olivia.brown")
                        && a.getOutcome().equals("SUCCESS") && a.getDetail().contains("2 row(s)")));
        // A team manager sees figures but may not export rows: refused and audited. A practitioner has no module.
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        HttpResponse<String> refused = tom.get(path);
        assertEquals(403, refused.statusCode());
        assertTrue(!refused.body().contains(pseudonyms.of(CHILD.get("SW1"))));
        assertTrue(audit.forRecord("performance-indicator", "children-2-plus-workers:2010-06", 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_ROW_EXPORT") && a.getActor().equals("tom.okafor")
                        && a.getOutcome().equals("DENIED")));
        assertTrue(!tom.get("performance/slices.xhtml?indicator=cp-open-2-years&month=2010-06&by=SEX").body()
                .contains("id=\"row-export\""), "no link without the permission");
        assertTrue(olivia.get("performance/slices.xhtml?indicator=cp-open-2-years&month=2010-06&by=SEX").body()
                .contains("id=\"row-export\""));
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        assertEquals(403, priya.get(path).statusCode());
        assertEquals(404, olivia.get("performance/rows/pseudonymised.csv?indicator=nothing&month=2010-06").statusCode());
        assertEquals(400, olivia.get("performance/rows/pseudonymised.csv?indicator=cla&month=June").statusCode());
    }

    @Test
    void continuingCaresIndicatorsAreOnTheScorecardCountedByTheModule() throws Exception {
        histories();
        Map<String, ScorecardRow> rows = new LinkedHashMap<>();
        scorecards.scorecard(OCT).rows().forEach(r -> rows.put(r.getDefinition().getId(), r));
        ScorecardRow inTime = rows.get(DECIDED_IN_TIME);
        assertNotNull(inTime, "contributed by continuing care through the indicators SPI");
        assertEquals("MODULE", inTime.getDefinition().getSource().name());
        assertEquals("continuing-care", inTime.getDefinition().getModuleId());
        assertTrue(inTime.getDefinition().getDefinition().contains("6 weeks"), "the expected timescale is stated");
        assertFigure(rows, DECIDED_IN_TIME, 2, 3L, 200.0 / 3);
        // 66.7% against a target of 90% (higher is better, 10% tolerance: amber from 81%): red.
        assertEquals("RED", inTime.getRag().name());
        assertFigure(rows, UNDER_REVIEW, 2, null, 2.0);
        assertEquals("NONE", rows.get(UNDER_REVIEW).getRag().name(), "a volume is not rated");
        // September: nothing decided (0 of 0, no value); V's and X's packages already running: 2.
        assertNull(inTime.getFigures().get(11).value());
        assertEquals(2, rows.get(UNDER_REVIEW).getFigures().get(11).numerator());

        // On the catalogue page too, with the module named.
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        String catalogue = olivia.get("performance/catalogue.xhtml").body();
        assertTrue(catalogue.contains("Continuing care packages under clinical review"), catalogue);
        assertTrue(catalogue.contains("(continuing-care)"));
        // Module figures are counted, not entered: the data page does not offer them.
        assertTrue(!olivia.get("performance/data.xhtml").body().contains("value=\"" + UNDER_REVIEW + "\""));
    }

    @Test
    void drillDownFromAContinuingCareFigureListsItsChildrenAndAuditsEachOne() throws Exception {
        histories();
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        HttpResponse<String> page = tom.get("performance/children.xhtml?indicator=" + DECIDED_IN_TIME + "&month=2012-10");
        assertEquals(200, page.statusCode());
        for (String key : List.of("V", "W", "X")) {
            assertTrue(page.body().contains("data-person=\"" + CHILD.get(key) + "\""), key + " was decided in October");
        }
        assertTrue(!page.body().contains("data-person=\"" + CHILD.get("Y") + "\""), "Y's referral was deferred");
        assertTrue(!page.body().contains("data-person=\"" + CHILD.get("Z") + "\""), "Z's was decided in November");
        assertTrue(audit.forRecord("person", Long.toString(CHILD.get("W")), 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_DRILL_DOWN") && a.getActor().equals("tom.okafor")));
        assertTrue(audit.forRecord("performance-indicator", DECIDED_IN_TIME + ":2012-10", 10).stream()
                .anyMatch(a -> a.getActor().equals("tom.okafor")));

        HttpResponse<String> packages = tom.get("performance/children.xhtml?indicator=" + UNDER_REVIEW + "&month=2012-10");
        assertTrue(packages.body().contains("data-person=\"" + CHILD.get("V") + "\""));
        assertTrue(packages.body().contains("data-person=\"" + CHILD.get("X") + "\""));
        assertTrue(!packages.body().contains("data-person=\"" + CHILD.get("W") + "\""), "W's package costs less");

        // The analyst reaches none of them but checks the figure: all three listed, none linked, each audited.
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        HttpResponse<String> listed = olivia.get("performance/children.xhtml?indicator=" + DECIDED_IN_TIME
                + "&month=2012-10");
        for (String key : List.of("V", "W", "X")) {
            assertTrue(listed.body().contains("data-person=\"" + CHILD.get(key) + "\""), key + " listed for the analyst");
            assertTrue(!listed.body().contains("child.xhtml?id=" + CHILD.get(key)), key + " is not linked for the analyst");
        }
        assertTrue(listed.body().contains("3 of the 3 child(ren) listed are not known to your"), listed.body());
        assertTrue(audit.forRecord("person", Long.toString(CHILD.get("W")), 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_DRILL_DOWN") && a.getActor().equals("olivia.brown")));
    }

    private static void assertFigure(Map<String, ScorecardRow> rows, String id, long numerator, Long denominator,
                                     double value) {
        List<Figure> figures = rows.get(id).getFigures();
        Figure october = figures.get(figures.size() - 1);
        assertEquals(numerator, october.numerator(), id + " numerator");
        if (denominator != null) {
            assertEquals(denominator, october.denominator(), id + " denominator");
        }
        assertEquals(value, october.value(), 0.0001, id + " value");
    }

    @Test
    void drillDownListsTheChildrenTheUserMayReachAndAuditsEachOne() throws Exception {
        histories();
        // A team manager of Family Safeguarding works with children's records and reaches the area's cases.
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        HttpResponse<String> page = tom.get("performance/children.xhtml?indicator=cla&month=2012-10");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-person=\"" + CHILD.get("P") + "\""), "P is in care at the end of October");
        assertTrue(page.body().contains("data-person=\"" + CHILD.get("R") + "\""));
        assertTrue(!page.body().contains("data-person=\"" + CHILD.get("Q") + "\""), "Q left in October");
        assertTrue(audit.forRecord("person", Long.toString(CHILD.get("P")), 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_DRILL_DOWN") && a.getActor().equals("tom.okafor")));

        String workerName;
        try (Connection connection = database.dataSource().getConnection(); Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select display_name from core_staff_user where username = 'sam.ellis'")) {
            rs.next();
            workerName = rs.getString(1);
        }
        // The manager reaches them: each linked to the record, with team, worker and date of birth en-GB.
        assertTrue(page.body().contains("child.xhtml?id=" + CHILD.get("P")), "P linked for the manager");
        String pRow = rowOf(page.body(), CHILD.get("P"));
        assertTrue(pRow.contains("data-linked=\"true\"") && pRow.contains("Family Safeguarding")
                && pRow.contains(workerName) && pRow.contains("01/06/2005"), pRow);

        // The administrator does not work with children's records and does not drill down: no names.
        PortalSession admin = PortalSession.signIn(portal.toURI(), "admin", PASSWORD);
        HttpResponse<String> unnamed = admin.get("performance/children.xhtml?indicator=cla&month=2012-10");
        assertEquals(200, unnamed.statusCode());
        assertTrue(!unnamed.body().contains("data-person=\"" + CHILD.get("P") + "\""), "no names for the administrator");

        // The analyst belongs to no area the children's cases are allocated in, and checks the figure: every
        // child counted is listed with id, name, date of birth, dates, team and worker, but not linked.
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        HttpResponse<String> listed = olivia.get("performance/children.xhtml?indicator=cla&month=2012-10");
        assertEquals(200, listed.statusCode());
        String olivias = rowOf(listed.body(), CHILD.get("P"));
        assertTrue(olivias.contains("ScorecardP") && olivias.contains("data-linked=\"false\"")
                && olivias.contains(">" + CHILD.get("P") + "<") && olivias.contains("01/06/2005")
                && olivias.contains("Family Safeguarding") && olivias.contains(workerName), olivias);
        assertTrue(listed.body().contains("data-person=\"" + CHILD.get("R") + "\""));
        assertTrue(!listed.body().contains("child.xhtml?id=" + CHILD.get("P")), "no link into a record she cannot reach");
        assertTrue(audit.forRecord("person", Long.toString(CHILD.get("P")), 20).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_DRILL_DOWN") && a.getActor().equals("olivia.brown")));
        // Listing gives no reach: the record itself is still refused.
        assertTrue(olivia.get("case/child.xhtml?id=" + CHILD.get("P")).statusCode() >= 400,
                "the record stays out of the analyst's reach");

        // A practitioner has no access to the module at all.
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        assertEquals(403, priya.get("performance/children.xhtml?indicator=cla&month=2012-10").statusCode());
    }

    /**
     * For every computed measure and every month from the first record (the 2011 histories) through the
     * demo data's five years to this month, the rows the drill-down lists (children, or for a measure of
     * events each event, or for caseloads each caseholder) add up to the numerator and the denominator,
     * and the tally is the figure the scorecard computes.
     */
    @Test
    void everyComputedMeasuresDrillDownRowsAddUpToItsFigureInEveryMonth() throws Exception {
        histories();
        YearMonth first;
        try (Connection connection = database.dataSource().getConnection();
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select min(start_date) from core_involvement")) {
            rs.next();
            first = YearMonth.from(rs.getDate(1).toLocalDate());
        }
        YearMonth now = YearMonth.now(Clock.systemUTC());
        Window window = new Window(first, now);
        Map<String, Map<YearMonth, Figure>> figures = snapshots.compute(window);
        int measures = 0;
        int cells = 0;
        int eventRows = 0;
        for (CountedIndicator indicator : catalogue.counted()) {
            if (!(indicator instanceof ComputedIndicator<?>)) {
                continue;
            }
            measures++;
            Map<YearMonth, Tally> tallies = caseData.read(queries -> indicator.compute(queries, window));
            for (YearMonth month : window.months()) {
                Tally tally = tallies.get(month);
                Figure figure = figures.get(indicator.id()).get(month);
                String cell = indicator.id() + " " + month;
                assertEquals(figure.numerator(), tally.numerator(), cell + ": the drill-down counts the figure");
                assertEquals(figure.denominator(), tally.denominator(), cell);
                List<Item> rows = tally.items();
                assertEquals(tally.numerator(), rows.stream().mapToLong(Item::numerator).sum(),
                        cell + ": the rows add up to the numerator");
                if (tally.denominator() != null) {
                    assertEquals(tally.denominator().longValue(), rows.stream().filter(Item::inDenominator).count(),
                            cell + ": the rows add up to the denominator");
                }
                if (tally.ofEvents()) {
                    eventRows += rows.size();
                }
                cells++;
            }
        }
        assertEquals(62, measures, "every computed measure walked");
        assertTrue(cells >= 26 * 60, "five years of demo months and more: " + cells);
        assertTrue(eventRows > 1000, "the demo data's visits, supervisions and referrals are listed one by one");

        // On the page as a team manager sees it, last month: listed rows and those withheld add up too.
        YearMonth last = now.minusMonths(1);
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        for (CountedIndicator indicator : catalogue.counted()) {
            if (!(indicator instanceof ComputedIndicator<?>)) {
                continue;
            }
            HttpResponse<String> page = tom.get("performance/children.xhtml?indicator=" + indicator.id() + "&month=" + last);
            assertEquals(200, page.statusCode(), indicator.id());
            String body = page.body();
            long numerator = Long.parseLong(first(body, "<strong id=\"numerator\">(\\d+)</strong>"));
            long listedNumerator = 0;
            long listedDenominator = 0;
            Matcher row = Pattern.compile("data-numerator=\"(\\d+)\" data-denominator=\"([01])\"").matcher(body);
            while (row.find()) {
                listedNumerator += Long.parseLong(row.group(1));
                listedDenominator += Long.parseLong(row.group(2));
            }
            Matcher withheld = Pattern.compile("row\\(s\\) add (\\d+) to the numerator and (\\d+) to the denominator")
                    .matcher(body);
            long withheldNumerator = 0;
            long withheldDenominator = 0;
            if (withheld.find()) {
                withheldNumerator = Long.parseLong(withheld.group(1));
                withheldDenominator = Long.parseLong(withheld.group(2));
            }
            assertEquals(numerator, listedNumerator + withheldNumerator, indicator.id() + " on the page");
            Figure figure = figures.get(indicator.id()).get(last);
            if (figure.denominator() != null) {
                assertEquals(figure.denominator().longValue(), listedDenominator + withheldDenominator,
                        indicator.id() + " denominator on the page");
            }
        }
        // Visits are listed one by one: each with its due date and whether it was on time.
        HttpResponse<String> visits = tom.get("performance/children.xhtml?indicator=visits-in-timescale&month=2012-10");
        assertTrue(visits.body().contains("id=\"events\""), visits.body());
        assertTrue(visits.body().contains("On time") && visits.body().contains("Due by"), visits.body());
    }

    /**
     * Module indicators whose drill-down rows do not yet add up to their figure, each with the reason, for
     * their modules to put right: the walk below checks every other module indicator in every month, and
     * checks that each of these still fails (so the list is shortened as soon as one is fixed).
     */
    private static final Map<String, String> MODULE_INDICATORS_NOT_YET_ADDING_UP = Map.of(
            "youth-justice.board-attendance", "counts board meetings and members attending, and names no child",
            "pause.caseload-per-practitioner", "its denominator is practitioners, whom the rows (children) do not name",
            "pause.cost-avoided", "its numerator is pounds, not the children the rows name",
            "send.out-of-city-cost", "its numerator is pounds a year, not the children the rows name");

    /**
     * The same walk over the indicators other modules count (youth justice, SEND, Pause, continuing care), which
     * the scorecard, its snapshots and its drill-down carry like its own: in every month of the demo data's five
     * years, the children the drill-down lists add up to the module's numerator and denominator.
     */
    @Test
    void everyModuleIndicatorsDrillDownRowsAddUpToItsFigureInEveryMonth() {
        YearMonth now = YearMonth.now(Clock.systemUTC());
        Window window = new Window(now.minusYears(5), now);
        List<String> notAddingUp = new ArrayList<>();
        Map<String, Integer> failingCells = new java.util.TreeMap<>();
        Map<String, Integer> cellsByIndicator = new java.util.TreeMap<>();
        for (CountedIndicator indicator : catalogue.counted()) {
            if (indicator instanceof ComputedIndicator<?>) {
                continue;
            }
            Map<YearMonth, Tally> tallies = caseData.read(queries -> indicator.compute(queries, window));
            for (YearMonth month : window.months()) {
                Tally tally = tallies.get(month);
                List<Item> rows = tally.items();
                long numerator = rows.stream().mapToLong(Item::numerator).sum();
                long denominator = rows.stream().filter(Item::inDenominator).count();
                if (numerator != tally.numerator()
                        || tally.denominator() != null && denominator != tally.denominator()) {
                    failingCells.merge(indicator.id(), 1, Integer::sum);
                    if (!MODULE_INDICATORS_NOT_YET_ADDING_UP.containsKey(indicator.id())) {
                        notAddingUp.add(indicator.id() + " " + month + ": figure " + tally.numerator() + "/"
                                + tally.denominator() + ", rows " + numerator + "/" + denominator);
                    }
                }
                cellsByIndicator.merge(indicator.id(), 1, Integer::sum);
            }
        }
        String walked = "walked " + cellsByIndicator + "; not adding up " + failingCells;
        assertTrue(cellsByIndicator.keySet().containsAll(List.of(DECIDED_IN_TIME, UNDER_REVIEW)), walked);
        assertTrue(cellsByIndicator.size() > 10, "youth justice, SEND and Pause count too: " + walked);
        assertEquals(List.of(), notAddingUp, "module indicators whose drill-down rows do not add up; " + walked);
        assertEquals(MODULE_INDICATORS_NOT_YET_ADDING_UP.keySet(), failingCells.keySet(),
                "the indicators known not to add up still do not (remove those fixed from the list); " + walked);
    }

    /** The table row that carries the given attribute. */
    private static String rowOf(String body, String attribute) {
        int start = body.indexOf(attribute);
        assertTrue(start >= 0, attribute + " in " + body);
        return body.substring(start, body.indexOf("</tr>", start));
    }

    /** The table row of one child on the drill-down page. */
    private static String rowOf(String body, long person) {
        int start = body.indexOf("data-person=\"" + person + "\"");
        assertTrue(start >= 0, person + " in " + body);
        return body.substring(start, body.indexOf("</tr>", start));
    }

    private static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertTrue(m.find(), regex + " in " + body);
        return m.group(1);
    }

    @Test
    void theDrillDownSaysWhenTheFrozenFiguresDenominatorNoLongerMatchesTheRecords() throws Exception {
        histories();
        LocalDate today = LocalDate.now(Clock.systemUTC());
        YearMonth last = YearMonth.from(today).minusMonths(1);
        snapshots.freezeEndedMonths(today);
        Figure frozen = snapshots.stored(Window.single(last)).get("visits-in-timescale").get(last);
        // Recorded only now: a visit last month at which the child was not seen, five weeks after one where the
        // child was. It adds to the visits (denominator) and not to those within timescale (numerator).
        try (Connection connection = database.dataSource().getConnection()) {
            c = connection;
            activity("UNSEEN", "VISIT", last.atDay(1).minusWeeks(5).toString(), "CIN");
            activity("UNSEEN", "VISIT", last.atDay(1).toString(), "CIN");
            exec("update core_activity set child_seen = false where person_id = " + CHILD.get("UNSEEN")
                    + " and occurred_on = '" + last.atDay(1) + "'");
        }
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        HttpResponse<String> page = tom.get("performance/children.xhtml?indicator=visits-in-timescale&month=" + last);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The frozen figure for this month counted " + frozen.numerator() + " out of "
                + frozen.denominator() + "; records changed since give " + frozen.numerator() + " out of "
                + (frozen.denominator() + 1)), page.body());
        // The scorecard says so on the frozen month's cell, numerator and denominator.
        HttpResponse<String> scorecard = tom.get("performance/scorecard.xhtml?to=" + last);
        assertTrue(scorecard.body().contains("data-drift=\"frozen " + frozen.numerator() + "/" + frozen.denominator()
                + ", today " + frozen.numerator() + "/" + (frozen.denominator() + 1) + "\""), scorecard.body());
        ScorecardRow visits = scorecards.scorecard(last, true).rows().stream()
                .filter(r -> r.getDefinition().getId().equals("visits-in-timescale")).findFirst().orElseThrow();
        assertEquals("frozen " + frozen.numerator() + "/" + frozen.denominator() + ", today " + frozen.numerator() + "/"
                + (frozen.denominator() + 1), visits.getDrifts().get(12));
        assertEquals("", scorecards.scorecard(last).rows().get(0).getDrifts().get(12), "only asked for on the page");
    }

    @Test
    void endedMonthsAreFrozenAndChangeOnlyByARecordedRecalculation() throws Exception {
        histories();
        LocalDate today = LocalDate.now(Clock.systemUTC());
        YearMonth last = YearMonth.from(today).minusMonths(1);
        snapshots.freezeEndedMonths(today);
        assertTrue(snapshots.snapshot(last).orElseThrow().isFrozen());
        long frozen = snapshots.stored(Window.single(last)).get("cla").get(last).numerator();
        // Today's records may already differ from the frozen figure (the 2012 histories' open periods of care).
        long live = snapshots.compute(Window.single(last)).get("cla").get(last).numerator();

        // Continuing care's figures are frozen with the rest, through the indicators SPI.
        Figure frozenReview = snapshots.stored(Window.single(last)).get(UNDER_REVIEW).get(last);
        Figure frozenInTime = snapshots.stored(Window.single(last)).get(DECIDED_IN_TIME).get(last);
        long liveReview = snapshots.compute(Window.single(last)).get(UNDER_REVIEW).get(last).numerator();

        // A child taken into care during last month, recorded only now; and, also recorded only now, a
        // high-cost package agreed from last month and a referral decided in it within the expected weeks.
        try (Connection connection = database.dataSource().getConnection()) {
            c = connection;
            inv("LATE", "LOOKED_AFTER", last.atDay(2).toString(), null);
            long late = careReferral("LATE", last.atDay(1).toString(), last.atDay(3).toString());
            carePackage(late, "LATE", "AGREED", last.atDay(2).toString(), null, "4000.00");
        }
        assertEquals(live + 1, snapshots.compute(Window.single(last)).get("cla").get(last).numerator());
        assertEquals(liveReview + 1, snapshots.compute(Window.single(last)).get(UNDER_REVIEW).get(last).numerator());
        snapshots.freezeEndedMonths(today);
        assertEquals(frozen, snapshots.stored(Window.single(last)).get("cla").get(last).numerator(),
                "a frozen month does not move by itself");
        assertEquals(frozenReview, snapshots.stored(Window.single(last)).get(UNDER_REVIEW).get(last),
                "nor does a module's figure");
        assertEquals(frozenInTime, snapshots.stored(Window.single(last)).get(DECIDED_IN_TIME).get(last));
        ScorecardRow shown = scorecards.scorecard(last).rows().stream()
                .filter(r -> r.getDefinition().getId().equals(UNDER_REVIEW)).findFirst().orElseThrow();
        assertEquals(frozenReview.numerator(), shown.getFigures().get(12).numerator(), "the scorecard shows the frozen one");

        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        HttpResponse<String> blank = recalculate(olivia, last, " ");
        assertTrue(blank.body().contains("Say why the month is recalculated"), blank.body());
        assertEquals(frozen, snapshots.stored(Window.single(last)).get("cla").get(last).numerator());

        HttpResponse<String> done = recalculate(olivia, last, "Late recording of a care entry");
        assertTrue(done.body().contains("Recalculated " + last), done.body());
        assertEquals(live + 1, snapshots.stored(Window.single(last)).get("cla").get(last).numerator());
        assertEquals(liveReview + 1, snapshots.stored(Window.single(last)).get(UNDER_REVIEW).get(last).numerator(),
                "the recalculation counts the module's figure again too");
        Figure recountedInTime = snapshots.stored(Window.single(last)).get(DECIDED_IN_TIME).get(last);
        assertEquals(frozenInTime.numerator() + 1, recountedInTime.numerator());
        assertEquals(frozenInTime.denominator() + 1, recountedInTime.denominator());
        assertTrue(snapshots.recalculations().stream().anyMatch(r -> r.getRequestedBy().equals("olivia.brown")
                && r.getReason().equals("Late recording of a care entry") && r.getFiguresChanged() >= 1));
        assertTrue(audit.forRecord("performance-month", last.toString(), 10).stream()
                .anyMatch(a -> a.getAction().equals("SCORECARD_RECALCULATE") && a.getActor().equals("olivia.brown")
                        && a.getDetail().contains("Late recording of a care entry")), "the audit entry keeps the reason");

        // A care period backdated three months changes every month since: the three are recalculated together.
        YearMonth first = last.minusMonths(2);
        snapshots.freezeEndedMonths(today);
        try (Connection connection = database.dataSource().getConnection()) {
            c = connection;
            inv("BACKDATED", "LOOKED_AFTER", first.atDay(3).toString(), null);
        }
        HttpResponse<String> range = recalculate(olivia, first, "Care period recorded three months late", last);
        assertTrue(range.body().contains("Recalculated " + first + " to " + last + " (3 months)"), range.body());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth m = month;
            assertEquals(snapshots.compute(Window.single(m)).get("cla").get(m).numerator(),
                    snapshots.stored(Window.single(m)).get("cla").get(m).numerator(), "frozen again from today's records: " + m);
            assertTrue(snapshots.recalculations().stream().anyMatch(r -> r.getMonthStart().equals(m.atDay(1))
                    && r.getReason().equals("Care period recorded three months late")), "one entry per month: " + m);
        }
        HttpResponse<String> backwards = recalculate(olivia, last, "Wrong way round", first);
        assertTrue(backwards.body().contains("The last month comes on or after the first"), backwards.body());
    }

    private HttpResponse<String> recalculate(PortalSession session, YearMonth month, String reason) throws Exception {
        return recalculate(session, month, reason, null);
    }

    private HttpResponse<String> recalculate(PortalSession session, YearMonth month, String reason, YearMonth through)
            throws Exception {
        HttpResponse<String> page = session.get("performance/scorecard.xhtml?to=" + month);
        assertEquals(200, page.statusCode());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("recalculate-form", "recalculate-form");
        fields.put("recalculate-form:month", month.toString());
        fields.put("recalculate-form:to", through == null ? "" : through.toString());
        fields.put("recalculate-form:reason", reason);
        fields.put("recalculate-form:recalculate", "Recalculate");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        return session.post("performance/scorecard.xhtml?to=" + month, fields);
    }

    @Test
    void theExcelExportHoldsTheScorecardsFigures() throws Exception {
        histories();
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        HttpResponse<byte[]> xlsx = olivia.getBytes("performance/export/scorecard.xlsx?to=2012-10");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Scorecard");
            assertEquals("2012-10", sheet.getRow(0).getCell(14).getStringCellValue());
            Row cla = null;
            for (Row row : sheet) {
                if (row.getCell(1) != null && "Children in care".equals(row.getCell(1).getStringCellValue())) {
                    cla = row;
                }
            }
            assertNotNull(cla);
            assertEquals(2.0, cla.getCell(14).getNumericCellValue(), 0.0001);
            Row inTime = row(sheet, "Continuing care referrals decided within the expected weeks");
            assertEquals("Practice standards", inTime.getCell(0).getStringCellValue());
            assertEquals(200.0 / 3, inTime.getCell(14).getNumericCellValue(), 0.0001);
            assertEquals(90.0, inTime.getCell(16).getNumericCellValue(), 0.0001, "its target");
            assertEquals("Red", inTime.getCell(17).getStringCellValue());
            assertEquals(2.0, row(sheet, "Continuing care packages under clinical review").getCell(14)
                    .getNumericCellValue(), 0.0001);
        }
        HttpResponse<String> csv = olivia.get("performance/export/series.csv?indicator=cp-rate&to=2012-10");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("cp-rate,2012-10,0.75,3,,40000"), csv.body());
        HttpResponse<byte[]> pdf = olivia.getBytes("performance/export/scorecard.pdf?to=2012-10");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4));
        // Tagged for screen readers, with every comparator column; read with PDFBox, which the portal ships.
        TaggedPdfCheck.Found found = TaggedPdfCheck.check(pdf.body(), "H1", "H2", "Table", "TH", "TD");
        String text = found.text().replaceAll("\\s+", " ");
        assertTrue(found.title().startsWith("Monthly scorecard"), found.title());
        for (String comparator : List.of("Previous year", "Statistical neighbours", "Region", "England")) {
            assertTrue(text.contains(comparator), comparator + " in " + text);
        }
        assertTrue(text.contains("Continuing care referrals decided within the expected weeks"), text);
        assertTrue(text.contains("66.7%"), text);
        assertTrue(text.contains("Continuing care packages under clinical review"), text);
    }

    private static Row row(Sheet sheet, String title) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && title.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row '" + title + "' in the workbook");
    }

    @Test
    void everyPageOfTheModuleOpensForTheAnalyst() throws Exception {
        histories();
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("performance/index.xhtml", "Performance");
        headings.put("performance/scorecard.xhtml?to=2012-10", "Monthly scorecard");
        headings.put("performance/indicator.xhtml?id=cp-rate&to=2012-10", "Children on child protection plans per 10,000");
        headings.put("performance/catalogue.xhtml", "Indicator catalogue");
        headings.put("performance/data.xhtml", "Populations and comparators");
        headings.put("performance/forecast.xhtml", "Demand forecast: children in care");
        headings.put("performance/risks.xhtml", "Risk register");
        headings.put("performance/recommendations.xhtml", "Scrutiny recommendations");
        for (Map.Entry<String, String> page : headings.entrySet()) {
            HttpResponse<String> response = olivia.get(page.getKey());
            assertEquals(200, response.statusCode(), page.getKey());
            assertTrue(response.body().contains(page.getValue()), page.getKey() + " shows " + page.getValue());
        }
        // The trend shows the series and its target line (42 per 10,000) for the chart to draw.
        String trend = olivia.get("performance/indicator.xhtml?id=cp-rate&to=2012-10").body();
        assertTrue(trend.contains("0.8") || trend.contains("0.75"), "October 2012's rate is in the page");
        assertTrue(trend.contains("Target"), "the chart has a target line");
        assertEquals(200, olivia.get("performance/indicator.xhtml?id=no-such-indicator").statusCode());
    }

    @Test
    void aRiskSavedOverSomeoneElsesChangeIsRefusedNamingThemAndKeepingTheInput() throws Exception {
        histories();
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        HttpResponse<String> created = saveRisk(olivia, "", "0", "Court delays lengthen care proceedings", "3");
        assertTrue(created.body().contains("Risk saved."), created.body());
        long id;
        String loaded;
        try (Connection connection = database.dataSource().getConnection()) {
            c = connection;
            id = id("select id from performance_risk where title = 'Court delays lengthen care proceedings'");
            loaded = Long.toString(id("select version from performance_risk where id = " + id));
        }
        // Both open the risk at the same version; Tom saves first.
        assertTrue(saveRisk(tom, Long.toString(id), loaded, "Court delays lengthen care proceedings", "2").body()
                .contains("Risk saved."));
        HttpResponse<String> stale = saveRisk(olivia, Long.toString(id), loaded, "Court delays (olivia's wording)", "1");
        assertTrue(stale.body().contains("tom.okafor changed this record"), stale.body());
        assertTrue(stale.body().contains("Court delays (olivia&#39;s wording)") || stale.body().contains("Court delays (olivia's wording)"),
                "the input is kept");
        try (Connection connection = database.dataSource().getConnection()) {
            c = connection;
            assertEquals(2, id("select risk_rank from performance_risk where id = " + id), "nothing overwritten");
        }
        HttpResponse<String> invalid = saveRisk(olivia, "", "0", "", "0");
        assertTrue(invalid.body().contains("Describe the risk"), "a field error beside the title");
        assertTrue(invalid.body().contains("Rank from 1"), "a field error beside the rank");
    }

    private HttpResponse<String> saveRisk(PortalSession session, String id, String version, String title, String rank)
            throws Exception {
        HttpResponse<String> page = session.get("performance/risks.xhtml");
        assertEquals(200, page.statusCode());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("risk-form", "risk-form");
        fields.put("risk-form:id", id);
        fields.put("risk-form:version", version);
        fields.put("risk-form:title", title);
        fields.put("risk-form:programme", "Permanence");
        fields.put("risk-form:rank", rank);
        fields.put("risk-form:owner", "Head of Service");
        fields.put("risk-form:mitigation", "Weekly tracker with the court.");
        fields.put("risk-form:review", "2027-01-31");
        fields.put("risk-form:save-risk", "Save risk");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        return session.post("performance/risks.xhtml", fields);
    }

    @Test
    void comparatorsImportAllOrNothingAndEnteredFiguresJoinTheScorecard() throws Exception {
        histories();
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        String bad = "indicator,comparator,period,value\n"
                + "cin-plans,ENGLAND,2011-12,59\n"
                + "no-such-indicator,ENGLAND,2011-12,1\n"
                + "cp-rate,COUNTY,2011-12,40\n"
                + "cp-rate,REGION,last year,40\n"
                + "cp-rate,REGION,2011-12,forty\n";
        HttpResponse<String> refused = importCsv(olivia, bad);
        assertTrue(refused.body().contains("Nothing imported: 4 line(s) need correcting"), refused.body());
        assertTrue(refused.body().contains("Line 3: unknown indicator &#39;no-such-indicator&#39;")
                || refused.body().contains("Line 3: unknown indicator 'no-such-indicator'"), refused.body());
        assertTrue(refused.body().contains("Line 4: comparator"), "each bad line is named");
        assertTrue(refused.body().contains("Line 5: period"));
        assertTrue(refused.body().contains("Line 6: value"));
        // (The demo data publishes no comparators for this indicator.)
        assertNull(comparator("cin-plans", "ENGLAND"), "a file with a bad line imports nothing");

        HttpResponse<String> accepted = importCsv(olivia, "indicator,comparator,period,value\n"
                + "cin-plans,ENGLAND,2011-12,59\ncin-plans,REGION,2011-12,61.5\n");
        assertTrue(accepted.body().contains("2 comparator value(s) imported."), accepted.body());
        assertEquals(59.0, comparator("cin-plans", "ENGLAND"));
        assertEquals(61.5, comparator("cin-plans", "REGION"));

        HttpResponse<String> page = olivia.get("performance/data.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entered-form", "entered-form");
        fields.put("entered-form:indicator", "social-worker-vacancies");
        fields.put("entered-form:month", "2012-10");
        fields.put("entered-form:numerator", "12");
        fields.put("entered-form:denominator", "80");
        fields.put("entered-form:enter-figure", "Save figure");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        HttpResponse<String> entered = olivia.post("performance/data.xhtml", fields);
        assertTrue(entered.body().contains("Figure for 2012-10 saved"), entered.body());
        ScorecardRow vacancies = scorecards.scorecard(OCT).rows().stream()
                .filter(r -> r.getDefinition().getId().equals("social-worker-vacancies")).findFirst().orElseThrow();
        assertEquals(15.0, vacancies.getLatest(), 0.0001, "12 of 80 posts");
    }

    private Double comparator(String indicator, String kind) {
        return scorecards.comparators().getOrDefault(indicator, Map.of()).get(kind);
    }

    private HttpResponse<String> importCsv(PortalSession session, String csv) throws Exception {
        HttpResponse<String> page = session.get("performance/data.xhtml");
        String boundary = "----harbour" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("import-form", "import-form");
        fields.put("import-form:import", "Import comparators");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        fields.put(PortalSession.NONCE_FIELD, session.nonceFor(PortalSession.viewState(page.body())));
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"import-form:file\"; filename=\"comparators.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return session.postBytes("performance/data.xhtml", body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }
}
