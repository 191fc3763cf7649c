package org.harbour.performance.ssda903;

import org.harbour.core.spi.casedata.EpisodeDetailRow;
import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.InvolvementDetailRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.PersonRecordRow;
import org.harbour.core.spi.casedata.ReviewRow;
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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hand-built child whose care spans two collection years (a period starting in 2024-25 and
 * crossing 1 April 2025, a change of placement, a review, and a care leaver turning 17), checked
 * field by field in the 2025-26 tables, and the DfE rules each with a record that passes and one
 * that fails.
 */
class Ssda903ReturnTest {

    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long CHILD = 41;
    private static final long LEAVER = 42;

    private static Ssda903Records records(String ethnicity, String secondPlacement) {
        PersonRecordRow child = new PersonRecordRow(CHILD, LocalDate.of(2015, 6, 3), null, "F", ethnicity,
                "A123456789012", "HB3 7QT");
        PersonRecordRow leaver = new PersonRecordRow(LEAVER, LocalDate.of(2008, 9, 1), null, "M", "WBRI", null, null);
        EpisodeDetailRow first = new EpisodeDetailRow(1, 100, CHILD, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 6, 30), "C1", "U4", "PR1", "S", "X1", null, "HB5 2AB");
        EpisodeDetailRow second = new EpisodeDetailRow(2, 100, CHILD, LocalDate.of(2025, 6, 30), null, "C1",
                secondPlacement, "PR4", "P", null, "CARPL", "HB9 9ZZ");
        // An earlier period, over before the year: not in the return.
        EpisodeDetailRow old = new EpisodeDetailRow(3, 90, CHILD, LocalDate.of(2022, 2, 1),
                LocalDate.of(2022, 5, 1), "V2", "U4", "PR1", "S", "E13", null, null);
        InvolvementDetailRow care = involvement(100, CHILD, "LOOKED_AFTER", LocalDate.of(2025, 1, 10), "N1");
        InvolvementDetailRow earlierCare = involvement(90, CHILD, "LOOKED_AFTER", LocalDate.of(2022, 2, 1), "N5");
        InvolvementDetailRow careLeaver = new InvolvementDetailRow(9, LEAVER, "CARE_LEAVER", LocalDate.of(2024, 9, 1),
                null, null, null, null, false, null, null, null, null, null, null, null, "FORMER", "YES", "F2", "H1");
        ReviewRow review = new ReviewRow(11, CHILD, LocalDate.of(2025, 7, 25), "CLA_REVIEW", "PN1");
        ReviewRow lastYear = new ReviewRow(12, CHILD, LocalDate.of(2025, 2, 5), "CLA_REVIEW");
        // In care since January 2025: twelve months on 31 March 2026, so OC2 asks about the year's health.
        HealthOutcomeRow health = new HealthOutcomeRow(13, CHILD, YEAR.end(), true, true, true, true, 9, null, false,
                false, null, null);
        return new Ssda903Records(Placed.nearby(List.of(second, old, first)), List.of(earlierCare, care),
                List.of(review, lastYear), List.of(careLeaver), List.of(child, leaver))
                .with(List.of(), List.of(health), List.of());
    }

    private static InvolvementDetailRow involvement(long id, long person, String kind, LocalDate start, String need) {
        return new InvolvementDetailRow(id, person, kind, start, null, null, "1A", need, false, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    @Test
    void theTablesCarryTheChildFieldByField() {
        List<Ssda903Child> children = Ssda903Assembly.children(records("WBRI", "U5"), YEAR);
        List<ReturnFile> files = Ssda903Csv.write(children, Ssda903Codes.forYear(2025), YEAR);

        assertThat(files).extracting(ReturnFile::name)
                .containsExactly("903_Header.csv", "903_Episodes.csv", "903_Reviews.csv", "903_UASC.csv",
                        "903_OC2.csv", "903_OC3.csv", "903_AD1.csv", "903_PlacedAdoption.csv", "903_PrevPerm.csv",
                        "903_Missing.csv", "903_SWEpisodes.csv");
        assertThat(lines(files.get(0))).containsExactly("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "41,F,03/06/2015,WBRI,A123456789012,,", "42,M,01/09/2008,WBRI,,,");
        // The episode crossing 1 April keeps its start; the category of need is the period's own;
        // postcodes go to sector level; foster placements have no URN; the open episode has no DEC or REC.
        assertThat(lines(files.get(1))).containsExactly(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "41,10/01/2025,S,C1,N1,U4,PR1,30/06/2025,X1,,HB3 7,HB5 2,XXXXXXX",
                "41,30/06/2025,P,C1,N1,U5,PR4,,,CARPL,HB3 7,HB9 9,XXXXXXX");
        assertThat(lines(files.get(2))).containsExactly("CHILD,DOB,REVIEW,REVIEW_CODE", "41,03/06/2015,25/07/2025,PN1");
        // The care leaver turns 17 on 1 September 2025, inside the year.
        assertThat(lines(files.get(5))).containsExactly("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "42,01/09/2008,YES,F2,H1");
        // Nothing else recorded: the other tables are their headers alone, but PrevPerm (the child started
        // to be looked after in 2024-25, not in the year) has no row either.
        assertThat(lines(files.get(3))).containsExactly("CHILD,SEX,DOB,DUC");
        assertThat(lines(files.get(8))).containsExactly("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM");
        assertThat(lines(files.get(9))).containsExactly("CHILD,DOB,MISSING,MIS_START,MIS_END");
    }

    /**
     * One girl's two years: in care from February 2024 (an episode crossing 1 April 2025), a move to a
     * children's home in May 2025, a review, a night missing, leaving care in August 2025 and turning 17
     * on 1 September 2025 as a care leaver in touch, in education, living independently.
     */
    @Test
    void oneChildsTwoYearsFromCareToHer17thBirthdayAsACareLeaverFieldByField() {
        long girl = 43;
        PersonRecordRow person = new PersonRecordRow(girl, LocalDate.of(2008, 9, 1), null, "F", "WBRI", null,
                "HB3 7QT");
        InvolvementDetailRow care = new InvolvementDetailRow(110, girl, "LOOKED_AFTER", LocalDate.of(2024, 2, 1),
                LocalDate.of(2025, 8, 20), null, "1A", "N1", false, null, null, null, null, null, null, null, null,
                null, null, null);
        EpisodeDetailRow foster = new EpisodeDetailRow(21, 110, girl, LocalDate.of(2024, 2, 1),
                LocalDate.of(2025, 5, 10), "C2", "U4", "PR1", "S", "X1", null, "HB5 2AB");
        EpisodeDetailRow home = new EpisodeDetailRow(22, 110, girl, LocalDate.of(2025, 5, 10),
                LocalDate.of(2025, 8, 20), "C2", "K2", "PR4", "P", "E8", "CHILD", "HB9 9ZZ");
        InvolvementDetailRow leaver = new InvolvementDetailRow(23, girl, "CARE_LEAVER", LocalDate.of(2025, 8, 20),
                null, null, null, null, false, null, null, null, null, null, null, null, "RELEVANT", "YES", "F2",
                "H1");
        ReviewRow review = new ReviewRow(24, girl, LocalDate.of(2025, 6, 20), "CLA_REVIEW", "PN1");
        MissingEpisodeRow missing = new MissingEpisodeRow(25, girl, "M", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 3), true, true);
        Ssda903Records records = new Ssda903Records(Placed.nearby(List.of(home, foster)), List.of(care),
                List.of(review),
                List.of(leaver), List.of(person)).with(List.of(missing), List.of(), List.of());

        List<Ssda903Child> children = Ssda903Assembly.children(records, YEAR);
        List<ReturnFile> files = Ssda903Csv.write(children, Ssda903Codes.forYear(2025), YEAR);
        assertThat(lines(files.get(0))).containsExactly("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "43,F,01/09/2008,WBRI,,,");
        assertThat(lines(files.get(1))).containsExactly(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "43,01/02/2024,S,C2,N1,U4,PR1,10/05/2025,X1,,HB3 7,HB5 2,XXXXXXX",
                "43,10/05/2025,P,C2,N1,K2,PR4,20/08/2025,E8,CHILD,HB3 7,HB9 9,");
        assertThat(lines(files.get(2))).containsExactly("CHILD,DOB,REVIEW,REVIEW_CODE", "43,01/09/2008,20/06/2025,PN1");
        // Out of care before 31 March: not twelve months looked after then, so no OC2 row.
        assertThat(lines(files.get(4))).hasSize(1);
        assertThat(lines(files.get(5))).containsExactly("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "43,01/09/2008,YES,F2,H1");
        assertThat(lines(files.get(9))).containsExactly("CHILD,DOB,MISSING,MIS_START,MIS_END",
                "43,01/09/2008,M,01/06/2025,03/06/2025");
        assertThat(Ssda903Rules.check(children, YEAR, Placed.OWN_AUTHORITY)).isEmpty();
    }

    /**
     * PL_LA, PL_LOCATION and PL_DISTANCE reach the episode the rules check, as recorded; the Episodes
     * file keeps the DfE's thirteen columns, since the DfE works those three out from the postcodes.
     */
    @Test
    void whereThePlacementIsReachesTheRulesAndTheFileKeepsTheDfesColumns() {
        EpisodeDetailRow away = new EpisodeDetailRow(5, 100, CHILD, LocalDate.of(2025, 1, 10), null, "C2", "K2",
                "PR4", "S", null, null, "ME1 4AB", "886", "OUT", new BigDecimal("48.2"));
        Ssda903Records r = records("WBRI", "U5");
        Ssda903Records placed = new Ssda903Records(List.of(away), r.periods(), List.of(), List.of(),
                List.of(r.persons().get(0)));
        List<Ssda903Child> children = Ssda903Assembly.children(placed, YEAR);

        assertThat(children.get(0).episodes()).singleElement().satisfies(e -> {
            assertThat(e.placementLocalAuthority()).isEqualTo("886");
            assertThat(e.placementLocation()).isEqualTo("OUT");
            assertThat(e.placementDistance()).isEqualByComparingTo("48.2");
        });
        assertThat(Ssda903Rules.check(children, YEAR, Placed.OWN_AUTHORITY))
                .filteredOn(m -> m.severity() == ValidationMessage.Severity.ERROR).isEmpty();
        assertThat(lines(Ssda903Csv.write(children, Ssda903Codes.forYear(2025), YEAR).get(1))).containsExactly(
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "41,10/01/2025,S,C2,N1,K2,PR4,,,,HB3 7,ME1 4,");
    }

    @Test
    void anEpisodeEndingAfterTheYearIsStillOpenInIt() {
        Ssda903Records r = records("WBRI", "U5");
        EpisodeDetailRow endsLater = new EpisodeDetailRow(2, 100, CHILD, LocalDate.of(2025, 6, 30),
                LocalDate.of(2026, 4, 2), "C1", "U5", "PR4", "P", "E11", null, "HB9 9ZZ");
        Ssda903Records later = new Ssda903Records(List.of(r.episodes().get(2), endsLater), r.periods(), r.reviews(),
                r.careLeavers(), r.persons());
        Ssda903Child child = Ssda903Assembly.children(later, YEAR).get(0);
        assertThat(child.episodes().get(1).end()).isNull();
        assertThat(child.episodes().get(1).reasonCeased()).isNull();
    }

    @Test
    void aCareLeaverOutsideTheBirthdaysIsNotInOc3() {
        PersonRecordRow older = new PersonRecordRow(LEAVER, LocalDate.of(2004, 4, 1), null, "M", "WBRI", null, null);
        Ssda903Records r = records("WBRI", "U5");
        Ssda903Records withOlder = new Ssda903Records(r.episodes(), r.periods(), r.reviews(), r.careLeavers(),
                List.of(r.persons().get(0), older));
        // Born 1 April 2004: the 21st birthday was 1 April 2025, inside; one day earlier it would be outside.
        assertThat(Ssda903Assembly.children(withOlder, YEAR)).extracting(Ssda903Child::childId).contains(LEAVER);
        PersonRecordRow tooOld = new PersonRecordRow(LEAVER, LocalDate.of(2004, 3, 31), null, "M", "WBRI", null, null);
        Ssda903Records outside = new Ssda903Records(r.episodes(), r.periods(), r.reviews(), r.careLeavers(),
                List.of(r.persons().get(0), tooOld));
        assertThat(Ssda903Assembly.children(outside, YEAR)).extracting(Ssda903Child::childId)
                .containsExactly(CHILD);
    }

    @Test
    void aGoodRecordPassesEveryRule() {
        assertThat(Ssda903Rules.check(Ssda903Assembly.children(records("WBRI", "U5"), YEAR), YEAR,
                Placed.OWN_AUTHORITY)).isEmpty();
    }

    @Test
    void eachBrokenFieldIsNamedWithItsRuleAndLink() {
        List<ValidationMessage> messages = Ssda903Rules.check(
                Ssda903Assembly.children(records("XXXX", "Q9"), YEAR), YEAR, Placed.OWN_AUTHORITY);
        assertThat(messages).extracting(ValidationMessage::ruleCode, ValidationMessage::field,
                        ValidationMessage::personId, ValidationMessage::link)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("103", "ETHNIC", CHILD, "/people/person.xhtml?id=41"),
                        org.assertj.core.groups.Tuple.tuple("146", "PLACE", CHILD,
                                "/case/involvement.xhtml?person=41&kind=placement-episode&id=2"));
        assertThat(messages.get(0).message()).isEqualTo("The ethnicity code is either not valid or has not been entered.");
    }

    @Test
    void aPeriodWithoutItsCategoryOfNeedIsAnErrorOnEachOfItsEpisodes() {
        Ssda903Records r = records("WBRI", "U5");
        Ssda903Records unrecorded = new Ssda903Records(r.episodes(), List.of(), r.reviews(), r.careLeavers(),
                r.persons());
        assertThat(Ssda903Rules.check(Ssda903Assembly.children(unrecorded, YEAR), YEAR, Placed.OWN_AUTHORITY))
                .extracting(ValidationMessage::ruleCode, ValidationMessage::field, ValidationMessage::link)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("145", "CIN",
                        "/case/involvement.xhtml?person=41&kind=looked-after&id=100"))
                .hasSize(2);
    }

    @Test
    void sexIsWrittenInTheCodesOfTheYear() {
        assertThat(Ssda903Codes.forYear(2025).sexCode("F")).isEqualTo("F");
        assertThat(Ssda903Codes.forYear(2023).sexCode("F")).isEqualTo("2");
        assertThat(Ssda903Codes.forYear(2023).sexCode("M")).isEqualTo("1");
    }

    private static List<String> lines(ReturnFile file) {
        return new String(file.content(), StandardCharsets.UTF_8).lines().toList();
    }
}
