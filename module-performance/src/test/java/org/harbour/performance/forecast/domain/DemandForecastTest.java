package org.harbour.performance.forecast.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demand forecast, worked by hand. */
class DemandForecastTest {

    @Test
    void theForecastCarriesTheNumberInCareForward() {
        // 100 in care; 40 entrants growing 10% a year; 30% of those in care at the start leave each year;
        // population 20,000 growing 0%.
        // Year 1: in 40, out 30, end 110, rate 55.0. Year 2: in 44, out 33, end 121, rate 60.5.
        // Year 3: in 48.4 -> 48, out 36.3 -> 36, end 133, rate 66.5.
        List<DemandForecast.Year> years = DemandForecast.project(2027, 100, 40, 10, 30, 20_000L, 0, 3);
        assertEquals(new DemandForecast.Year(2027, 40, 30, 10, 110, 55.0), years.get(0));
        assertEquals(new DemandForecast.Year(2028, 44, 33, 11, 121, 60.5), years.get(1));
        assertEquals(new DemandForecast.Year(2029, 48, 36, 12, 133, 66.5), years.get(2));
    }
}
