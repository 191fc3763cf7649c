package org.harbour.youthjustice.measures.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelativeRateTest {

    @Test
    void aRelativeRateWorkedByHand() {
        // Black children: 12 first time entrants of 1,500 aged 10-17 = 8 per 1,000.
        // White children: 30 of 15,000 = 2 per 1,000. Relative rate 8 / 2 = 4.
        assertThat(RelativeRate.of(12, 1_500, 30, 15_000)).isCloseTo(4.0, within(1e-9));
        // Asian children: 3 of 3,000 = 1 per 1,000: half the reference group's rate.
        assertThat(RelativeRate.of(3, 3_000, 30, 15_000)).isCloseTo(0.5, within(1e-9));
        // Shares beside it: 12 of the 45 entrants are Black, 26.7%.
        assertThat(RelativeRate.sharePercent(12, 45)).isCloseTo(26.667, within(1e-3));
    }

    @Test
    void noRateWithoutAReferenceToCompareWith() {
        assertThat(RelativeRate.of(5, 100, 0, 1_000)).isNaN();
        assertThat(RelativeRate.of(5, 0, 10, 1_000)).isNaN();
        assertThat(RelativeRate.sharePercent(0, 0)).isZero();
    }
}
