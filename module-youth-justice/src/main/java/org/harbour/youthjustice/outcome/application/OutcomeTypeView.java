package org.harbour.youthjustice.outcome.application;

import org.harbour.youthjustice.outcome.domain.OutcomeType;

import java.io.Serializable;

/** One entry of the outcome code list, for choices on pages and in the API. */
public class OutcomeTypeView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String nationalCode;
    private final String label;
    private final String rung;
    private final boolean jdmpDecision;

    public OutcomeTypeView(OutcomeType t) {
        this.code = t.getCode();
        this.nationalCode = t.getNationalCode();
        this.label = t.getLabel();
        this.rung = t.getRung().getLabel();
        this.jdmpDecision = t.isJdmpDecision();
    }

    public String getCode() {
        return code;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public String getLabel() {
        return label;
    }

    public String getRung() {
        return rung;
    }

    public boolean isJdmpDecision() {
        return jdmpDecision;
    }
}
