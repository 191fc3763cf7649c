package org.harbour.pause.costs.domain;

import org.harbour.pause.cohort.domain.Child;
import org.harbour.pause.cohort.domain.ChildRemoval;
import org.harbour.pause.cohort.domain.FamilyHistory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What actually happened beside the estimate: for the women who began the programme, the births
 * of children and the removals of children (from the social-care records) from the day she began
 * to the day of the reading, and the pregnancies recorded in her outcomes; against the same women's
 * history over an equal time just before she began. Each side also per woman a year, as the
 * stretches differ from woman to woman.
 */
public record ProgrammeActuals(int women, Period during, Period before, int pregnanciesDuring, LocalDate asOf)
        implements Serializable {

    private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365.25");

    /** A woman who began the programme, and the day she began. */
    public record Started(long personId, LocalDate on) {
    }

    /** Births and removals of the women's children over their stretches of time. */
    public record Period(long womanDays, int births, int removals) implements Serializable {

        public BigDecimal womanYears() {
            return BigDecimal.valueOf(womanDays).divide(DAYS_A_YEAR, 2, RoundingMode.HALF_UP);
        }

        public BigDecimal birthsPerWomanYear() {
            return perYear(births);
        }

        public BigDecimal removalsPerWomanYear() {
            return perYear(removals);
        }

        public long getWomanDays() { return womanDays; }
        public int getBirths() { return births; }
        public int getRemovals() { return removals; }
        public BigDecimal getWomanYears() { return womanYears(); }
        public BigDecimal getBirthsPerWomanYear() { return birthsPerWomanYear(); }
        public BigDecimal getRemovalsPerWomanYear() { return removalsPerWomanYear(); }

        private BigDecimal perYear(int count) {
            if (womanDays == 0) {
                return BigDecimal.ZERO.setScale(2);
            }
            return BigDecimal.valueOf(count).multiply(DAYS_A_YEAR).divide(BigDecimal.valueOf(womanDays), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * @param started     the women who began the programme (engagement), on or before {@code asOf}
     * @param histories   their family histories from the social-care records, by person id
     * @param pregnancies pregnancies recorded in each woman's outcomes during the programme
     */
    public static ProgrammeActuals of(List<Started> started, Map<Long, FamilyHistory> histories, Map<Long, Integer> pregnancies,
                                      LocalDate asOf) {
        long daysDuring = 0;
        long daysBefore = 0;
        int birthsDuring = 0;
        int birthsBefore = 0;
        int removalsDuring = 0;
        int removalsBefore = 0;
        int pregnant = 0;
        int women = 0;
        for (Started s : started) {
            if (s.on() == null || s.on().isAfter(asOf)) {
                continue;
            }
            women++;
            // The stretch since she began, both ends included, and an equal stretch just before.
            long days = ChronoUnit.DAYS.between(s.on(), asOf) + 1;
            LocalDate beforeFrom = s.on().minusDays(days);
            daysDuring += days;
            daysBefore += days;
            pregnant += pregnancies.getOrDefault(s.personId(), 0);
            FamilyHistory h = histories.get(s.personId());
            if (h == null) {
                continue;
            }
            for (Child c : h.children()) {
                if (within(c.dateOfBirth(), s.on(), asOf)) {
                    birthsDuring++;
                } else if (within(c.dateOfBirth(), beforeFrom, s.on().minusDays(1))) {
                    birthsBefore++;
                }
            }
            for (ChildRemoval r : h.removals()) {
                if (within(r.removedOn(), s.on(), asOf)) {
                    removalsDuring++;
                } else if (within(r.removedOn(), beforeFrom, s.on().minusDays(1))) {
                    removalsBefore++;
                }
            }
        }
        return new ProgrammeActuals(women, new Period(daysDuring, birthsDuring, removalsDuring),
                new Period(daysBefore, birthsBefore, removalsBefore), pregnant, asOf);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    public int getWomen() { return women; }
    public Period getDuring() { return during; }
    public Period getBefore() { return before; }
    public int getPregnanciesDuring() { return pregnanciesDuring; }
    public LocalDate getAsOf() { return asOf; }
}
