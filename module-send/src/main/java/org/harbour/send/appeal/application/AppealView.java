package org.harbour.send.appeal.application;

import org.harbour.send.appeal.domain.AppealDetails;
import org.harbour.send.appeal.domain.AppealableDecision;
import org.harbour.send.appeal.domain.DecisionAppeal;

import java.io.Serializable;
import java.time.LocalDate;

/** Mediation and appeal against one decision, as read; version 0 and nothing recorded until first saved. */
public class AppealView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String decision;
    private final String decisionLabel;
    private final LocalDate decidedOn;
    private final boolean recorded;
    private final boolean adviceSought;
    private final LocalDate certificateOn;
    private final boolean mediationHeld;
    private final LocalDate mediationOn;
    private final LocalDate appealLodgedOn;
    private final String outcome;
    private final String outcomeLabel;
    private final LocalDate outcomeOn;
    private final long version;

    AppealView(AppealableDecision decision, LocalDate decidedOn, DecisionAppeal stored) {
        AppealDetails d = stored == null ? new AppealDetails(false, null, false, null, null, null, null) : stored.details();
        this.decision = decision.name();
        this.decisionLabel = decision.getLabel();
        this.decidedOn = decidedOn;
        this.recorded = stored != null;
        this.adviceSought = d.adviceSought();
        this.certificateOn = d.certificateOn();
        this.mediationHeld = d.mediationHeld();
        this.mediationOn = d.mediationOn();
        this.appealLodgedOn = d.appealLodgedOn();
        this.outcome = d.outcome() == null ? null : d.outcome().name();
        this.outcomeLabel = d.outcome() == null ? null : d.outcome().getLabel();
        this.outcomeOn = d.outcomeOn();
        this.version = stored == null ? 0 : stored.getVersion();
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

    public boolean isRecorded() {
        return recorded;
    }

    public boolean isAdviceSought() {
        return adviceSought;
    }

    public LocalDate getCertificateOn() {
        return certificateOn;
    }

    public boolean isMediationHeld() {
        return mediationHeld;
    }

    public LocalDate getMediationOn() {
        return mediationOn;
    }

    public LocalDate getAppealLodgedOn() {
        return appealLodgedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getOutcomeLabel() {
        return outcomeLabel;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public long getVersion() {
        return version;
    }
}
