package org.harbour.send.sufficiency.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Special school places today by the child's primary need and age, and the places needed each year
 * ahead if demand grows by the same share every year (the scenario the council tries: the city
 * forecast a rise of up to 50%, about 8.4% a year over five years). Projections round to whole places.
 */
public final class SpecialSchoolDemand {

    /** The age bands places are planned in, by age on the day of the figures. */
    public enum AgeBand {
        PRIMARY("4 to 10 (primary)", 0, 10),
        SECONDARY("11 to 15 (secondary)", 11, 15),
        POST_16("16 to 19 (post-16)", 16, 19),
        POST_19("20 to 25 (post-19)", 20, 25);

        private final String label;
        private final int from;
        private final int to;

        AgeBand(String label, int from, int to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String getLabel() {
            return label;
        }

        public static AgeBand of(int age) {
            for (AgeBand b : values()) {
                if (age >= b.from && age <= b.to) {
                    return b;
                }
            }
            return age < PRIMARY.from ? PRIMARY : POST_19;
        }
    }

    /** A child in a special school place: their primary need (in words) and age. */
    public record Pupil(String need, int age) {
    }

    /** Places for one need and age band: today's and each year ahead's (index 0 is today). */
    public record Line(String need, AgeBand band, List<Integer> places) {
        public int today() {
            return places.get(0);
        }

        public int last() {
            return places.get(places.size() - 1);
        }
    }

    public static final int MAX_YEARS = 10;
    private static final BigDecimal MAX_GROWTH = new BigDecimal("100");

    private final BigDecimal growthPercent;
    private final int years;
    private final List<Line> lines;
    private final List<Integer> totals;

    public SpecialSchoolDemand(List<Pupil> pupils, BigDecimal growthPercent, int years) {
        if (growthPercent == null || growthPercent.compareTo(new BigDecimal("-50")) < 0 || growthPercent.compareTo(MAX_GROWTH) > 0) {
            throw new IllegalArgumentException("Growth a year is from -50% to 100%.");
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("Look ahead 1 to 10 years.");
        }
        this.growthPercent = growthPercent;
        this.years = years;
        Map<String, Map<AgeBand, Integer>> counts = new TreeMap<>();
        pupils.forEach(p -> counts.computeIfAbsent(p.need(), k -> new LinkedHashMap<>()).merge(AgeBand.of(p.age()), 1, Integer::sum));
        List<Line> all = new ArrayList<>();
        counts.forEach((need, bands) -> bands.forEach((band, n) -> all.add(new Line(need, band, project(n)))));
        all.sort(Comparator.comparing(Line::need).thenComparing(Line::band));
        this.lines = List.copyOf(all);
        this.totals = project(pupils.size());
    }

    /** Places after each year: today's times (1 + growth) to the power of the years, to the nearest place. */
    private List<Integer> project(int today) {
        BigDecimal factor = BigDecimal.ONE.add(growthPercent.movePointLeft(2));
        List<Integer> places = new ArrayList<>();
        for (int y = 0; y <= years; y++) {
            places.add(BigDecimal.valueOf(today).multiply(factor.pow(y, MathContext.DECIMAL64)).setScale(0, RoundingMode.HALF_UP)
                    .intValueExact());
        }
        return List.copyOf(places);
    }

    public List<Line> lines() {
        return lines;
    }

    /** All special school places today and each year ahead. */
    public List<Integer> totals() {
        return totals;
    }

    public BigDecimal growthPercent() {
        return growthPercent;
    }

    public int years() {
        return years;
    }
}
