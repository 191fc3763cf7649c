package org.harbour.youthjustice.measures.application;

import org.harbour.youthjustice.measures.domain.ReoffendingProxy;

import java.io.Serializable;
import java.time.LocalDate;

/** One quarter's cohort and its reoffending, labelled as the local proxy it is. */
public class ReoffendingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String label = "Local proxy: proven reoffending from the service's own records, not the national measure";
    private final LocalDate cohortFrom;
    private final LocalDate cohortTo;
    private final int trackingMonths;
    private final int trackedDays;
    private final LocalDate provenBy;
    private final boolean complete;
    private final int cohort;
    private final int reoffenders;
    private final int reoffences;
    private final double binaryRatePercent;
    private final double reoffencesPerReoffender;
    private final double reoffencesPerChild;

    /**
     * {@code provenBy}: the last day a reoffence of the cohort can be proven; {@code complete}: that day
     * has passed, so the figures will not rise any more.
     */
    public ReoffendingView(LocalDate from, LocalDate to, int trackingMonths, int trackedDays, LocalDate provenBy, boolean complete,
                           ReoffendingProxy.Result r) {
        this.cohortFrom = from;
        this.cohortTo = to;
        this.trackingMonths = trackingMonths;
        this.trackedDays = trackedDays;
        this.provenBy = provenBy;
        this.complete = complete;
        this.cohort = r.cohort().size();
        this.reoffenders = r.reoffenders().size();
        this.reoffences = r.reoffences();
        this.binaryRatePercent = r.binaryRatePercent();
        this.reoffencesPerReoffender = r.reoffencesPerReoffender();
        this.reoffencesPerChild = r.reoffencesPerChild();
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getCohortFrom() {
        return cohortFrom;
    }

    public LocalDate getCohortTo() {
        return cohortTo;
    }

    /** Months each child is tracked from the start (the module's setting). */
    public int getTrackingMonths() {
        return trackingMonths;
    }

    /** The same in days: a reoffence committed on day 1 to this day after the start counts. */
    public int getTrackedDays() {
        return trackedDays;
    }

    public LocalDate getProvenBy() {
        return provenBy;
    }

    /** False while reoffences of the cohort may still be proven: the figures are provisional. */
    public boolean isComplete() {
        return complete;
    }

    public int getCohort() {
        return cohort;
    }

    public int getReoffenders() {
        return reoffenders;
    }

    public int getReoffences() {
        return reoffences;
    }

    public double getBinaryRatePercent() {
        return binaryRatePercent;
    }

    public double getReoffencesPerReoffender() {
        return reoffencesPerReoffender;
    }

    public double getReoffencesPerChild() {
        return reoffencesPerChild;
    }
}
