package org.harbour.youthjustice.jdmp.application;

import org.harbour.youthjustice.jdmp.domain.JdmpReferral;

import java.io.Serializable;
import java.time.LocalDate;

/** A panel referral as pages and the API show it: the child, the offence in words, the dates and the decision. */
public class JdmpView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long personId;
    private final String childName;
    private final long offenceId;
    private final String offence;
    private final LocalDate referredOn;
    private final LocalDate assessmentDue;
    private final boolean assessmentOverdue;
    private final LocalDate assessedOn;
    private final String decision;
    private final String decisionLabel;
    private final LocalDate decidedOn;
    private final Long outcomeId;
    private final long version;

    public JdmpView(JdmpReferral r, String childName, String offence, String decisionLabel, LocalDate today) {
        this.id = r.getId();
        this.personId = r.getPersonId();
        this.childName = childName;
        this.offenceId = r.getOffenceId();
        this.offence = offence;
        this.referredOn = r.getReferredOn();
        this.assessmentDue = r.getAssessmentDue();
        this.assessmentOverdue = r.isAssessmentOutstanding() && r.getAssessmentDue().isBefore(today);
        this.assessedOn = r.getAssessedOn();
        this.decision = r.getDecisionCode();
        this.decisionLabel = decisionLabel;
        this.decidedOn = r.getDecidedOn();
        this.outcomeId = r.getOutcomeId();
        this.version = r.getVersion();
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public long getOffenceId() {
        return offenceId;
    }

    public String getOffence() {
        return offence;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getAssessmentDue() {
        return assessmentDue;
    }

    public boolean isAssessmentOverdue() {
        return assessmentOverdue;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecisionLabel() {
        return decisionLabel;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public boolean isDecided() {
        return decidedOn != null;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public long getVersion() {
        return version;
    }
}
