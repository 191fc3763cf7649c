package org.harbour.performance.indicators.domain;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UkNumbersTest {

    @Test
    void writesWhatStringFormatWrites() {
        double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.45, 1.05, 2.5, 3.5, -2.5, -0.04, -0.05, 999.95, 1234.5,
                12345.65, 1e7, 1.25e-5, 123456789.95, 66.66666666666667, 14.849999999999999, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE};
        for (double v : edges) {
            same(v);
        }
        Random random = new Random(20261203);
        for (int i = 0; i < 200_000; i++) {
            // Shares and rates as the scorecard counts them, and plain counts.
            same(random.nextInt(10_000) / (double) (1 + random.nextInt(500)) * 100);
            same(random.nextInt(2_000_000) / 10.0);
            same(random.nextGaussian() * 1e5);
        }
    }

    private static void same(double v) {
        assertEquals(String.format(Locale.UK, "%,.0f", v), UkNumbers.whole(v), "whole " + v);
        assertEquals(String.format(Locale.UK, "%,.1f", v), UkNumbers.onePlace(v), "one place " + v);
    }
}
