package org.harbour.performance.ssda903;

import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.ssda903.domain.Ssda903Assembly;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Codes;
import org.harbour.performance.ssda903.domain.Ssda903Records;
import org.harbour.performance.ssda903.domain.Ssda903Rules;
import org.harbour.performance.ssda903.infrastructure.Ssda903Csv;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The tables made from the practitioner's looked-after records, field by field, for hand-built
 * children in 2025-26: a girl in care since 2023 (OC2, UASC, mother, missing episodes crossing
 * the year's edges), a boy who came into care in the year (PrevPerm, a review), and a baby adopted
 * in the year (AD1, PlacedAdoption); then each rule with a record that passes and one that fails.
 */
class Ssda903LookedAfterTablesTest {

    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long GIRL = 51;
    private static final long BOY = 52;
    private static final long BABY = 53;
    private static final String SECTION = "/case/looked-after.xhtml?person=";

    private static LookedAfterStatusRow status(long child, boolean mother, LocalDate childBorn, Integer adopters,
                                               String adoptersSex, LocalDate decided, LocalDate stopped) {
        return new LookedAfterStatusRow(child, child, child == GIRL ? LocalDate.of(2023, 5, 2) : null,
                child == GIRL ? LocalDate.of(2025, 11, 20) : null, mother, childBorn,
                child == BOY ? "P2" : null, child == BOY ? "931" : null,
                child == BOY ? LocalDate.of(2019, 3, 4) : null, decided, decided == null ? null : decided.plusMonths(1),
                decided == null ? null : decided.plusMonths(3), decided == null ? null : decided.plusMonths(4),
                stopped, stopped == null ? null : "RD1", child == BABY, adopters, adoptersSex,
                adopters == null ? null : adopters == 2 ? "L11" : "L0");
    }

    private static Ssda903Records records(LookedAfterStatusRow girl, LookedAfterStatusRow baby,
                                          List<MissingEpisodeRow> missing, String reviewCode,
                                          List<HealthOutcomeRow> health) {
        PersonRecordRow girlP = new PersonRecordRow(GIRL, LocalDate.of(2008, 2, 10), null, "F", "BAFR", null, "HB1 2AB");
        PersonRecordRow boyP = new PersonRecordRow(BOY, LocalDate.of(2014, 8, 1), null, "M", "WBRI", null, "HB2 3CD");
        PersonRecordRow babyP = new PersonRecordRow(BABY, LocalDate.of(2023, 1, 5), null, "F", "WBRI", null, "HB4 5EF");
        List<EpisodeDetailRow> episodes = Placed.nearby(List.of(
                new EpisodeDetailRow(1, 200, GIRL, LocalDate.of(2023, 5, 2), null, "V2", "U4", "PR1", "S", null, null, "HB7 1AA"),
                new EpisodeDetailRow(2, 300, BOY, LocalDate.of(2025, 9, 1), null, "C1", "U4", "PR1", "S", null, null, "HB7 1AA"),
                new EpisodeDetailRow(3, 400, BABY, LocalDate.of(2023, 2, 1), LocalDate.of(2024, 6, 1), "C2", "U4", "PR1", "S", "X1", null, "HB7 1AA"),
                new EpisodeDetailRow(4, 400, BABY, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 10, 15), "E1", "A5", "PR1", "U", "E11", null, "HB7 1AA")));
        List<InvolvementDetailRow> periods = List.of(period(200, GIRL, LocalDate.of(2023, 5, 2), null),
                period(300, BOY, LocalDate.of(2025, 9, 1), null),
                period(400, BABY, LocalDate.of(2023, 2, 1), LocalDate.of(2025, 10, 15)));
        List<ReviewRow> reviews = List.of(new ReviewRow(31, BOY, LocalDate.of(2025, 11, 30), "CLA_REVIEW", reviewCode));
        List<LookedAfterStatusRow> statuses = new java.util.ArrayList<>(List.of(
                status(BOY, false, null, null, null, null, null)));
        if (girl != null) {
            statuses.add(girl);
        }
        if (baby != null) {
            statuses.add(baby);
        }
        return new Ssda903Records(episodes, periods, reviews, List.of(), List.of(girlP, boyP, babyP))
                .with(missing, health, statuses);
    }

    private static InvolvementDetailRow period(long id, long person, LocalDate start, LocalDate end) {
        return new InvolvementDetailRow(id, person, "LOOKED_AFTER", start, end, null, null, "N1", false, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    private static final List<MissingEpisodeRow> MISSING = List.of(
            // Began before the year, ended in it: in the table.
            new MissingEpisodeRow(61, GIRL, "M", LocalDate.of(2025, 3, 30), LocalDate.of(2025, 4, 2), true, true),
            new MissingEpisodeRow(62, GIRL, "A", LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 25), true, false),
            // Still missing on 31 March (came back in April): MIS_END empty.
            new MissingEpisodeRow(63, GIRL, "M", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 3), false, false),
            // Over before the year: not in the table.
            new MissingEpisodeRow(64, GIRL, "M", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 2), false, false));

    private static final HealthOutcomeRow GIRL_HEALTH = new HealthOutcomeRow(71, GIRL, YEAR.end(), true, false, true,
            true, 14, null, false, true, true, null);

    private static Ssda903Records complete() {
        return records(status(GIRL, true, LocalDate.of(2025, 6, 9), null, null, null, null),
                status(BABY, false, null, 2, "MF", LocalDate.of(2024, 2, 1), null), MISSING, "PN1",
                List.of(GIRL_HEALTH));
    }

    private static Map<String, List<String>> tables(Ssda903Records records) {
        List<Ssda903Child> children = Ssda903Assembly.children(records, YEAR);
        return Ssda903Csv.write(children, Ssda903Codes.forYear(2025), YEAR).stream()
                .collect(Collectors.toMap(ReturnFile::name,
                        f -> new String(f.content(), StandardCharsets.UTF_8).lines().toList()));
    }

    @Test
    void eachTableCarriesItsChildrenFieldByField() {
        Map<String, List<String>> t = tables(complete());
        assertThat(t.get("903_Header.csv")).containsExactly("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "51,F,10/02/2008,BAFR,,1,09/06/2025", "52,M,01/08/2014,WBRI,,,", "53,F,05/01/2023,WBRI,,0,");
        assertThat(t.get("903_UASC.csv")).containsExactly("CHILD,SEX,DOB,DUC", "51,F,10/02/2008,20/11/2025");
        // Only the girl has been looked after for twelve months on 31 March 2026.
        assertThat(t.get("903_OC2.csv")).containsExactly("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,"
                        + "IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
                "51,10/02/2008,14,,0,1,1,0,1,1,1,");
        assertThat(t.get("903_AD1.csv")).containsExactly(
                "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                "53,05/01/2023,01/02/2024,01/05/2024,1,2,MF,L11");
        assertThat(t.get("903_PlacedAdoption.csv")).containsExactly(
                "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "53,05/01/2023,01/02/2024,,");
        assertThat(t.get("903_PrevPerm.csv")).containsExactly("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
                "52,01/08/2014,P2,931,04/03/2019");
        assertThat(t.get("903_Missing.csv")).containsExactly("CHILD,DOB,MISSING,MIS_START,MIS_END",
                "51,10/02/2008,M,30/03/2025,02/04/2025", "51,10/02/2008,A,24/12/2025,25/12/2025",
                "51,10/02/2008,M,30/03/2026,");
        assertThat(t.get("903_Reviews.csv")).containsExactly("CHILD,DOB,REVIEW,REVIEW_CODE",
                "52,01/08/2014,30/11/2025,PN1");
    }

    @Test
    void aCompleteRecordBreaksNoRuleAndAnEpisodeWithoutItsReturnIsAQuery() {
        assertThat(check(complete())).isEmpty();
        Ssda903Records r = complete();
        MissingEpisodeRow open = new MissingEpisodeRow(66, GIRL, "M", LocalDate.of(2026, 3, 28), null, false, false);
        assertThat(check(r.with(List.of(MISSING.get(1), open), r.health(), r.statuses())))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::severity, ValidationMessage::link)
                .containsExactly(tuple("HB-903-MIS_END", ValidationMessage.Severity.WARNING, SECTION + "51&section=missing"));
    }

    @Test
    void swEpisodesNameTheWorkerByIdWithTheReasonForAChangeInTheYear() {
        List<WorkerEpisodeRow> workers = List.of(
                // Held before the year only: not in the table.
                new WorkerEpisodeRow(81, BOY, 9, 5, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31), "MANAGE"),
                new WorkerEpisodeRow(82, BOY, 9, 6, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 31), "LEFTRL"),
                // Changed after 31 March: no SW_DEC nor SW_REASON yet.
                new WorkerEpisodeRow(83, BOY, 9, 7, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 5, 1), "ORGRST"));
        List<String> rows = tables(complete().withWorkers(workers)).get("903_SWEpisodes.csv");
        assertThat(rows).containsExactly("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
                "52,01/08/2014,6,01/04/2025,31/10/2025,LEFTRL", "52,01/08/2014,7,01/11/2025,,");
        assertThat(check(complete().withWorkers(workers))).isEmpty();
    }

    @Test
    void aChangeOfWorkerInTheYearWithoutItsReasonIsAQueryLinkingToWhereItIsPutRight() {
        List<WorkerEpisodeRow> workers = List.of(
                new WorkerEpisodeRow(82, BOY, 9, 6, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 31), null),
                new WorkerEpisodeRow(83, BOY, 9, 7, LocalDate.of(2025, 11, 1), null, null),
                // Ended with the case's closure, no one took it on: no reason is asked for.
                new WorkerEpisodeRow(84, BOY, 10, 7, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1), null));
        assertThat(check(complete().withWorkers(workers)))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::severity, ValidationMessage::field,
                        ValidationMessage::link)
                .containsExactly(tuple("HB-903-SW_REASON", ValidationMessage.Severity.WARNING, "SW_REASON",
                        SECTION + "52&section=workers"));
    }

    @Test
    void overlappingMissingEpisodesBreakRule574() {
        List<MissingEpisodeRow> overlapping = List.of(MISSING.get(1),
                new MissingEpisodeRow(65, GIRL, "M", LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 28), false, false));
        Ssda903Records r = complete();
        List<ValidationMessage> messages = check(r.with(overlapping, r.health(), r.statuses()));
        assertThat(messages).extracting(ValidationMessage::ruleCode, ValidationMessage::field, ValidationMessage::personId)
                .containsExactly(tuple("574", "MIS_START", GIRL));
        assertThat(messages.get(0).severity()).isEqualTo(ValidationMessage.Severity.ERROR);
    }

    @Test
    void participationUnderFourForAChildOfElevenBreaksRule440AndOverFourForABabyBreaks441() {
        Ssda903Records r = complete();
        Ssda903Records underFour = records(r.statuses().get(1), r.statuses().get(2), List.of(), "PN0", r.health());
        assertThat(check(underFour)).extracting(ValidationMessage::ruleCode, ValidationMessage::link)
                .containsExactly(tuple("440", "/case/activity.xhtml?person=52&id=31"));
        Ssda903Records notRecorded = records(r.statuses().get(1), r.statuses().get(2), List.of(), null, r.health());
        assertThat(check(notRecorded)).extracting(ValidationMessage::ruleCode, ValidationMessage::severity)
                .containsExactly(tuple("HB-903-REVIEW_CODE", ValidationMessage.Severity.WARNING));
        // A baby of ten months is under four: only PN0 fits.
        List<ReviewRow> babyReview = List.of(new ReviewRow(32, BABY, LocalDate.of(2025, 4, 30), "CLA_REVIEW", "PN6"));
        Ssda903Records baby = new Ssda903Records(r.episodes(), r.periods(), babyReview, List.of(), r.persons())
                .with(List.of(), r.health(), r.statuses());
        assertThat(check(baby)).extracting(ValidationMessage::ruleCode).containsExactly("441");
    }

    @Test
    void aMotherYoungerThanHerChildBreaksRule620() {
        Ssda903Records r = complete();
        Ssda903Records wrong = records(status(GIRL, true, LocalDate.of(2007, 1, 1), null, null, null, null),
                r.statuses().get(2), List.of(), "PN1", r.health());
        assertThat(check(wrong)).extracting(ValidationMessage::ruleCode, ValidationMessage::field, ValidationMessage::link)
                .containsExactly(tuple("621", "MC_DOB", SECTION + "51&section=status"));
    }

    @Test
    void twoAdoptersWithASingleAdoptersSexBreakRule511() {
        Ssda903Records r = complete();
        Ssda903Records wrong = records(r.statuses().get(1), status(BABY, false, null, 2, "F1", LocalDate.of(2024, 2, 1), null),
                List.of(), "PN1", r.health());
        assertThat(check(wrong)).extracting(ValidationMessage::ruleCode, ValidationMessage::field)
                .containsExactly(tuple("511", "SEX_ADOPTR"));
    }

    @Test
    void aChildLeavingCareUnadoptedAfterTheDecisionNeedsItReversedRule525() {
        Ssda903Records r = complete();
        EpisodeDetailRow returnedHome = Placed.nearby(new EpisodeDetailRow(4, 400, BABY, LocalDate.of(2024, 6, 1),
                LocalDate.of(2025, 10, 15), "E1", "U4", "PR1", "U", "E13", null, "HB7 1AA"));
        List<EpisodeDetailRow> episodes = r.episodes().stream().map(e -> e.id() == 4 ? returnedHome : e).toList();
        LookedAfterStatusRow decided = status(BABY, false, null, null, null, LocalDate.of(2024, 2, 1), null);
        Ssda903Records broken = new Ssda903Records(episodes, r.periods(), r.reviews(), List.of(), r.persons())
                .with(List.of(), r.health(), List.of(r.statuses().get(0), r.statuses().get(1), decided));
        assertThat(check(broken)).extracting(ValidationMessage::ruleCode).containsExactly("557");
        LookedAfterStatusRow reversed = status(BABY, false, null, null, null, LocalDate.of(2024, 2, 1),
                LocalDate.of(2025, 9, 1));
        Ssda903Records fixed = broken.with(List.of(), r.health(), List.of(r.statuses().get(0), r.statuses().get(1), reversed));
        assertThat(check(fixed)).isEmpty();
        List<String> placed = tables(fixed).get("903_PlacedAdoption.csv");
        assertThat(placed).containsExactly("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "53,05/01/2023,01/02/2024,01/09/2025,RD1");
    }

    @Test
    void unrecordedHealthPermanenceAndAdoptionAreQueriesNotErrors() {
        Ssda903Records bare = new Ssda903Records(complete().episodes(), complete().periods(),
                complete().reviews(), List.of(), complete().persons());
        List<ValidationMessage> messages = check(bare);
        assertThat(messages).extracting(ValidationMessage::ruleCode, ValidationMessage::personId, ValidationMessage::link)
                .containsExactlyInAnyOrder(
                        tuple("HB-903-OC2", GIRL, SECTION + "51&section=health"),
                        tuple("HB-903-PREV_PERM", BOY, SECTION + "52&section=status"),
                        tuple("HB-903-AD1", BABY, SECTION + "53&section=status"));
        assertThat(messages).allMatch(m -> m.severity() == ValidationMessage.Severity.WARNING);
        Map<String, List<String>> t = tables(bare);
        // The rows are still there, their fields empty, as the DfE expects the children in the tables.
        assertThat(t.get("903_OC2.csv")).containsExactly(t.get("903_OC2.csv").get(0), "51,10/02/2008,,,,,,,,,,");
        assertThat(t.get("903_PrevPerm.csv")).containsExactly("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", "52,01/08/2014,,,");
    }

    private static List<ValidationMessage> check(Ssda903Records records) {
        return Ssda903Rules.check(Ssda903Assembly.children(records, YEAR), YEAR, Placed.OWN_AUTHORITY);
    }

    @SuppressWarnings("unused")
    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
