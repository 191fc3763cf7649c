package org.harbour.youthjustice.measures.domain;

/**
 * Disproportionality at one rung of the ladder: how much more (or less) often children of one
 * ethnic group reach it than children of the reference group, each as a rate of their own 10-17
 * population. 1 means in proportion; 2, twice as often.
 */
public final class RelativeRate {

    private RelativeRate() {
    }

    /**
     * @return the group's rate divided by the reference group's, or NaN when either rate cannot be
     *         formed (no population, or no child of the reference group at the rung)
     */
    public static double of(long groupAtRung, long groupPopulation, long referenceAtRung, long referencePopulation) {
        if (groupPopulation <= 0 || referencePopulation <= 0 || referenceAtRung <= 0) {
            return Double.NaN;
        }
        double groupRate = (double) groupAtRung / groupPopulation;
        double referenceRate = (double) referenceAtRung / referencePopulation;
        return groupRate / referenceRate;
    }

    /** The group's share of the children at the rung, as a percentage, to set beside its share of the population. */
    public static double sharePercent(long groupAtRung, long allAtRung) {
        return allAtRung <= 0 ? 0 : 100.0 * groupAtRung / allAtRung;
    }
}
