package org.harbour.performance.ssda903;

import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.ssda903.domain.Ssda903Assembly;
import org.harbour.performance.ssda903.domain.Ssda903Records;
import org.harbour.performance.ssda903.domain.Ssda903Rules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The DfE's rules on the UASC, OC2, OC3 and PrevPerm tables, each with a record that passes and
 * one that fails, for 2025-26: a girl in care since 2022 who was UASC (OC2, UASC), a boy who came
 * into care in the year (PrevPerm) and a care leaver who turned 19 in the year (OC3).
 */
class Ssda903OutcomeRulesTest {

    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long GIRL = 81;
    private static final long BOY = 82;
    private static final long LEAVER = 83;
    private static final LocalDate GIRL_BORN = LocalDate.of(2008, 1, 10);

    private static Ssda903Records records(LocalDate uascCeased, Integer sdqScore, String sdqReason, String prevPerm,
                                          String inTouch, String activity, String accommodation) {
        List<PersonRecordRow> persons = List.of(
                new PersonRecordRow(GIRL, GIRL_BORN, null, "F", "WBRI", null, "HB1 2AB"),
                new PersonRecordRow(BOY, LocalDate.of(2015, 5, 1), null, "M", "WBRI", null, "HB2 3CD"),
                new PersonRecordRow(LEAVER, LocalDate.of(2006, 9, 1), null, "M", "WBRI", null, "HB3 4EF"));
        List<EpisodeDetailRow> episodes = Placed.nearby(List.of(
                new EpisodeDetailRow(1, 100, GIRL, LocalDate.of(2022, 5, 2), null, "V2", "U4", "PR1", "S", null, null, "HB7 1AA"),
                new EpisodeDetailRow(2, 200, BOY, LocalDate.of(2025, 10, 1), null, "C1", "U4", "PR1", "S", null, null, "HB7 1AA")));
        List<InvolvementDetailRow> periods = List.of(period(100, GIRL, LocalDate.of(2022, 5, 2)),
                period(200, BOY, LocalDate.of(2025, 10, 1)));
        InvolvementDetailRow leaver = new InvolvementDetailRow(300, LEAVER, "CARE_LEAVER", LocalDate.of(2024, 9, 1),
                null, null, null, null, false, null, null, null, null, null, null, null, "FORMER", inTouch, activity,
                accommodation);
        LookedAfterStatusRow girl = new LookedAfterStatusRow(1, GIRL, LocalDate.of(2022, 5, 2), uascCeased, false, null,
                null, null, null, null, null, null, null, null, null, false, null, null, null);
        LookedAfterStatusRow boy = new LookedAfterStatusRow(2, BOY, null, null, false, null, prevPerm, "931",
                LocalDate.of(2019, 3, 4), null, null, null, null, null, null, false, null, null, null);
        HealthOutcomeRow health = new HealthOutcomeRow(3, GIRL, YEAR.end(), true, true, true, true, sdqScore, sdqReason,
                false, false, null, null);
        return new Ssda903Records(episodes, periods, List.of(), List.of(leaver), persons)
                .with(List.of(), List.of(health), List.of(girl, boy));
    }

    private static Ssda903Records passing() {
        return records(GIRL_BORN.plusYears(18), 12, null, "P2", "YES", "F2", "H1");
    }

    private static InvolvementDetailRow period(long id, long person, LocalDate start) {
        return new InvolvementDetailRow(id, person, "LOOKED_AFTER", start, null, null, null, "N1", false, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    private static List<ValidationMessage> check(Ssda903Records records) {
        return Ssda903Rules.check(Ssda903Assembly.children(records, YEAR), YEAR, Placed.OWN_AUTHORITY);
    }

    @Test
    void completeOutcomesBreakNoRule() {
        assertThat(check(passing())).isEmpty();
        // A care leaver with nothing recorded at all passes 153 (all blank) but not 131 (IN_TOUCH is required).
        assertThat(check(records(GIRL_BORN.plusYears(18), 12, null, "P2", null, null, null)))
                .extracting(ValidationMessage::ruleCode).containsExactly("131");
    }

    @Test
    void uascCeasingAfterThe18thBirthdayBreaksRule304() {
        assertThat(check(records(GIRL_BORN.plusYears(18).plusDays(1), 12, null, "P2", "YES", "F2", "H1")))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::personId, ValidationMessage::field,
                        ValidationMessage::link)
                .containsExactly(tuple("304", GIRL, "DUC", "/case/looked-after.xhtml?person=81&section=status"));
    }

    @Test
    void anSdqScoreOutside0To40BreaksRule180AndAnUnknownReasonRule196() {
        assertThat(check(records(GIRL_BORN.plusYears(18), 41, null, "P2", "YES", "F2", "H1")))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::field, ValidationMessage::message)
                .containsExactly(tuple("180", "SDQ_SCORE",
                        "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid."));
        assertThat(check(records(GIRL_BORN.plusYears(18), null, "SDQ9", "P2", "YES", "F2", "H1")))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::field, ValidationMessage::link)
                .containsExactly(tuple("196", "SDQ_REASON", "/case/looked-after.xhtml?person=81&section=health"));
    }

    @Test
    void careLeaverOutcomesPartlyCodedOrInTouchWithZeroBreakRules153And345() {
        String link = "/case/involvement.xhtml?person=83&kind=care-leaver&id=300";
        assertThat(check(records(GIRL_BORN.plusYears(18), 12, null, "P2", "YES", null, "H1")))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::personId, ValidationMessage::link)
                .containsExactly(tuple("153", LEAVER, link));
        assertThat(check(records(GIRL_BORN.plusYears(18), 12, null, "P2", "MAYBE", "F2", "H1")))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::field).containsExactly(tuple("131", "IN_TOUCH"));
        assertThat(check(records(GIRL_BORN.plusYears(18), 12, null, "P2", "YES", "0", "H1")))
                .extracting(ValidationMessage::ruleCode).containsExactly("345");
    }

    @Test
    void anUnknownPreviousPermanenceBreaksRule631() {
        assertThat(check(records(GIRL_BORN.plusYears(18), 12, null, "P9", "YES", "F2", "H1")))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::personId, ValidationMessage::message)
                .containsExactly(tuple("631", BOY, "Previous permanence option not a valid value."));
    }
}
