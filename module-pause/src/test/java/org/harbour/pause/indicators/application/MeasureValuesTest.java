package org.harbour.pause.indicators.application;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.core.spi.indicator.IndicatorUnit;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The dashboard shows each measure as the scorecard would value it. */
class MeasureValuesTest {

    @Test
    void aPercentageOfNoWomenHasNoValueRatherThanNought() {
        assertNull(MeasureValues.value(IndicatorUnit.PERCENT, IndicatorCount.none(true)));
        assertEquals("–", MeasureValues.cell(IndicatorUnit.PERCENT, null));
    }

    @Test
    void twoOfThreeWomenConsentingIsSixtySixPointSevenPerCent() {
        IndicatorCount count = new IndicatorCount(2, 3L, Set.of(1L, 2L), Set.of(1L, 2L, 3L));
        Double value = MeasureValues.value(IndicatorUnit.PERCENT, count);
        assertEquals(66.7, value);
        assertEquals("66.7%", MeasureValues.cell(IndicatorUnit.PERCENT, value));
    }

    @Test
    void sevenWomenBetweenTwoPractitionersIsThreePointFiveEach() {
        IndicatorCount count = new IndicatorCount(7, 2L, Set.of(1L), Set.of());
        assertEquals("3.5", MeasureValues.cell(IndicatorUnit.AVERAGE, MeasureValues.value(IndicatorUnit.AVERAGE, count)));
    }

    @Test
    void poundsAreWholeWithThousandsSeparated() {
        IndicatorCount count = new IndicatorCount(16000, null, Set.of(), Set.of());
        assertEquals("16,000", MeasureValues.cell(IndicatorUnit.COUNT, MeasureValues.value(IndicatorUnit.COUNT, count)));
        assertEquals(0.0, MeasureValues.value(IndicatorUnit.COUNT, null), "a month left out counts nothing");
    }
}
