package org.harbour.youthjustice.jdmp.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PanelDetailsTest {

    private static final LocalDate PANEL = LocalDate.of(2026, 3, 10);
    private static final String SAT = "PC Amir Khan (police), Dan Hughes (YJS)";

    @Test
    void aConditionalCautionNeedsItsConditionsAndAnEndAfterThePanel() {
        assertThat(fields(new PanelDetails(SAT, 3, null, null), true)).containsExactly("conditions", "conditionsEndOn");
        assertThat(fields(new PanelDetails(SAT, 3, "Write a letter of apology", PANEL), true))
                .as("ending on the day of the panel leaves no time to meet them").containsExactly("conditionsEndOn");
        assertThat(new PanelDetails(SAT, 3, "Write a letter of apology", PANEL.plusDays(1)).problems(true, PANEL)).isEmpty();
    }

    @Test
    void otherDecisionsTakeNoConditions() {
        assertThat(fields(new PanelDetails(SAT, 2, "Curfew", null), false)).containsExactly("conditions");
        assertThat(fields(new PanelDetails(SAT, 2, null, PANEL.plusWeeks(12)), false)).containsExactly("conditionsEndOn");
        assertThat(new PanelDetails(SAT, 2, "  ", null).problems(false, PANEL)).isEmpty();
    }

    @Test
    void thePanelIsNamedAndItsGravityIsOneToEight() {
        assertThat(fields(new PanelDetails(" ", 4, null, null), false)).containsExactly("attendees");
        assertThat(fields(new PanelDetails(SAT, 0, null, null), false)).containsExactly("gravity");
        assertThat(fields(new PanelDetails(SAT, 9, null, null), false)).containsExactly("gravity");
        assertThat(new PanelDetails(SAT, 1, null, null).problems(false, PANEL)).isEmpty();
        assertThat(new PanelDetails(SAT, 8, null, null).problems(false, PANEL)).isEmpty();
    }

    @Test
    void withoutItsOwnScoreThePanelKeepsTheOffences() {
        assertThat(new PanelDetails(SAT, null, null, null).gravityOr(5)).isEqualTo(5);
        assertThat(new PanelDetails(SAT, 3, null, null).gravityOr(5)).isEqualTo(3);
    }

    private static java.util.List<String> fields(PanelDetails details, boolean conditional) {
        return details.problems(conditional, PANEL).stream().map(RuleBroken::field).toList();
    }
}
