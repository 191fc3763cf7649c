package org.harbour.performance.ssda903;

import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.ssda903.domain.CareLeaverOutcome;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Episode;
import org.harbour.performance.ssda903.domain.Ssda903Review;
import org.harbour.performance.ssda903.domain.Ssda903Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the DfE's SSDA903 rules on the Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption,
 * PrevPerm, Missing and SWEpisodes tables, for 2025-26: complete records of every table break none, and for each rule one
 * record changed in the one way the rule forbids breaks it, as an error with the rule's code and
 * a link to the page that puts it right.
 */
class Ssda903RuleCatalogueTest {

    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long CHILD = 501;
    private static final String OWN_AUTHORITY = "999";

    /** A child's records as the tables carry them; each case changes one thing. */
    private record Child(LocalDate dob, String sex, String upn, List<Ssda903Episode> episodes,
                         List<Ssda903Review> reviews, CareLeaverOutcome leaver, LookedAfterStatusRow status,
                         HealthOutcomeRow health, List<MissingEpisodeRow> missing, List<WorkerEpisodeRow> workers) {

        Ssda903Child build() {
            return new Ssda903Child(CHILD, dob, sex, "WBRI", upn, episodes, reviews, leaver, status, health, missing,
                    health != null, workers);
        }

        Child workers(WorkerEpisodeRow... list) {
            return new Child(dob, sex, upn, episodes, reviews, leaver, status, health, missing, List.of(list));
        }

        Child dob(LocalDate day) {
            return new Child(day, sex, upn, episodes, reviews, leaver, status, health, missing, workers);
        }

        Child sex(String code) {
            return new Child(dob, code, upn, episodes, reviews, leaver, status, health, missing, workers);
        }

        Child upn(String value) {
            return new Child(dob, sex, value, episodes, reviews, leaver, status, health, missing, workers);
        }

        Child episodes(Ssda903Episode... list) {
            return new Child(dob, sex, upn, List.of(list), reviews, leaver, status, health, missing, workers);
        }

        Child review(String code) {
            return new Child(dob, sex, upn, episodes, List.of(new Ssda903Review(9, date("2025-09-01"), code)), leaver,
                    status, health, missing, workers);
        }

        Child leaver(String inTouch, String activity, String accommodation) {
            return new Child(dob, sex, upn, episodes, reviews, new CareLeaverOutcome(7, inTouch, activity, accommodation),
                    status, health, missing, workers);
        }

        Child status(LookedAfterStatusRow row) {
            return new Child(dob, sex, upn, episodes, reviews, leaver, row, health, missing, workers);
        }

        Child health(Integer sdq, String reason, boolean misuse, Boolean received, Boolean offered) {
            return new Child(dob, sex, upn, episodes, reviews, leaver, status, new HealthOutcomeRow(3, CHILD, YEAR.end(),
                    true, true, true, true, sdq, reason, false, misuse, received, offered), missing, workers);
        }

        Child missing(String kind, String start, String end) {
            return new Child(dob, sex, upn, episodes, reviews, leaver, status, health,
                    List.of(new MissingEpisodeRow(4, CHILD, kind, date(start), end == null ? null : date(end), true, true)),
                    workers);
        }
    }

    private static LocalDate date(String day) {
        return LocalDate.parse(day);
    }

    /** An episode in foster care with the authority's own carers, open at the year's end unless ended. */
    private static Ssda903Episode episode(long id, String start, String rne, String ls, String place, String provider,
                                          String end, String rec) {
        return episode(id, start, rne, ls, place, provider, end, rec, null, "HB1 2", "HB7 1", null);
    }

    private static Ssda903Episode episode(long id, String start, String rne, String ls, String place, String provider,
                                          String end, String rec, String placeChange, String home, String placed,
                                          String urn) {
        LocalDate from = date(start);
        Ssda903Episode episode = new Ssda903Episode(id, 100, from, rne, ls, "N1", place, provider,
                end == null ? null : date(end), rec, placeChange, home, placed, urn, YEAR.contains(from));
        // Placed inside the authority a few miles from home; a short break records no placement location.
        return "V3".equals(ls) || "V4".equals(ls) ? episode
                : episode.placedIn(OWN_AUTHORITY, "IN", new BigDecimal("3.5"));
    }

