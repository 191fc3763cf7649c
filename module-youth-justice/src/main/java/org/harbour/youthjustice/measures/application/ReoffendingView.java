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
    private final int cohort;
    private final int reoffenders;
    private final int reoffences;
    private final double binaryRatePercent;
    private final double reoffencesPerReoffender;
    private final double reoffencesPerChild;

    public ReoffendingView(LocalDate from, LocalDate to, ReoffendingProxy.Result r) {
        this.cohortFrom = from;
        this.cohortTo = to;
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
