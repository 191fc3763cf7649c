package org.harbour.performance.ssda903;

import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Episode;
import org.harbour.performance.ssda903.domain.Ssda903Rules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DfE's rules on where a placement is (164 PL_DISTANCE, 169 PL_LA, 179 PL_LOCATION, 411
 * PL_LOCATION against PL_LA, 1015 own provision outside the authority), each worked by hand on both
 * sides of its condition for a boy in care in 2025-26 in an authority whose own code is 999.
 */
class Ssda903PlacementLocationRulesTest {

    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long CHILD = 77;
    private static final String OWN = "999";
    private static final Set<String> LOCATION_RULES = Set.of("164", "169", "179", "411", "1015");

    /** Foster care (U4) with the authority's own carers since May 2024, still open: the rules' usual case. */
    private static Ssda903Episode episode(String ls, String place, String provider, String la, String location,
                                          String miles) {
        return new Ssda903Episode(3, 30, LocalDate.of(2024, 5, 1), "S", ls, "N1", place, provider, null, null, null,
                "HB1 2", "HB7 1", null, false, la, location, miles == null ? null : new BigDecimal(miles));
    }

    private static Ssda903Episode foster(String la, String location, String miles) {
        return episode("C2", "U4", "PR1", la, location, miles);
    }

    /** The rules' codes and fields found on the child's one episode, each linking to the episode's page. */
    private static List<String> findings(Ssda903Episode episode, LookedAfterStatusRow status, String ownAuthority) {
        Ssda903Child child = new Ssda903Child(CHILD, LocalDate.of(2012, 6, 1), "M", "WBRI", null, List.of(episode),
                List.of(), null, status, null, List.of(), false, List.of());
        List<ValidationMessage> messages = Ssda903Rules.check(List.of(child), YEAR, ownAuthority).stream()
                .filter(m -> LOCATION_RULES.contains(m.ruleCode())).toList();
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.severity()).isEqualTo(ValidationMessage.Severity.ERROR);
            assertThat(m.personId()).isEqualTo(CHILD);
            assertThat(m.link()).isEqualTo("/case/involvement.xhtml?person=77&kind=placement-episode&id=3");
        });
        return messages.stream().map(m -> m.ruleCode() + " " + m.field()).toList();
    }

    private static List<String> findings(Ssda903Episode episode) {
        return findings(episode, null, OWN);
    }

    /** UASC from {@code from}, ceasing on {@code ceased} if it did. */
    private static LookedAfterStatusRow uasc(String from, String ceased) {
        return new LookedAfterStatusRow(1, CHILD, LocalDate.parse(from), ceased == null ? null : LocalDate.parse(ceased),
                false, null, null, null, null, null, null, null, null, null, null, false, null, null, null);
    }

    @Test
    void aPlacementRecordedInFullInsideTheAuthorityBreaksNone() {
        assertThat(findings(foster(OWN, "IN", "3.5"))).isEmpty();
    }

    @Test
    void rule164DistanceFrom0To999Point9Miles() {
        assertThat(findings(foster(OWN, "IN", "0.0"))).isEmpty();
        assertThat(findings(foster("SCO", "OUT", "999.9"))).isEmpty();
        assertThat(findings(foster("SCO", "OUT", "1000.0"))).containsExactly("164 PL_DISTANCE");
        assertThat(findings(foster(OWN, "IN", "-0.1"))).containsExactly("164 PL_DISTANCE");
        assertThat(findings(foster(OWN, "IN", null))).containsExactly("164 PL_DISTANCE");
        List<ValidationMessage> one = Ssda903Rules.check(List.of(new Ssda903Child(CHILD, LocalDate.of(2012, 6, 1),
                "M", "WBRI", null, List.of(foster(OWN, "IN", null)), List.of(), null, null, null, List.of(), false,
                List.of())), YEAR, OWN).stream().filter(m -> m.ruleCode().equals("164")).toList();
        assertThat(one).singleElement().extracting(ValidationMessage::message)
                .isEqualTo("Distance is not valid. Please check a valid postcode has been entered.");
    }

    @Test
    void rule164SparesAShortBreakAndAChildWhoWasUascInTheYearOrTheTwoBefore() {
        assertThat(findings(episode("V3", "U4", "PR1", null, null, null))).isEmpty();
        assertThat(findings(episode("V4", "U4", "PR1", null, null, null))).isEmpty();
        // The year starts 1 April 2025: the two before it from 1 April 2023.
        assertThat(findings(foster(OWN, "IN", null), uasc("2024-05-01", null), OWN)).isEmpty();
        assertThat(findings(foster(OWN, "IN", null), uasc("2021-01-01", "2023-04-01"), OWN)).isEmpty();
        assertThat(findings(foster(OWN, "IN", null), uasc("2021-01-01", "2023-03-31"), OWN))
                .containsExactly("164 PL_DISTANCE");
        assertThat(findings(foster(OWN, "IN", null), uasc("2026-04-01", null), OWN))
                .containsExactly("164 PL_DISTANCE");
    }

    @Test
    void rule169TheAuthorityIsOneOfTheDfesCodesOrTheAuthoritysOwn() {
        assertThat(findings(foster("316", "OUT", "12.0"))).isEmpty();
        assertThat(findings(foster("WAL", "OUT", "120.0"))).isEmpty();
        assertThat(findings(foster("NUK", "OUT", "400.0"))).isEmpty();
        assertThat(findings(foster(null, "OUT", "12.0"))).containsExactly("169 PL_LA");
        assertThat(findings(foster("458", "OUT", "12.0"))).containsExactly("169 PL_LA");
        assertThat(findings(foster("wal", "OUT", "12.0"))).containsExactly("169 PL_LA");
        // The demo authority's 999 is no authority of the DfE's list, so it is valid as the authority's own only.
        assertThat(findings(foster("999", "OUT", "12.0"), null, "316")).containsExactly("169 PL_LA");
        assertThat(findings(episode("V3", "U4", "PR1", "458", null, null))).isEmpty();
    }

    @Test
    void rule179TheLocationIsInOrOut() {
        assertThat(findings(foster("316", "OUT", "12.0"))).isEmpty();
        assertThat(findings(foster(OWN, null, "3.5"))).containsExactly("179 PL_LOCATION");
        assertThat(findings(foster(OWN, "in", "3.5"))).containsExactly("179 PL_LOCATION");
        assertThat(findings(foster(OWN, "NEAR", "3.5"))).containsExactly("179 PL_LOCATION");
        assertThat(findings(episode("V4", "U4", "PR1", OWN, null, "3.5"))).isEmpty();
    }

    @Test
    void rule411InsideTheAuthorityIsInTheAuthoritysOwnArea() {
        assertThat(findings(foster(OWN, "IN", "3.5"))).isEmpty();
        assertThat(findings(foster("316", "IN", "3.5"))).containsExactly("411 PL_LOCATION");
        assertThat(findings(foster("316", "OUT", "12.0"))).isEmpty();
        // The DfE's rule asks only that IN be right.
        assertThat(findings(foster(OWN, "OUT", "3.5"))).isEmpty();
        assertThat(findings(foster("316", "IN", "3.5"), null, "316")).isEmpty();
    }

    @Test
    void rule1015TheAuthoritysOwnProvisionOtherThanFosterCareOrAdoptionIsInItsArea() {
        assertThat(findings(episode("C2", "K2", "PR1", OWN, "IN", "2.0"))).isEmpty();
        assertThat(findings(episode("C2", "K2", "PR1", "316", "OUT", "12.0"))).containsExactly("1015 PL_LA");
        assertThat(findings(episode("C2", "K2", "PR4", "316", "OUT", "12.0"))).isEmpty();
        assertThat(findings(episode("C2", "U6", "PR1", "316", "OUT", "12.0"))).isEmpty();
        assertThat(findings(episode("E1", "A6", "PR1", "316", "OUT", "12.0"))).isEmpty();
        assertThat(findings(episode("V3", "K2", "PR1", "316", "OUT", "12.0"))).isEmpty();
        assertThat(findings(episode("C2", "K2", "PR1", null, "OUT", "12.0"))).containsExactly("169 PL_LA", "1015 PL_LA");
    }

    @Test
    void withoutTheAuthoritysOwnCodeRules411And1015AreNotRun() {
        assertThat(findings(episode("C2", "K2", "PR1", "316", "IN", "12.0"), null, " ")).isEmpty();
        assertThat(findings(episode("C2", "K2", "PR1", "316", "IN", "12.0"), null, OWN))
                .containsExactly("411 PL_LOCATION", "1015 PL_LA");
    }
}
