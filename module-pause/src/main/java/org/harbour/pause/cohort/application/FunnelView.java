package org.harbour.pause.cohort.application;

import org.harbour.pause.cohort.domain.Funnel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The funnel's stages with their counts, for a page or the API. */
public final class FunnelView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;
    private final List<Stage> stages;

    public FunnelView(Funnel funnel) {
        this.from = funnel.from();
        this.to = funnel.to();
        this.stages = List.of(
                new Stage("Mothers with a child removed", funnel.withRemoval().size()),
                new Stage("with two or more children removed", funnel.withTwoOrMore().size()),
                new Stage("with a later-born child removed (born more than 40 weeks after a removal)", funnel.withLaterBornRemoved().size()),
                new Stage("with a new second removal", funnel.newSecondRemovals().size()),
                new Stage("of those, another birth within a year", funnel.birthWithinYear().size()));
    }

    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public List<Stage> getStages() { return stages; }

    /** One stage of the funnel. */
    public static final class Stage implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private final int women;

        Stage(String label, int women) {
            this.label = label;
            this.women = women;
        }

        public String getLabel() { return label; }
        public int getWomen() { return women; }
    }
}
