package org.harbour.youthjustice.board.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A KPI figure as it was presented at a meeting, kept as it was whatever later recording changes. */
@Embeddable
public class BoardFigure {

    @Column(name = "indicator_id", nullable = false, length = 60)
    private String indicatorId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 40)
    private String unit;

    @Column(nullable = false)
    private long numerator;

    private Long denominator;

    protected BoardFigure() {
    }

    public BoardFigure(KpiFigure f) {
        this.indicatorId = f.indicatorId();
        this.title = f.title();
        this.unit = f.unit();
        this.numerator = f.numerator();
        this.denominator = f.denominator();
    }

    public KpiFigure figure() {
        return new KpiFigure(indicatorId, title, unit, numerator, denominator);
    }
}
