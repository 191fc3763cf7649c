package org.harbour.core.spi.settings;

import org.harbour.core.spi.calendar.Timescale;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingDefinitionTest {

    private static final ModuleDescriptor PAUSE = new ModuleDescriptor("pause", "Pause", "1.0.0", "", List.of(), "test.Pause");

    private static final SettingDefinition CAP = SettingDefinition
            .wholeNumber(PAUSE, "caseload-cap", 8, "Most women a Pause practitioner works with at once").between(6, 10);

    @Test
    void aValueWithinTheBoundsIsStoredInItsNormalForm() {
        assertThat(CAP.check(" 9 ")).isEqualTo("9");
        assertThat(CAP.check("+6")).isEqualTo("6");
        assertThat(CAP.check("10")).isEqualTo("10");
        assertThat(CAP.getDefaultValue()).isEqualTo("8");
        assertThat(CAP.getBounds()).isEqualTo("6 to 10");
        assertThat(CAP.name()).isEqualTo("pause.caseload-cap");
    }

    @Test
    void aValueOutsideTheBoundsIsRefusedNamingTheSettingAndTheRange() {
        assertThatThrownBy(() -> CAP.check("11")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Setting pause.caseload-cap: '11' is not allowed; enter a whole number from 6 to 10."
                        + " Nothing was saved.")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("caseload-cap");
        assertThatThrownBy(() -> CAP.check("5")).hasMessageContaining("from 6 to 10");
    }

    @Test
    void aValueOfTheWrongKindOrNoneIsRefused() {
        assertThatThrownBy(() -> CAP.check("eight")).hasMessageContaining("'eight' is not allowed; enter a whole number");
        assertThatThrownBy(() -> CAP.check("8.5")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CAP.check("99999999999")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CAP.check(" ")).hasMessage("Setting pause.caseload-cap: enter a whole number"
                + " from 6 to 10. Nothing was saved.");
        assertThatThrownBy(() -> CAP.check(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void decimalsFlagsTimescalesAreasAndTextHaveTheirOwnForms() {
        SettingDefinition tolerance = SettingDefinition.decimal(PAUSE, "tolerance", new BigDecimal("10"), "Tolerance (%)")
                .between(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(tolerance.check("12.5")).isEqualTo("12.5");
        assertThatThrownBy(() -> tolerance.check("100.5")).hasMessageContaining("a number, e.g. 12.5 from 0 to 100");

        SettingDefinition flag = SettingDefinition.flag(PAUSE, "reminders", true, "Send reminders");
        assertThat(flag.check("No")).isEqualTo("false");
        assertThat(flag.check("TRUE")).isEqualTo("true");
        assertThatThrownBy(() -> flag.check("maybe")).hasMessageContaining("enter true or false");

        SettingDefinition visit = SettingDefinition.timescale(PAUSE, "visit", Timescale.weeks("visit", 6), "Visit every");
        assertThat(visit.getDefaultValue()).isEqualTo("6 weeks");
        assertThat(visit.check("10 Working Days")).isEqualTo("10 working days");
        assertThat(visit.check("1 month")).isEqualTo("1 month");
        assertThatThrownBy(() -> visit.check("a fortnight")).isInstanceOf(InvalidInputException.class);

        SettingDefinition area = SettingDefinition.serviceAreaCode(PAUSE, "team", "PAUSE", "Team");
        assertThat(area.check("pause_team")).isEqualTo("PAUSE_TEAM");
        assertThatThrownBy(() -> area.check("Pause team")).isInstanceOf(InvalidInputException.class);

        SettingDefinition text = SettingDefinition.text(PAUSE, "greeting", "Hello", "Greeting");
        assertThat(text.check("  Hi  ")).isEqualTo("Hi");
        assertThatThrownBy(() -> text.check("x".repeat(401))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStoredValueTheDeclarationNoLongerAllowsIsRecognised() {
        assertThat(CAP.allows("8")).isTrue();
        assertThat(CAP.allows("12")).isFalse();
        assertThat(CAP.allows("lots")).isFalse();
    }

    @Test
    void wrongDeclarationsFailAtOnceSayingWhy() {
        assertThatThrownBy(() -> SettingDefinition.wholeNumber(PAUSE, "cap", 12, "Cap").between(6, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Setting pause.cap: the default '12' is not a whole number from 6 to 10");
        assertThatThrownBy(() -> SettingDefinition.wholeNumber(PAUSE, "cap", 8, "Cap").between(10, 6))
                .hasMessageContaining("the least value 10 is above the greatest 6");
        assertThatThrownBy(() -> SettingDefinition.flag(PAUSE, "on", true, "On").atLeast(1))
                .hasMessageContaining("only numbers have bounds");
        assertThatThrownBy(() -> SettingDefinition.wholeNumber(PAUSE, "Caseload_Cap", 8, "Cap"))
                .hasMessageContaining("use lower-case letters, digits and single hyphens");
        assertThatThrownBy(() -> SettingDefinition.wholeNumber(PAUSE, "cap", 8, " "))
                .hasMessageContaining("needs a description");
        assertThatThrownBy(() -> SettingDefinition.serviceAreaCode(PAUSE, "team", "not a code", "Team"))
                .hasMessageContaining("the default 'not a code' is not the code of a service area");
    }

    @Test
    void oneSidedBoundsReadNaturally() {
        SettingDefinition weeks = SettingDefinition.wholeNumber(PAUSE, "weeks", 6, "Weeks").atLeast(1);
        assertThat(weeks.getBounds()).isEqualTo("at least 1");
        assertThatThrownBy(() -> weeks.check("0")).hasMessageContaining("a whole number of at least 1");
        assertThat(weeks.atMost(52).getBounds()).isEqualTo("1 to 52");
    }
}