    /** The same episode placed elsewhere: in another authority or none, in or out, at a distance. */
    private static Ssda903Episode placed(Ssda903Episode e, String la, String location, String miles) {
        return e.placedIn(la, location, miles == null ? null : new BigDecimal(miles));
    }

    private static LookedAfterStatusRow status(boolean mother, String childBornOn) {
        return new LookedAfterStatusRow(1, CHILD, null, null, mother, childBornOn == null ? null : date(childBornOn),
                null, null, null, null, null, null, null, null, null, false, null, null, null);
    }

    private static LookedAfterStatusRow adoption(String decided, String matched, String stopped, String reason,
                                                 Integer adopters, String adoptersSex, String adoptersStatus) {
        return new LookedAfterStatusRow(1, CHILD, null, null, false, null, null, null, null, date(decided), null,
                matched == null ? null : date(matched), null, stopped == null ? null : date(stopped), reason, false,
                adopters, adoptersSex, adoptersStatus);
    }

    private static WorkerEpisodeRow worker(long id, String start, String end, String reason) {
        return new WorkerEpisodeRow(id, CHILD, 30, 40 + id, date(start), end == null ? null : date(end), reason);
    }

    /** An unaccompanied asylum-seeking child since {@code from}, the status ceased on {@code ceased} if it did. */
    private static LookedAfterStatusRow uasc(String from, String ceased) {
        return new LookedAfterStatusRow(1, CHILD, date(from), ceased == null ? null : date(ceased), false, null, null,
                null, null, null, null, null, null, null, null, false, null, null, null);
    }

    /** What permanence the child left before care: the code, the authority that arranged it and the order's date. */
    private static LookedAfterStatusRow previousPermanence(String code, String la, String ordered) {
        return new LookedAfterStatusRow(1, CHILD, null, null, false, null, code, la,
                ordered == null ? null : date(ordered), null, null, null, null, null, null, false, null, null, null);
    }

    /** Started to be looked after in May 2025, having left a special guardianship order. */
    private static Child startedInYear() {
        return complete().episodes(episode(1, "2025-05-01", "S", "C2", "U4", "PR1", null, null))
                .status(previousPermanence("P3", "316", "2021-03-01"));
    }

