package org.harbour.core.spi.module;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleVersionTest {

    private static ModuleVersion v(String text) {
        return ModuleVersion.parse(text);
    }

    @Test
    void partsCompareAsNumbersNotAsText() {
        assertThat(v("1.10.0")).isGreaterThan(v("1.9.0"));
        assertThat(v("2.0.0")).isGreaterThan(v("1.99.99"));
        assertThat(v("0.1.1")).isGreaterThan(v("0.1.0"));
    }

    @Test
    void missingPartsCountAsNought() {
        assertThat(v("1.2")).isEqualByComparingTo(v("1.2.0")).isEqualTo(v("1.2.0"));
        assertThat(v("1")).isEqualTo(v("1.0.0"));
    }

    @Test
    void aPreReleaseComesBeforeItsRelease() {
        assertThat(v("1.0.0-beta")).isLessThan(v("1.0.0"));
        assertThat(v("1.0.0-alpha")).isLessThan(v("1.0.0-beta"));
        assertThat(v("1.0.0-SNAPSHOT")).isGreaterThan(v("0.9.9"));
    }

    @Test
    void keepsTheTextAsWritten() {
        assertThat(v(" 1.2 ").toString()).isEqualTo("1.2");
    }

    @Test
    void refusesWhatIsNotAVersion() {
        for (String bad : new String[] {"", "v1.0", "1.0.0.0", "1..0", "one", "1.0-"}) {
            assertThat(ModuleVersion.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> ModuleVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a version");
        }
    }

    @Test
    void aRequirementNamesAModuleAndOptionallyItsOldestVersion() {
        ModuleRequirement any = ModuleRequirement.parse("performance");
        assertThat(any.getModuleId()).isEqualTo("performance");
        assertThat(any.getMinimum()).isEmpty();
        assertThat(any.isMetBy(v("0.0.1"))).isTrue();

        ModuleRequirement atLeast = ModuleRequirement.parse(" performance>= 1.10 ");
        assertThat(atLeast.getModuleId()).isEqualTo("performance");
        assertThat(atLeast.getMinimum()).contains(v("1.10.0"));
        assertThat(atLeast.isMetBy(v("1.10.0"))).isTrue();
        assertThat(atLeast.isMetBy(v("1.9.0"))).isFalse();
        assertThat(atLeast).hasToString("performance >= 1.10");

        assertThatThrownBy(() -> ModuleRequirement.parse("performance = 1.0.0"))
                .hasMessageContaining("write 'other-module' or 'other-module >= 1.2.0'");
    }
}
