package org.harbour.performance.forecast.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Children entering and leaving care, year by year: entrants grow by a yearly percentage from a
 * starting number; leavers are a share of those in care at the start of the year; the number in
 * care carries forward; the rate divides by a population that grows by its own percentage.
 */
public final class DemandForecast {

    private DemandForecast() {
    }

    /** One forecast year. */
    public record Year(int year, long entrants, long leavers, long netChange, long inCareAtEnd, Double ratePer10000)
            implements Serializable {
        public int getYear() {
            return year;
        }

        public long getEntrants() {
            return entrants;
        }

        public long getLeavers() {
            return leavers;
        }

        public long getNetChange() {
            return netChange;
        }

        public long getInCareAtEnd() {
            return inCareAtEnd;
        }

        public Double getRatePer10000() {
            return ratePer10000;
        }
    }

    public static List<Year> project(int firstYear, long inCareNow, double entrants, double entrantGrowthPercent,
                                     double leavingSharePercent, Long population, double populationGrowthPercent,
                                     int years) {
        List<Year> result = new ArrayList<>();
        long inCare = inCareNow;
        double yearEntrants = entrants;
        Double people = population == null ? null : population.doubleValue();
        for (int i = 0; i < years; i++) {
            if (i > 0) {
                yearEntrants = yearEntrants * (1 + entrantGrowthPercent / 100);
                people = people == null ? null : people * (1 + populationGrowthPercent / 100);
            }
            long in = Math.round(yearEntrants);
            long out = Math.round(inCare * leavingSharePercent / 100);
            long end = inCare + in - out;
            Double rate = people == null || people == 0 ? null : Math.round(end * 10_000 / people * 10) / 10.0;
            result.add(new Year(firstYear + i, in, out, in - out, end, rate));
            inCare = end;
        }
        return result;
    }
}