    /** In care since May 2024 in one foster placement, reviewed, health recorded, missing once and back. */
    private static Child complete() {
        return new Child(date("2012-06-01"), "F", "A950000178301",
                List.of(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null)),
                List.of(new Ssda903Review(9, date("2025-09-01"), "PN3")), null, status(false, null), null, List.of(),
                List.of(worker(1, "2024-05-01", "2025-08-31", "LEFTRL"), worker(2, "2025-09-01", null, null)))
                .health(12, null, true, true, true).missing("M", "2025-07-01", "2025-07-03");
    }

    /** Adopted in June 2025 after a decision in 2024 and a match in 2025, by a couple. */
    private static Child adopted() {
        return complete().episodes(episode(1, "2024-05-01", "S", "E1", "A5", "PR1", "2025-06-01", "E11"))
                .status(adoption("2024-09-01", "2025-02-01", null, null, 2, "MF", "L11"));
    }

    /** A care leaver whose last episode ended at 18 and who is in touch, in education, in suitable lodgings. */
    private static Child leaver() {
        return complete().dob(date("2007-06-01"))
                .episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", "2025-06-01", "E8"))
                .leaver("YES", "F2", "E1");
    }

    static Stream<Arguments> passing() {
        return Stream.of(Arguments.of("in care", complete()), Arguments.of("adopted", adopted()),
                Arguments.of("care leaver", leaver()),
                Arguments.of("placement change", complete().episodes(
                        episode(1, "2024-05-01", "S", "C2", "U4", "PR1", "2025-06-01", "X1"),
                        episode(2, "2025-06-01", "P", "C2", "R1", "PR2", null, null, "CARPL", "HB1 2", "HB7 1", null))),
                Arguments.of("unaccompanied asylum seeker", complete().dob(date("2009-01-01"))
                        .status(uasc("2024-05-01", "2026-01-01"))),
                Arguments.of("started in the year after special guardianship", startedInYear()),
                Arguments.of("started in the year after an order made in Scotland", startedInYear()
                        .status(previousPermanence("P3", "SCO", "2021-03-01"))),
                Arguments.of("started in the year after an order of a former authority", startedInYear()
                        .status(previousPermanence("P3", "909", "2021-03-01"))),
                Arguments.of("started in the year from home", startedInYear()
                        .status(previousPermanence("Z1", null, null))),
                Arguments.of("placed out of the authority by a private provider", complete().episodes(placed(
                        episode(1, "2024-05-01", "S", "C2", "K2", "PR4", null, null), "886", "OUT", "48.2"))),
                Arguments.of("placed in Wales, at the furthest distance the return takes", complete().episodes(placed(
                        episode(1, "2024-05-01", "S", "C2", "U4", "PR4", null, null), "WAL", "OUT", "999.9"))),
                Arguments.of("in foster care of the authority's own outside it", complete().episodes(placed(
                        episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null), "316", "OUT", "12.0"))),
                Arguments.of("a UASC, whose home postcode the DfE cannot know, without a distance", complete()
                        .dob(date("2009-01-01")).status(uasc("2024-05-01", "2026-01-01")).episodes(placed(
                                episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null), "999", "IN", null))),
                Arguments.of("adoption decision reversed", complete()
                        .status(adoption("2024-09-01", null, "2025-05-01", "RD1", null, null, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void completeRecordsBreakNoRule(String name, Child child) {
        assertThat(Ssda903Rules.check(List.of(child.build()), YEAR, OWN_AUTHORITY))
                .filteredOn(m -> m.severity() == ValidationMessage.Severity.ERROR).isEmpty();
    }

    static Stream<Arguments> failing() {
        return Stream.of(
                // Header
                rule("102", complete().dob(null)),
                rule("168", complete().upn("ABC123")),
                rule("611", complete().status(status(true, null))),
                rule("174", complete().sex("M").status(status(true, "2024-01-01"))),
                rule("620", complete().dob(date("2015-01-01")).status(status(true, "2025-01-01"))),
                // Episodes: dates and sequence
                rule("356", complete().episodes(episode(1, "2025-06-01", "S", "C2", "U4", "PR1", "2025-05-01", "E13"))),
                rule("148", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", "2025-06-01", null))),
                rule("142", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null),
                        episode(2, "2025-06-01", "P", "C2", "U4", "PR1", null, null))),
                rule("501", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", "2025-07-01", "X1"),
                        episode(2, "2025-06-01", "P", "C2", "U4", "PR1", null, null))),
                rule("431", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", "2025-06-01", "E13"),
                        episode(2, "2025-06-01", "S", "C2", "U4", "PR1", null, null))),
                rule("388", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", "2025-06-01", "X1"))),
                rule("375", complete().episodes(episode(1, "2025-05-01", "P", "C2", "T1", null, "2025-07-01", "X1"))),
                rule("376", complete().episodes(episode(1, "2025-05-01", "P", "C2", "T3", null, "2025-06-01", "X1"))),
                rule("379", complete().episodes(episode(1, "2025-05-01", "P", "C2", "T4", null, "2025-05-11", "X1"))),
                // Episodes: code combinations
                rule("178", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR9", null, null))),
                rule("213", complete().episodes(episode(1, "2025-05-01", "P", "C2", "T0", "PR1", null, null))),
                rule("527", complete().episodes(episode(1, "2024-05-01", "S", "C2", "P1", "PR1", null, null))),
                rule("528", complete().episodes(episode(1, "2024-05-01", "S", "C2", "R2", "PR2", null, null))),
                rule("530", complete().episodes(episode(1, "2024-05-01", "S", "C2", "P1", "PR4", null, null))),
                rule("531", complete().episodes(episode(1, "2024-05-01", "S", "C2", "P1", "PR5", null, null))),
                rule("1009", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null, "MOVED",
                        "HB1 2", "HB7 1", null))),
                rule("214", complete().episodes(episode(1, "2025-05-01", "S", "V3", "U4", "PR1", null, null))),
                rule("222", complete().episodes(episode(1, "2024-05-01", "S", "C2", "R1", "PR1", null, null, null,
                        "HB1 2", "HB7 1", "SC123456"))),
                rule("366", complete().episodes(episode(1, "2025-05-01", "P", "V3", "U4", "PR1", null, null, null,
                        "HB1 2", null, null))),
                rule("380", complete().episodes(episode(1, "2025-05-01", "S", "C2", "T2", null, null, null))),
                rule("381", complete().episodes(episode(1, "2025-05-01", "P", "C2", "T2", null, "2025-05-05", "E13"))),
                rule("408", complete().episodes(episode(1, "2024-05-01", "S", "C2", "A5", "PR1", null, null))),
                rule("392c", complete().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null, null,
                        "NOT A POSTCODE", "HB7 1", null))),
                // Episodes: where the placement is
                rule("164", complete().episodes(placed(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null),
                        OWN_AUTHORITY, "IN", null))),
                rule("164", complete().episodes(placed(episode(1, "2024-05-01", "S", "C2", "U4", "PR4", null, null),
                        "SCO", "OUT", "1000.0"))),
                rule("169", complete().episodes(placed(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null),
                        null, "IN", "3.5"))),
                rule("169", complete().episodes(placed(episode(1, "2024-05-01", "S", "C2", "U4", "PR4", null, null),
                        "458", "OUT", "20.0"))),
                rule("179", complete().episodes(placed(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", null, null),
                        OWN_AUTHORITY, null, "3.5"))),
                rule("411", complete().episodes(placed(episode(1, "2024-05-01", "S", "C2", "U4", "PR4", null, null),
                        "886", "IN", "40.0"))),
                rule("1015", complete().episodes(placed(episode(1, "2024-05-01", "S", "C2", "K2", "PR1", null, null),
                        "886", "OUT", "40.0"))),
                // Episodes: age for the placement or the ending
                rule("370", complete().episodes(episode(1, "2024-05-01", "S", "C2", "P2", "PR1", null, null))),
                rule("371", complete().episodes(episode(1, "2024-05-01", "S", "C2", "H5", "PR1", null, null))),
                rule("372", complete().dob(date("2016-01-01"))
                        .episodes(episode(1, "2024-05-01", "S", "J2", "R5", "PR0", null, null))),
                rule("373", complete().dob(date("2022-01-01"))
                        .episodes(episode(1, "2024-05-01", "S", "C2", "S1", "PR1", null, null))),
                rule("374", complete().episodes(episode(1, "2024-05-01", "S", "C2", "P3", "PR1", null, null))),
                rule("386", adopted().dob(date("2007-01-01"))),
                // Reviews, OC2, OC3
                rule("167", complete().review("PN9")),
                rule("192", complete().health(12, null, true, null, true)),
                rule("193", complete().health(12, null, false, null, true)),
                rule("197", complete().health(12, "SDQ1", true, true, true)),
                rule("132", leaver().leaver("YES", "Z9", "E1")),
                rule("1011", leaver().episodes(episode(1, "2024-05-01", "S", "C2", "U4", "PR1", "2025-06-01", "E3"))),
                // AD1 and PlacedAdoption
                rule("175", adopted().status(adoption("2024-09-01", "2025-02-01", null, null, 3, "MF", "L11"))),
                rule("176", adopted().status(adoption("2024-09-01", "2025-02-01", null, null, 2, "XY", "L11"))),
                rule("177", adopted().status(adoption("2024-09-01", "2025-02-01", null, null, 2, "MF", "L9"))),
                rule("333", adopted().status(adoption("2025-03-01", "2025-02-01", null, null, 2, "MF", "L11"))),
                rule("119", complete().status(adoption("2024-09-01", null, "2025-05-01", null, null, null, null))),
                rule("120", complete().status(adoption("2024-09-01", null, "2025-05-01", "RD9", null, null, null))),
                // Missing
                rule("1006", complete().missing("X", "2025-07-01", "2025-07-03")),
                rule("567", complete().missing("M", "2025-07-05", "2025-07-03")),
                rule("570", complete().missing("M", "2026-05-01", null)),
                rule("571", complete().missing("A", "2025-02-01", "2025-03-01")),
                rule("586", complete().missing("M", "2012-06-01", "2012-06-02")),
                // UASC
                rule("304", complete().dob(date("2007-06-01")).status(uasc("2024-05-01", "2025-07-01"))),
                // PrevPerm
                rule("631", startedInYear().status(previousPermanence("P9", "316", "2021-03-01"))),
                rule("635", startedInYear().status(previousPermanence("Z1", "316", null))),
                rule("632", startedInYear().status(previousPermanence("P3", "316", "2025-05-01"))),
                rule("633", startedInYear().status(previousPermanence("P3", "458", "2021-03-01"))),
                rule("633", startedInYear().status(previousPermanence("P3", "wal", "2021-03-01"))),
                // SWEpisodes
                rule("SW13STG1", complete().workers(worker(1, "2024-05-01", "2025-08-31", "BORED"),
                        worker(2, "2025-09-01", null, null))),
                rule("SW10STG2", complete().workers(worker(1, "2024-05-01", "2025-09-30", "LEFTRL"),
                        worker(2, "2025-09-01", null, null))),
                rule("SW10STG2", complete().workers(worker(1, "2024-05-01", null, null),
                        worker(2, "2025-09-01", null, null))),
                rule("SW17STG2", complete().workers(worker(1, "2024-05-01", "2026-02-01", null))));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                rule("231", complete().dob(date("2016-01-01")).status(uasc("2024-05-01", null))),
                rule("HB-903-DUC", complete().dob(date("2009-01-01")).status(uasc("2025-05-01", "2025-04-20"))),
                rule("HB-903-DUC18", complete().dob(date("2008-01-01")).status(uasc("2024-05-01", null))));
    }

    @ParameterizedTest(name = "query {0}")
    @MethodSource("queries")
    void eachQueryIsRaisedByTheRecordItAsksAbout(String code, Child child) {
        List<ValidationMessage> messages = Ssda903Rules.check(List.of(child.build()), YEAR, OWN_AUTHORITY);
        assertThat(messages).filteredOn(m -> m.ruleCode().equals(code)).isNotEmpty().allSatisfy(m -> {
            assertThat(m.severity()).isEqualTo(ValidationMessage.Severity.WARNING);
            assertThat(m.link()).startsWith("/").contains(Long.toString(CHILD));
        });
        assertThat(messages).filteredOn(m -> m.severity() == ValidationMessage.Severity.ERROR).isEmpty();
    }

    private static Arguments rule(String code, Child child) {
        return Arguments.of(code, child);
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("failing")
    void eachRuleIsBrokenByTheOneChangeItForbids(String code, Child child) {
        List<ValidationMessage> messages = Ssda903Rules.check(List.of(child.build()), YEAR, OWN_AUTHORITY);
        assertThat(messages).filteredOn(m -> m.ruleCode().equals(code)).isNotEmpty().allSatisfy(m -> {
            assertThat(m.severity()).isEqualTo(ValidationMessage.Severity.ERROR);
            assertThat(m.personId()).isEqualTo(CHILD);
            assertThat(m.message()).isNotBlank();
            assertThat(m.link()).startsWith("/").contains(Long.toString(CHILD));
        });
    }
}
